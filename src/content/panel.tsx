/**
 * The inline panel, loaded with the job side (job.ts) and opened by the control on a job email:
 * what was detected, the situations that fit, whom to thank, the draft with its graciousness
 * flags, and Insert into reply / Copy / Not a job email. It lives in its own shadow root; the only
 * email text it shows is what the draft needs (company, role, names).
 */
import { Component, createRef, render } from 'preact';
import {
  checkGraciousness,
  type DraftRequest,
  hasLanguage,
  loadLanguage,
  ROLES,
  type Role,
  writeDraft,
} from '../core/compose/index';
import { extractLoading } from '../core/detect/extract/lazy';
import type { Details } from '../core/detect/types';
import type { Contact, JobKind } from '../core/messages';
import { DEFAULT_SETTINGS, type Settings, type Situation } from '../core/settings';
import { DraftEditor } from '../ui/draft/editor';
import { type Composer, type DraftSession, openDraftSession } from '../ui/draft/session';
import { SelectField, TextField } from '../ui/fields';
import { t } from '../ui/i18n';
import { roleOptions, SITUATION_TEXT } from '../ui/labels';
import { addUiStyles } from '../ui/styles';
import type { PanelContext } from './job';
import HOST_CSS from './panel.css?inline';
import { reportedDetails } from './report';
import { adoptStyles, isDarkBehind } from './theme';

export const PANEL_ATTRIBUTE = 'data-gracious-panel';

const COMPOSER: Composer = { writeDraft, checkGraciousness, hasLanguage, loadLanguage };

const SITUATIONS: Record<JobKind, Situation[]> = {
  offer: ['accept-offer', 'decline-offer', 'undecided-offer'],
  rejection: ['after-rejection'],
  interview: ['after-interview'],
};

interface Person {
  name: string;
  email: string | null;
  role: Role | null;
}

function heading(kind: JobKind, details: Details): string {
  const kindText = t(`webmail_kind_${kind}`);
  const head = details.company ? t('webmail_panel_from', [kindText, details.company]) : kindText;
  return details.role ? `${head} — ${details.role}` : head;
}

/** The people to thank: the email's contacts, else whoever sent it. */
function peopleFrom(details: Details, from: string): Person[] {
  const people: Person[] = details.contacts.map((c: Contact) => ({ name: c.name, email: c.email, role: c.role }));
  if (people.length) return people;
  const match = /^(.*?)\s*<([^>]+)>$/.exec(from);
  const name = (match?.[1] ?? '').trim();
  return name ? [{ name, email: match?.[2] ?? null, role: null }] : [];
}

/** The draft request for a situation and person, without the tone and language the editor owns. */
function requestFor(
  situation: Situation,
  person: Person | undefined,
  details: Details,
  settings: Settings,
  kind: JobKind,
): Omit<DraftRequest, 'tone' | 'language'> {
  return {
    situation,
    sender: { name: settings.userName.slice(0, 120), signature: settings.signature },
    recipient: {
      name: (person?.name ?? '').slice(0, 120),
      role: person?.role ?? (kind === 'interview' ? 'interviewer' : 'recruiter'),
      email: person?.email ?? null,
    },
    company: (details.company ?? '').slice(0, 200),
    jobTitle: details.role?.slice(0, 200) ?? null,
    details: details.interviewAt ? { interviewDate: details.interviewAt } : null,
  };
}

interface PanelState {
  situation: Situation;
  people: Person[];
  person: number;
  adding: boolean;
  newName: string;
  newRole: Role;
  status: { text: string; ok: boolean } | null;
  reminder: { id: string; undone: boolean; situation?: Situation } | null;
}

interface PanelProps {
  context: PanelContext;
  details: Details;
  settings: Settings;
  session: DraftSession;
  situation: Situation;
  people: Person[];
  close(): void;
}

/** A class, not hooks, so that a job email loads no hooks code (src/ui/id.ts). */
class Panel extends Component<PanelProps, PanelState> {
  private readonly heading = createRef<HTMLHeadingElement>();
  private open = true;

  constructor(props: PanelProps) {
    super(props);
    this.state = {
      situation: props.situation,
      people: props.people,
      person: 0,
      adding: false,
      newName: '',
      newRole: props.context.job.kind === 'interview' ? 'interviewer' : 'recruiter',
      status: null,
      reminder: null,
    };
  }

  override componentDidMount() {
    this.heading.current?.focus();
    void this.props.context.job.detected.then((answer) => {
      if (this.open && answer?.created && answer.reminder) {
        const { id, situation } = answer.reminder;
        this.patch({ reminder: { id, undone: false, situation } });
      }
    });
  }

