/**
 * The popup's state: the "New note" flow, the draft being edited and what the action buttons
 * report. A factory over signals, given to the views through context, so every test gets a fresh
 * store and swaps the browser for fakes (`PopupServices`).
 */
import { batch, computed, signal } from '@preact/signals';
import type { DraftRequest, Role } from '../core/compose';
import { chooseComposeTarget, composeUrl } from '../core/compose-url';
import type { Site } from '../core/messages';
import { DEFAULT_SETTINGS, type Settings, type Situation } from '../core/settings';
import type { Composer, DraftSession } from '../ui/draft/session';

export const STEPS = ['home', 'situation', 'people', 'details', 'draft'] as const;
export type Step = (typeof STEPS)[number];

export interface WebmailTab {
  id: number;
  url: string;
  site: Site;
}

/** Everything the popup asks of the browser, behind one seam. */
export interface PopupServices {
  loadSettings(): Promise<Settings | null>;
  /** The active tab of the window the popup belongs to, when it is a webmail page. */
  findWebmailTab(): Promise<WebmailTab | null>;
  loadComposer(): Promise<Composer>;
  copyText(text: string): Promise<boolean>;
  insertIntoTab(tabId: number, text: string): Promise<boolean>;
  openUrl(url: string): Promise<void>;
  openOptions(): Promise<void>;
}

/** What the last action did, as a message key of `_locales`. */
export interface Status {
  kind: 'ok' | 'error';
  key: string;
  substitutions?: string[];
}

export type DetailField = 'reason' | 'highlight' | 'interviewTopic' | 'interviewDate' | 'replyBy';

/** The details worth asking for in each situation, in the order the form shows them. */
export const DETAIL_FIELDS: Record<Situation, readonly DetailField[]> = {
  'decline-offer': ['reason', 'highlight'],
  'accept-offer': ['highlight'],
  'undecided-offer': ['replyBy', 'highlight'],
  'after-rejection': ['highlight'],
  'after-interview': ['interviewDate', 'interviewTopic', 'highlight'],
  withdraw: ['reason', 'highlight'],
  'keep-in-touch': ['highlight'],
};

export interface NoteForm {
  situation: Situation | null;
  recipientName: string;
  role: Role;
  email: string;
  company: string;
  jobTitle: string;
  reason: string;
  highlight: string;
  interviewTopic: string;
  interviewDate: string;
  replyBy: string;
}

export const EMPTY_FORM: NoteForm = {
  situation: null,
  recipientName: '',
  role: 'recruiter',
  email: '',
  company: '',
  jobTitle: '',
  reason: '',
  highlight: '',
  interviewTopic: '',
  interviewDate: '',
  replyBy: '',
};

/** Field → message key of the error shown next to it. */
export type FieldErrors = Partial<Record<keyof NoteForm, string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The people step needs someone to thank and where they work; everything else is optional. */
export function validatePeople(form: NoteForm): FieldErrors {
  const errors: FieldErrors = {};
  if (!form.recipientName.trim()) errors.recipientName = 'popup_error_name';
  if (!form.company.trim()) errors.company = 'popup_error_company';
  if (form.email.trim() && !EMAIL.test(form.email.trim())) errors.email = 'popup_error_email';
  return errors;
}

/** The draft request for a situation, without the tone and language the editor owns. */
export function buildRequest(
  form: NoteForm & { situation: Situation },
  settings: Settings,
): Omit<DraftRequest, 'tone' | 'language'> {
  const wanted = DETAIL_FIELDS[form.situation];
  const detail = (field: DetailField) => (wanted.includes(field) && form[field].trim()) || null;
  return {
    situation: form.situation,
    sender: { name: settings.userName, signature: settings.signature || null },
    recipient: { name: form.recipientName.trim(), role: form.role, email: form.email.trim() || null },
    company: form.company.trim(),
    jobTitle: form.jobTitle.trim() || null,
    details: {
      reason: detail('reason'),
      highlight: detail('highlight'),
      interviewTopic: detail('interviewTopic'),
      interviewDate: detail('interviewDate'),
      replyBy: detail('replyBy'),
    },
  };
}

