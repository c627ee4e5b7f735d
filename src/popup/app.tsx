import { t } from '../ui/i18n';
import { useStore } from './context';
import { DetailsStep } from './views/details-step';
import { DraftStep } from './views/draft-step';
import { Home } from './views/home';
import { PeopleStep } from './views/people-step';
import { SituationStep } from './views/situation-step';

const VIEWS = {
  home: Home,
  situation: SituationStep,
  people: PeopleStep,
  details: DetailsStep,
  draft: DraftStep,
};

export function App() {
  const store = useStore();
  const View = VIEWS[store.step.value];
  return (
    <div class="popup" data-step={store.step.value}>
      <header class="popup-header">
        <h1>{t('popup_title')}</h1>
        <button type="button" class="g-button g-button--quiet" onClick={store.openOptions}>
          {t('popup_settings')}
        </button>
      </header>
      <main class="popup-main">
        <View />
      </main>
    </div>
  );
}
