import { DraftEditor } from '../../ui/draft/editor';
import { t } from '../../ui/i18n';
import { useStore } from '../context';
import { StepHeading } from './step-heading';

export function DraftStep() {
  const store = useStore();
  const session = store.draft.value;
  if (!session) return null;
  const status = store.status.value;
  const canInsert = store.insertTarget.value !== null;
  return (
    <div class="g-stack">
      <StepHeading number={4} title={t('popup_draft_heading')} />
      {store.settings.value.userName ? null : (
        <p class="g-hint" data-gracious="unsigned-hint">
          {t('popup_unsigned')}{' '}
          <button type="button" class="g-button g-button--quiet g-button--inline" onClick={store.openOptions}>
            {t('popup_open_settings')}
          </button>
        </p>
      )}
      <DraftEditor session={session} />
      <div class="g-row" data-gracious="draft-actions">
        <button type="button" class="g-button g-button--primary" onClick={store.copy}>
          {t('popup_copy')}
        </button>
        <button
          type="button"
          class="g-button"
          aria-disabled={canInsert ? undefined : 'true'}
          aria-describedby={canInsert ? undefined : 'popup-insert-hint'}
          onClick={store.insert}
        >
          {t('popup_insert')}
        </button>
        <button type="button" class="g-button" onClick={store.openEmail}>
          {t('popup_open_email')}
        </button>
      </div>
      {canInsert ? null : (
        <p class="g-hint" id="popup-insert-hint">
          {t('popup_insert_unavailable')}
        </p>
      )}
      <p
        class={`g-status${status ? ` g-status--${status.kind}` : ''}`}
        role="status"
        data-gracious="status"
        data-status-key={status?.key}
      >
        {status ? t(status.key, status.substitutions) : ''}
      </p>
      <div class="g-row">
        <button type="button" class="g-button" onClick={store.back}>
          {t('popup_back')}
        </button>
        <button type="button" class="g-button g-button--quiet" onClick={store.startOver}>
          {t('popup_start_over')}
        </button>
      </div>
    </div>
  );
}
