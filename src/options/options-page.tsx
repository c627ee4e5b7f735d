import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { askWorker } from '../platform/browser';
import { t } from '../ui/i18n';
import { DataSection } from './data-section';
import { SettingsFormView } from './settings-form';

export function OptionsPage() {
  const settings = useSignal<Settings | null>(null);
  const loadError = useSignal<string | null>(null);
  /** Bumped after an import or delete so the form starts again from what is stored. */
  const generation = useSignal(0);

  const load = async () => {
    const reply = await askWorker('settings/get');
    if (reply.ok) {
      settings.value = reply.value;
      generation.value++;
    } else loadError.value = reply.error;
  };
  useEffect(() => void load(), []);

  return (
    <main class="options g-stack">
      <h1>{t('options_heading')}</h1>
      <p class="g-muted">{t('options_intro')}</p>
      {settings.value ? (
        <SettingsFormView key={generation.value} initial={settings.value} />
      ) : (
        <p role="status">{loadError.value ? t('options_load_failed', loadError.value) : t('options_loading')}</p>
      )}
      <DataSection onReplaced={() => void load()} />
    </main>
  );
}
