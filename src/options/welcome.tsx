/**
 * Opened by the worker on first install (when no settings are stored). Saving the name stores
 * settings, which is also what marks the welcome as done.
 */
import { useSignal } from '@preact/signals';
import { render } from 'preact';
import { askWorker, browser } from '../platform/browser';
import { focusFirstInvalid, TextField } from '../ui/fields';
import { t } from '../ui/i18n';
import { addUiStyles } from '../ui/styles';
import './options.css';

function Welcome() {
  const name = useSignal('');
  const error = useSignal<string | null>(null);
  const saved = useSignal<string | null>(null);

  const save = async (form: HTMLFormElement) => {
    const userName = name.value.trim();
    if (!userName) {
      error.value = t('welcome_error_name');
      focusFirstInvalid(form);
      return;
    }
    const reply = await askWorker('settings/save', { userName });
    if (reply.ok) {
      error.value = null;
      saved.value = reply.value.userName;
    } else error.value = t('welcome_save_failed', reply.error);
  };

  return (
    <main class="options g-stack">
      <h1>{t('welcome_heading')}</h1>
      <ul class="welcome-lines">
        <li>{t('welcome_line_notice')}</li>
        <li>{t('welcome_line_draft')}</li>
        <li>{t('welcome_line_private')}</li>
      </ul>
      <form
        class="g-stack g-fieldset"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save(event.currentTarget as HTMLFormElement);
        }}
      >
        <TextField
          name="userName"
          label={t('welcome_name')}
          hint={t('welcome_name_hint')}
          value={name.value}
          onValue={(value) => {
            name.value = value;
            error.value = null;
          }}
          error={error.value}
          required
          maxLength={120}
          autocomplete="name"
        />
        <div class="g-row">
          <button type="submit" class="g-button g-button--primary">
            {t('welcome_save')}
          </button>
        </div>
        <p class={`g-status${saved.value ? ' g-status--ok' : ''}`} role="status" data-gracious="welcome-status">
          {saved.value ? t('welcome_saved', saved.value) : ''}
        </p>
      </form>
      <p>
        <a href={browser.runtime.getURL('src/options/index.html')}>{t('welcome_more_settings')}</a>
      </p>
    </main>
  );
}

addUiStyles(document);
render(<Welcome />, document.getElementById('app')!);
