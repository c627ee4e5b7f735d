import { render } from 'preact';
import { t } from '../ui/i18n';

function Popup() {
  return (
    <main>
      <h1>{t('extName')}</h1>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