export function createStore(services: PopupServices) {
  const step = signal<Step>('home');
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  const webmailTab = signal<WebmailTab | null>(null);
  const form = signal<NoteForm>(EMPTY_FORM);
  const errors = signal<FieldErrors>({});
  const draft = signal<DraftSession | null>(null);
  const status = signal<Status | null>(null);
  /** The role follows the situation until the user picks one. */
  let roleChosen = false;
  /** The writer and the draft session code: loaded on the first "New note", not with the popup. */
  let writer: Promise<[Composer, typeof import('./writer')]> | null = null;
  /** Settings sign the draft, so writing waits for them (they load while the user fills the form). */
  let started: Promise<void> = Promise.resolve();
  const loadWriter = () => {
    writer ??= Promise.all([services.loadComposer(), import('./writer')]);
    return writer;
  };

  /** The tab "Insert into reply" can reach: a webmail tab whose site is turned on. */
  const insertTarget = computed(() => {
    const tab = webmailTab.value;
    return tab && settings.value.sites[tab.site] ? tab : null;
  });

  const go = (next: Step) =>
    batch(() => {
      step.value = next;
      status.value = null;
    });

  const report = (kind: Status['kind'], key: string, substitutions?: string[]) => {
    status.value = { kind, key, substitutions };
  };

  return {
    step,
    settings,
    webmailTab,
    form,
    errors,
    draft,
    status,
    insertTarget,

    /** Reads settings and the tab the popup was opened over; the first render does not wait for it. */
    start(): Promise<void> {
      started = Promise.all([services.loadSettings(), services.findWebmailTab().catch(() => null)]).then(
        ([loaded, tab]) =>
          batch(() => {
            if (loaded) settings.value = loaded;
            webmailTab.value = tab;
          }),
      );
      return started;
    },

    newNote() {
      // Start loading the writer now; a failure is reported when the draft is written.
      loadWriter().catch(() => undefined);
      go('situation');
    },

    edit(change: Partial<NoteForm>) {
      if (change.role) roleChosen = true;
      form.value = { ...form.value, ...change };
      if (Object.keys(errors.value).length) {
        const remaining = { ...errors.value };
        for (const key of Object.keys(change)) delete remaining[key as keyof NoteForm];
        errors.value = remaining;
      }
    },

    chooseSituation(situation: Situation) {
      const role: Role = roleChosen ? form.value.role : situation === 'after-interview' ? 'interviewer' : 'recruiter';
      form.value = { ...form.value, situation, role };
      go('people');
    },

    /** Moves on from the people step, or shows what is missing next to each field. */
    submitPeople(): boolean {
      const found = validatePeople(form.value);
      errors.value = found;
      if (Object.keys(found).length) return false;
      go('details');
      return true;
    },

    /** Writes the draft (or updates the one being edited, by the regeneration rule) and shows it. */
    async writeDraft(): Promise<void> {
      const current = form.value;
      if (!current.situation) return go('situation');
      let loaded: Awaited<ReturnType<typeof loadWriter>>;
      try {
        await started;
        loaded = await loadWriter();
      } catch {
        writer = null;
        return report('error', 'popup_writer_failed');
      }
      const [composer, { openDraftSession }] = loaded;
      const request = buildRequest({ ...current, situation: current.situation }, settings.value);
      const session = draft.value;
      if (session) session.update(request);
      else {
        draft.value = await openDraftSession(composer, {
          ...request,
          tone: settings.value.defaultTone,
          language: settings.value.defaultLanguage,
        });
      }
      go('draft');
    },

    back() {
      const index = STEPS.indexOf(step.value);
      go(STEPS[Math.max(0, index - 1)] ?? 'home');
    },

    startOver() {
      roleChosen = false;
      batch(() => {
        form.value = EMPTY_FORM;
        errors.value = {};
        draft.value = null;
        go('home');
      });
    },

    /** Copies the body only: it is what goes into a reply or a compose box (a reply has its subject). */
    async copy(): Promise<void> {
      const body = draft.value?.body ?? '';
      if (!body.trim()) return report('error', 'popup_empty_body');
      const copied = await services.copyText(body);
      report(copied ? 'ok' : 'error', copied ? 'popup_copied' : 'popup_copy_failed');
    },

    async insert(): Promise<void> {
      const body = draft.value?.body ?? '';
      const tab = insertTarget.value;
      if (!tab) return report('error', 'popup_insert_unavailable');
      if (!body.trim()) return report('error', 'popup_empty_body');
      const inserted = await services.insertIntoTab(tab.id, body);
      report(inserted ? 'ok' : 'error', inserted ? 'popup_inserted' : 'popup_insert_failed');
    },

    /** Opens a compose window (Gmail, Outlook or the mail app) with recipient, subject and body. */
    async openEmail(): Promise<void> {
      const session = draft.value;
      if (!session) return;
      const tab = webmailTab.value;
      const target = chooseComposeTarget(tab?.url, tab?.site ?? null, settings.value.sites);
      const url = composeUrl(target, {
        to: form.value.email,
        subject: session.subject,
        body: session.body,
      });
      try {
        await services.openUrl(url);
      } catch {
        report('error', 'popup_open_failed');
      }
    },

    openOptions: () => services.openOptions(),
  };
}

export type PopupStore = ReturnType<typeof createStore>;
