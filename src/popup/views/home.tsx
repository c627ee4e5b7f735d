import { t } from '../../ui/i18n';
import { useStore } from '../context';
import { RemindersSlot } from './reminders-slot';

export function Home() {
  const store = useStore();
  return (
    <div class="g-stack">
      <RemindersSlot />
      <section class="g-stack popup-empty" aria-labelledby="popup-home-heading" data-gracious="empty-state">
        <h2 id="popup-home-heading">{t('popup_home_heading')}</h2>
        <p>{t('popup_home_what')}</p>
        <p class="g-muted">{t('popup_home_how')}</p>
        <div>
          <button type="button" class="g-button g-button--primary" onClick={store.newNote}>
            {t('popup_new_note')}
          </button>
        </div>
      </section>
    </div>
  );
}
