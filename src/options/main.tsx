import { render } from 'preact';
import { t } from '../ui/i18n';

function Options() {
  return (
    <main>
      <h1>{t('extName')}</h1>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
