/**
 * The graciousness check's verdict. The list sits in a polite live region so a screen reader
 * hears new problems as the user types, without being interrupted mid-word.
 */
import type { Warning } from '../../core/compose';
import { t } from '../i18n';

export function WarningsList(props: { warnings: readonly Warning[] }) {
  return (
    <div class="g-check-results" aria-live="polite" data-gracious="warnings">
      {props.warnings.length === 0 ? (
        <p class="g-all-clear">{t('ui_check_all_clear')}</p>
      ) : (
        <ul class="g-warnings">
          {props.warnings.map((warning) => (
            <li class="g-warning" key={warning.code} data-warning-code={warning.code}>
              <p class="g-warning-message">{warning.message}</p>
              <p class="g-warning-fix">{t('ui_check_fix', warning.fix)}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
