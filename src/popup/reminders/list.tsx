/**
 * "Due now" and "Upcoming" in the popup (contract 4: each reminder is an element carrying
 * `data-reminder-id`). From a reminder, one click writes the draft for each person to thank;
 * Mark as sent (per person), Snooze (an hour, tomorrow morning or next week; with how many remain)
 * and Dismiss change it through the worker.
 * Opened as `index.html?reminder=<id>` (a notification's "Write note"), it goes straight to that
 * reminder's draft, once. Its sheet (reminders.css) is added with the popup's own, by main.tsx.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Person, type ReminderView, reminderSubtitle, reminderTitle } from '../../core/reminders';
import { SNOOZE_CHOICES, type SnoozeChoice } from '../../core/reminders/timing';
import { t } from '../../ui/i18n';
import type { RemindersServices } from './model';
import { createRemindersModel, draftFor, firstToThank, type ReminderDraft, type RemindersModel } from './model';
import { browserRemindersServices } from './services';

export const REMINDER_PARAM = 'reminder';

const SNOOZE_LABEL: Record<SnoozeChoice, string> = {
  hour: 'reminders_snooze_hour',
  tomorrow: 'reminders_snooze_tomorrow',
  week: 'reminders_snooze_week',
};

const when = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

interface Props {
  /** Opens the draft writer filled for one person of a reminder. */
  onWrite(draft: ReminderDraft): void;
  services?: RemindersServices;
  /** Where `?reminder=` is read from and then removed (so going back does not open it again). */
  location?: Pick<Location, 'href'>;
  history?: Pick<History, 'replaceState'>;
}

export function RemindersList({ onWrite, services = browserRemindersServices, location, history }: Props) {
  const model = useMemo(() => createRemindersModel(services), [services]);
  useEffect(() => {
    const stop = model.watch();
    void model.load().then(() => openRequested(model, onWrite, location ?? window.location, history ?? window.history));
    return stop;
  }, [model]);

  const due = model.due.value;
  const upcoming = model.upcoming.value;
  if (!model.loaded.value || (!due.length && !upcoming.length && !model.error.value)) return null;
  return (
    <div class="g-stack" data-gracious="reminders">
      {model.error.value ? (
        <p class="g-status g-status--error" role="status">
          {t('reminders_failed', model.error.value)}
        </p>
      ) : null}
      <Section id="due" heading={t('reminders_heading_due')} reminders={due} model={model} onWrite={onWrite} />
      <Section
        id="upcoming"
        heading={t('reminders_heading_upcoming')}
        reminders={upcoming}
        model={model}
        onWrite={onWrite}
      />
    </div>
  );
}

/** Consumes `?reminder=<id>`: writes the draft for the first person still to thank. */
function openRequested(
  model: RemindersModel,
  onWrite: (draft: ReminderDraft) => void,
  location: Pick<Location, 'href'>,
  history: Pick<History, 'replaceState'>,
): void {
  const url = new URL(location.href);
  const id = url.searchParams.get(REMINDER_PARAM);
  if (!id) return;
  url.searchParams.delete(REMINDER_PARAM);
  history.replaceState(null, '', url.href);
  const reminder = model.find(id);
  if (reminder) onWrite(draftFor(reminder, firstToThank(reminder)));
}

interface SectionProps {
  id: string;
  heading: string;
  reminders: ReminderView[];
  model: RemindersModel;
  onWrite(draft: ReminderDraft): void;
}

function Section({ id, heading, reminders, model, onWrite }: SectionProps) {
  if (!reminders.length) return null;
  const headingId = `reminders-${id}-heading`;
  return (
    <section class="g-stack reminders-section" aria-labelledby={headingId} data-gracious={`reminders-${id}`}>
      <h2 id={headingId}>
        {heading} <span class="g-muted">({reminders.length})</span>
      </h2>
      <ul class="reminders-list">
        {reminders.map((reminder) => (
          <Item key={reminder.id} reminder={reminder} model={model} onWrite={onWrite} />
        ))}
      </ul>
    </section>
  );
}