  override componentWillUnmount() {
    this.open = false;
  }

  // Changes merge into the state as it is when they land, not as the last render saw it: adding a
  // person makes two in a row, and the worker's answers land after an await.
  private patch(change: Partial<PanelState> | ((current: PanelState) => Partial<PanelState>)) {
    this.setState((current) => ({ ...current, ...(typeof change === 'function' ? change(current) : change) }));
  }

  render(props: PanelProps, state: PanelState) {
    const { context, details, settings, session } = props;
    const { kind } = context.job;
    const patch = (change: Partial<PanelState>) => this.patch(change);
    const choose = (situation: Situation, personIndex: number, people = state.people) => {
      patch({ situation, person: personIndex });
      session.update(requestFor(situation, people[personIndex], details, settings, kind));
    };
    const addPerson = () => {
      const name = state.newName.trim();
      if (!name) return;
      const people = [...state.people, { name, email: null, role: state.newRole }];
      patch({ people, adding: false, newName: '' });
      choose(state.situation, people.length - 1, people);
    };
    const insert = async () => {
      const result = await context.insert(session.body);
      patch({
        status: result.inserted
          ? { text: t('webmail_panel_inserted'), ok: true }
          : { text: t('webmail_panel_insert_failed'), ok: false },
      });
    };
    const copy = async () => {
      const ok = await copyText(context.doc, session.body);
      patch({
        status: ok
          ? { text: t('webmail_panel_copied'), ok: true }
          : { text: t('webmail_panel_copy_failed'), ok: false },
      });
    };
    // "Remind me": a reminder for the situation chosen here (a decision on an offer replaces the
    // undecided one), for when reminders are not automatic or the user wants another.
    const remindMe = async () => {
      // The situation asked for: the user may pick another before the worker answers.
      const { situation } = state;
      const reply = await context.askWorker('reminders/create', {
        site: context.job.site,
        threadKey: context.job.threadKey,
        situation,
        kind,
        ...reportedDetails(details, state.people),
      });
      if (reply.ok) {
        const { id } = reply.value.reminder;
        patch({ reminder: { id, undone: false, situation } });
      } else patch({ status: { text: t('reminders_failed', reply.error), ok: false } });
    };
    const undo = async () => {
      const { reminder } = state;
      if (!reminder) return;
      const reply = await context.askWorker('reminders/undo', { id: reminder.id });
      if (reply.ok) patch({ reminder: { ...reminder, undone: true } });
    };
    const situations = SITUATIONS[kind];
    const { people, reminder, status } = state;

    return (
      <div class="g-stack">
        <div class="head">
          <h2 tabIndex={-1} ref={this.heading} data-gracious="panel-heading">
            {heading(kind, details)}
          </h2>
          <button
            type="button"
            class="g-button g-button--quiet close"
            aria-label={t('webmail_panel_close')}
            onClick={props.close}
          >
            ×
          </button>
        </div>
        {reminder ? (
          <p class="g-status g-status--ok" data-gracious="reminder">
            {reminder.undone ? t('webmail_panel_reminder_undone') : t('webmail_panel_reminder_set')}{' '}
            {reminder.undone ? null : (
              <button type="button" class="g-button g-button--inline" onClick={undo}>
                {t('webmail_panel_undo')}
              </button>
            )}
          </p>
        ) : null}
        {!reminder || reminder.undone || reminder.situation !== state.situation ? (
          <div class="actions">
            <button type="button" class="g-button" data-gracious="remind-me" onClick={remindMe}>
              {t('webmail_panel_remind_me')}
            </button>
          </div>
        ) : null}
        {situations.length > 1 ? (
          <fieldset class="g-fieldset">
            <legend>{t('webmail_panel_situation')}</legend>
            <ul class="g-choices">
              {situations.map((s) => (
                <li key={s}>
                  <button
                    type="button"
                    class="g-choice"
                    data-situation={s}
                    aria-pressed={state.situation === s ? 'true' : 'false'}
                    onClick={() => choose(s, state.person)}
                  >
                    <span class="g-choice-title">{t(SITUATION_TEXT[s].title)}</span>
                    <span class="g-choice-hint">{t(SITUATION_TEXT[s].hint)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </fieldset>
        ) : null}
        <fieldset class="g-fieldset">
          <legend>{t('webmail_panel_people')}</legend>
          {people.length ? (
            <SelectField
              name="person"
              label={t('webmail_panel_person')}
              value={String(state.person)}
              options={people.map((p, i) => ({
                value: String(i),
                label: p.role ? `${p.name} (${t(`ui_role_${p.role.replace('-', '_')}`)})` : p.name,
              }))}
              onValue={(value) => choose(state.situation, Number(value))}
            />
          ) : (
            <p class="g-muted">{t('webmail_panel_nobody')}</p>
          )}
          {state.adding ? (
            <div class="g-stack">
              <TextField
                name="new-person"
                label={t('webmail_panel_new_name')}
                value={state.newName}
                maxLength={120}
                onValue={(newName) => patch({ newName })}
              />
              <SelectField
                name="new-role"
                label={t('webmail_panel_new_role')}
                value={state.newRole}
                options={roleOptions(ROLES)}
                onValue={(newRole) => patch({ newRole })}
              />
              <div class="actions">
                <button type="button" class="g-button" onClick={addPerson}>
                  {t('webmail_panel_add')}
                </button>
              </div>
            </div>
          ) : (
            <div class="actions">
              <button type="button" class="g-button g-button--quiet" onClick={() => patch({ adding: true })}>
                {t('webmail_panel_add_person')}
              </button>
            </div>
          )}
        </fieldset>
        <DraftEditor session={session} />
        <div class="actions">
          <button type="button" class="g-button g-button--primary" data-gracious="insert" onClick={insert}>
            {t('webmail_panel_insert')}
          </button>
          <button type="button" class="g-button" data-gracious="copy" onClick={copy}>
            {t('webmail_panel_copy')}
          </button>
          <button
            type="button"
            class="g-button g-button--quiet"
            data-gracious="not-job"
            onClick={() => void context.hideThread()}
          >
            {t('webmail_panel_not_job')}
          </button>
        </div>
        <p
          class={`g-status ${status ? (status.ok ? 'g-status--ok' : 'g-status--error') : ''}`}
          role="status"
          data-gracious="status"
        >
          {status?.text ?? ''}
        </p>
      </div>
    );
  }
}

async function copyText(doc: Document, text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Without clipboard permission or focus, a selected textarea and the copy command still work.
    const area = doc.createElement('textarea');
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    doc.body.append(area);
    area.select();
    const ok = doc.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** Opens the panel beside the control; returns the function that closes it. */
export function openPanel(context: PanelContext): () => void {
  const { doc, job, anchor } = context;
  const host = doc.createElement('div');
  host.setAttribute(PANEL_ATTRIBUTE, job.kind);
  context.own(host);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, HOST_CSS);
  addUiStyles(root);
  const frame = doc.createElement('div');
  frame.className = 'gracious';
  frame.setAttribute('role', 'dialog');
  frame.setAttribute('aria-label', t('webmail_panel_label'));
  frame.setAttribute('data-theme', isDarkBehind(anchor.host) ? 'dark' : 'light');
  root.append(frame);
  doc.body.append(host);

  const situation = SITUATIONS[job.kind][0]!;
  const closed = new AbortController();
  const close = () => {
    if (closed.signal.aborted) return;
    closed.abort();
    render(null, frame);
    host.remove();
    anchor.button.setAttribute('aria-expanded', 'false');
    if (anchor.host.isConnected) anchor.button.focus();
  };
  anchor.button.setAttribute('aria-expanded', 'true');
  root.addEventListener(
    'keydown',
    (event) => {
      if ((event as KeyboardEvent).key === 'Escape') close();
    },
    { signal: closed.signal },
  );

  // Extraction waits for the words of the email's languages (loaded once, mostly already by the
  // control's report of this email). With the classifier's kind, as the report extracts: an interview
  // time only for an interview, and the same details the worker was told.
  const extracted = extractLoading(job.email, {
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    kind: job.kind,
  });
  void context.askWorker('settings/get').then(async (reply) => {
    const details = await extracted;
    if (closed.signal.aborted) return;
    const people = peopleFrom(details, job.email.from);
    const settings = reply.ok ? reply.value : DEFAULT_SETTINGS;
    const session = await openDraftSession(COMPOSER, {
      ...requestFor(situation, people[0], details, settings, job.kind),
      tone: settings.defaultTone,
      language: settings.defaultLanguage,
    });
    if (closed.signal.aborted) return;
    render(
      <Panel
        context={context}
        details={details}
        settings={settings}
        session={session}
        situation={situation}
        people={people}
        close={close}
      />,
      frame,
    );
  });
  return close;
}
