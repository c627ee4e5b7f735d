import { SITUATIONS } from '../../core/settings';
import { t } from '../../ui/i18n';
import { SITUATION_TEXT } from '../../ui/labels';
import { useStore } from '../context';
import { StepHeading } from './step-heading';

export function SituationStep() {
  const store = useStore();
  const chosen = store.form.value.situation;
  return (
    <div class="g-stack">
      <StepHeading number={1} title={t('popup_situation_heading')} />
      <ul class="g-choices">
        {SITUATIONS.map((situation) => (
          <li key={situation}>
            <button
              type="button"
              class="g-choice"
              aria-pressed={chosen === situation ? 'true' : 'false'}
              data-situation={situation}
              onClick={() => store.chooseSituation(situation)}
            >
              <span class="g-choice-title">{t(SITUATION_TEXT[situation].title)}</span>
              <span class="g-choice-hint">{t(SITUATION_TEXT[situation].hint)}</span>
            </button>
          </li>
        ))}
      </ul>
      <div class="g-row">
        <button type="button" class="g-button" onClick={store.back}>
          {t('popup_back')}
        </button>
      </div>
    </div>
  );
}
