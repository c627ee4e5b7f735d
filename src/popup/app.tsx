import { useEffect } from 'preact/hooks';
import { t } from '../ui/i18n';
import { useStore } from './context';
import { lazy } from './lazy';
import type { Step } from './store';
import { Home } from './views/home';

const steps = () => import('./views/steps');

/** The popup opens on Home; the New note steps are loaded after its first render, before a click needs them. */
const VIEWS = {
  home: Home,
  situation: lazy(() => steps().then((m) => m.SituationStep)),
  people: lazy(() => steps().then((m) => m.PeopleStep)),
  details: lazy(() => steps().then((m) => m.DetailsStep)),
  draft: lazy(() => steps().then((m) => m.DraftStep)),
} satisfies Record<Step, unknown>;

export const preloadSteps = () =>
  Promise.all([VIEWS.situation, VIEWS.people, VIEWS.details, VIEWS.draft].map((view) => view.preload()));

export function App() {
  const store = useStore();
  const View = VIEWS[store.step.value];
  useEffect(() => {
    preloadSteps().catch((error: unknown) => console.error('Gracious: the New note steps failed to load', error));
  }, []);
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
