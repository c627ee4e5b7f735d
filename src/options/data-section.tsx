/** Export, import and delete everything Gracious stores. The worker validates and writes. */
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { ImportProblem } from '../core/storage/schema';
import { askWorker } from '../platform/browser';
import { t } from '../ui/i18n';
import { useId } from './use-id';

type Status = { kind: 'ok' | 'error'; text: string } | null;

const PROBLEM_KEYS: Record<ImportProblem, string> = {
  'not-an-export': 'options_import_not_export',
  'newer-version': 'options_import_newer',
  'missing-part': 'options_import_missing',
  'unknown-part': 'options_import_unknown',
  'invalid-part': 'options_import_invalid',
};

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The browser reads the blob after the click returns; give it ample time before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `onReplaced` lets the page reload settings after an import or a delete changed them. */
export function DataSection(props: { onReplaced(): void }) {
  const status = useSignal<Status>(null);
  const confirming = useSignal(false);
  const id = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);

  const exportData = async () => {
    const reply = await askWorker('data/export');
    if (!reply.ok) {
      status.value = { kind: 'error', text: t('options_export_failed', reply.error) };
      return;
    }
    download(JSON.stringify(reply.value, null, 2), `gracious-export-${reply.value.exportedAt.slice(0, 10)}.json`);
    status.value = { kind: 'ok', text: t('options_exported') };
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      status.value = { kind: 'error', text: t('options_import_not_json', file.name) };
      return;
    }
    const reply = await askWorker('data/import', parsed);
    if (!reply.ok) status.value = { kind: 'error', text: t('options_import_failed', reply.error) };
    else if (!reply.value.imported) {
      status.value = { kind: 'error', text: t(PROBLEM_KEYS[reply.value.problem], reply.value.detail) };
    } else {
      status.value = { kind: 'ok', text: t('options_imported') };
      props.onReplaced();
    }
  };

  const deleteAll = async () => {
    const reply = await askWorker('data/delete-all');
    confirming.value = false;
    if (!reply.ok) {
      status.value = { kind: 'error', text: t('options_delete_failed', reply.error) };
      return;
    }
    status.value = { kind: 'ok', text: t('options_deleted') };
    props.onReplaced();
  };

  return (
    <section class="g-fieldset" aria-labelledby={`${id}-heading`} data-gracious="data-section">
      <h2 id={`${id}-heading`}>{t('options_data')}</h2>
      <p class="g-hint">{t('options_data_intro')}</p>
      <div class="g-row">
        <button type="button" class="g-button" onClick={exportData}>
          {t('options_export')}
        </button>
        {/* The file input stays in the tab order, visually hidden; its label is the visible button. */}
        <input
          id={`${id}-import`}
          class="options-file"
          type="file"
          name="import"
          accept="application/json,.json"
          onChange={(event) => void importFile(event.currentTarget as HTMLInputElement)}
        />
        <label class="g-button" for={`${id}-import`}>
          {t('options_import')}
        </label>
        <button
          type="button"
          class="g-button g-button--danger"
          ref={deleteRef}
          aria-expanded={confirming.value ? 'true' : 'false'}
          onClick={() => {
            confirming.value = true;
            // After the question renders.
            setTimeout(() => confirmRef.current?.focus(), 0);
          }}
        >
          {t('options_delete')}
        </button>
      </div>
      {confirming.value ? (
        <div class="g-confirm" data-gracious="delete-confirm">
          <p>{t('options_delete_question')}</p>
          <div class="g-row">
            <button type="button" class="g-button g-button--danger" ref={confirmRef} onClick={deleteAll}>
              {t('options_delete_confirm')}
            </button>
            <button
              type="button"
              class="g-button"
              onClick={() => {
                confirming.value = false;
                deleteRef.current?.focus();
              }}
            >
              {t('options_cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <p
        class={`g-status${status.value ? ` g-status--${status.value.kind}` : ''}`}
        role="status"
        data-gracious="data-status"
      >
        {status.value?.text ?? ''}
      </p>
    </section>
  );
}
