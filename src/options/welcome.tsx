import { render } from 'preact';
import { t } from '../ui/i18n';

function Welcome() {
  return (
    <main>
      <h1>{t('extName')}</h1>
    </main>
  );
}

render(<Welcome />, document.getElementById('app')!);