function Item({
  reminder,
  model,
  onWrite,
}: {
  reminder: ReminderView;
  model: RemindersModel;
  onWrite(draft: ReminderDraft): void;
}) {
  const busy = model.busy.value === reminder.id ? 'true' : undefined;
  const subtitle = reminderSubtitle(reminder, t);
  const due = t('reminders_due_when', when.format(reminder.dueAt));
  const people: (Person | null)[] = reminder.people.length ? reminder.people : [null];
  const [choosingSnooze, setChoosingSnooze] = useState(false);
  const snoozeChoicesId = `snooze-${reminder.id}`;
  return (
    <li class="reminder" data-reminder-id={reminder.id} data-state={reminder.state} aria-busy={busy}>
      <p class="reminder-title">{reminderTitle(reminder, t)}</p>
      <p class="g-muted reminder-meta">{subtitle ? `${subtitle} · ${due}` : due}</p>
      {reminder.situation === 'undecided-offer' ? (
        <div class="g-row">
          <button
            type="button"
            class="g-button"
            data-action="decline"
            aria-disabled={busy}
            onClick={() => model.decide(reminder.id, 'decline-offer')}
          >
            {t('reminders_decide_decline')}
          </button>
          <button
            type="button"
            class="g-button"
            data-action="accept"
            aria-disabled={busy}
            onClick={() => model.decide(reminder.id, 'accept-offer')}
          >
            {t('reminders_decide_accept')}
          </button>
        </div>
      ) : null}
      <ul class="reminder-people">
        {people.map((person) => (
          <li key={person?.key ?? 'anyone'} data-person-key={person?.key ?? ''}>
            {person?.thankedAt ? (
              <span class="reminder-thanked">
                {person.name} <span class="g-muted">— {t('reminders_thanked')}</span>
              </span>
            ) : (
              <div class="g-row">
                <button
                  type="button"
                  class="g-button g-button--primary"
                  data-action="write"
                  onClick={() => onWrite(draftFor(reminder, person))}
                >
                  {person ? t('reminders_write_to', person.name) : t('reminders_write_note')}
                </button>
                <button
                  type="button"
                  class="g-button"
                  data-action="mark-sent"
                  aria-label={person ? t('reminders_mark_sent_to', person.name) : undefined}
                  aria-disabled={busy}
                  onClick={() => model.markSent(reminder.id, person?.key ?? null)}
                >
                  {t('reminders_mark_sent')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <div class="g-row">
        {reminder.state === 'due' ? (
          reminder.snoozesLeft > 0 ? (
            <button
              type="button"
              class="g-button g-button--quiet"
              data-action="snooze"
              aria-expanded={choosingSnooze}
              aria-controls={snoozeChoicesId}
              aria-disabled={busy}
              onClick={() => setChoosingSnooze(!choosingSnooze)}
            >
              {t('reminders_snooze_left', String(reminder.snoozesLeft))}
            </button>
          ) : (
            <span class="g-muted" data-gracious="no-snoozes">
              {t('reminders_no_snoozes')}
            </span>
          )
        ) : null}
        <button
          type="button"
          class="g-button g-button--quiet"
          data-action="dismiss"
          aria-disabled={busy}
          onClick={() => model.dismiss(reminder.id)}
        >
          {t('reminders_dismiss')}
        </button>
      </div>
      {choosingSnooze && reminder.state === 'due' && reminder.snoozesLeft > 0 ? (
        <fieldset
          class="g-row reminder-snooze"
          id={snoozeChoicesId}
          aria-label={t('reminders_snooze_until')}
          data-gracious="snooze-choices"
        >
          {SNOOZE_CHOICES.map((choice) => (
            <button
              key={choice}
              type="button"
              class="g-button g-button--quiet"
              data-snooze={choice}
              aria-disabled={busy}
              onClick={() => {
                setChoosingSnooze(false);
                void model.snooze(reminder.id, choice);
              }}
            >
              {t(SNOOZE_LABEL[choice])}
            </button>
          ))}
        </fieldset>
      ) : null}
    </li>
  );
}
