/**
 * One draft being edited: what it is written from (the request), the text in the fields, and the
 * live graciousness check. Shared by the popup and the inline panel; the writer is passed in so a
 * page can load it lazily and tests can count its calls.
 *
 * Regeneration rule: while the user has not touched the text, any change to the request rewrites
 * it. Once they have edited subject or body, a change only marks the text as stale; the editor
 * then asks before overwriting, and "keep" leaves their words alone until the next change.
 *
 * Languages: only English is bundled with the writer. A change to a language whose phrase bank is
 * not loaded yet takes effect once the bank has arrived, so the text never shows a half-switched
 * state; if it cannot be loaded, the draft stays as it was and `failed` says so.
 *
 * A plain object with a subscription rather than signals: the inline panel renders it on webmail
 * pages, where @preact/signals would be about 2.5 KB gzip of the job email's 60 KB budget.
 */
import type { CheckContext, Draft, DraftRequest, Warning } from '../../core/compose';
import type { Language } from '../../core/settings';

export interface Composer {
  writeDraft(request: DraftRequest): Draft;
  checkGraciousness(input: { subject?: string; body: string }, context: CheckContext): Warning[];
  /** Whether `writeDraft` can write in this language now. */
  hasLanguage(language: Language): boolean;
  /** Loads a language's phrase bank; rejects when it cannot. */
  loadLanguage(language: Language): Promise<void>;
}

export interface DraftSession {
  /** The request the text is written from. */
  readonly request: DraftRequest;
  /** The language the user chose: the one whose bank is loading, else the request's. */
  readonly language: Language;
  /** The language whose bank is on its way; the request takes it once it has arrived. */
  readonly loading: Language | null;
  /** The language whose bank could not be loaded, until the next change. */
  readonly failed: Language | null;
  readonly subject: string;
  readonly body: string;
  /** The subject or body differs from what the writer last produced. */
  readonly edited: boolean;
  /** The request changed after the user edited: ask before overwriting their text. */
  readonly stale: boolean;
  readonly warnings: Warning[];
  /** The user's own words in the subject or body. */
  edit(text: { subject?: string; body?: string }): void;
  /**
   * Replaces the request; rewrites the text unless the user has edited it (then marks it stale).
   * A language still to be loaded follows when its bank arrives; the rest of the change applies now.
   */
  update(change: Partial<DraftRequest>): void;
  /** Writes a fresh draft from the current request, dropping the user's edits. */
  regenerate(): void;
  /** Keeps the user's text as it is and stops asking until the request changes again. */
  keepEdits(): void;
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}

/**
 * Starts a session once the initial request's language is loaded. If its bank cannot be loaded,
 * the session starts in English and reports the language in `failed`, so the user can still write.
 */
export async function openDraftSession(composer: Composer, initial: DraftRequest): Promise<DraftSession> {
  const language = initial.language ?? 'en';
  try {
    await composer.loadLanguage(language);
    return createDraftSession(composer, initial);
  } catch {
    return createDraftSession(composer, { ...initial, language: 'en' }, language);
  }
}

/** A session for a request whose language is loaded (English always is); see `openDraftSession`. */
export function createDraftSession(
  composer: Composer,
  initial: DraftRequest,
  failedLanguage: Language | null = null,
): DraftSession {
  let request = initial;
  let loading: Language | null = null;
  let failed = failedLanguage;
  const first = composer.writeDraft(initial);
  let generated = { subject: first.subject, body: first.body };
  let subject = first.subject;
  let body = first.body;
  let stale = false;
  /** The last check and what it read: the check runs on a read after a change, not on every change. */
  let checked: { request: DraftRequest; subject: string; body: string; warnings: Warning[] } | null = null;

  const listeners = new Set<() => void>();
  // Each public change notifies once, after all of its steps, so no one sees a half-made change.
  const changed = () => {
    for (const listener of listeners) listener();
  };

  const isEdited = () => subject !== generated.subject || body !== generated.body;

  const write = () => {
    const draft = composer.writeDraft(request);
    generated = { subject: draft.subject, body: draft.body };
    subject = draft.subject;
    body = draft.body;
    stale = false;
  };

  const apply = (change: Partial<DraftRequest>) => {
    const next = { ...request, ...change };
    if (JSON.stringify(next) === JSON.stringify(request)) return;
    request = next;
    if (isEdited()) stale = true;
    else write();
  };

  const switchWhenLoaded = (language: Language) => {
    loading = language;
    composer.loadLanguage(language).then(
      () => {
        // A later choice of language won while this one loaded.
        if (loading !== language) return;
        loading = null;
        apply({ language });
        changed();
      },
      () => {
        if (loading !== language) return;
        loading = null;
        failed = language;
        changed();
      },
    );
  };

  return {
    get request() {
      return request;
    },
    get language() {
      return loading ?? request.language ?? 'en';
    },
    get loading() {
      return loading;
    },
    get failed() {
      return failed;
    },
    get subject() {
      return subject;
    },
    get body() {
      return body;
    },
    get edited() {
      return isEdited();
    },
    get stale() {
      return stale && isEdited();
    },
    get warnings() {
      if (checked?.request !== request || checked.subject !== subject || checked.body !== body) {
        checked = {
          request,
          subject,
          body,
          warnings: composer.checkGraciousness(
            { subject, body },
            {
              situation: request.situation,
              tone: request.tone,
              language: request.language,
              recipientName: request.recipient.name,
              company: request.company,
              exclude: [request.sender.name, request.sender.signature, request.jobTitle],
            },
          ),
        };
      }
      return checked.warnings;
    },
    edit(text) {
      subject = text.subject ?? subject;
      body = text.body ?? body;
      changed();
    },
    update(change) {
      const { language, ...rest } = change;
      const wanted = language ?? 'en';
      failed = null;
      if ('language' in change && !composer.hasLanguage(wanted)) {
        apply(rest);
        switchWhenLoaded(wanted);
      } else {
        // A language at hand replaces one still loading.
        if ('language' in change) loading = null;
        apply(change);
      }
      changed();
    },
    regenerate() {
      write();
      changed();
    },
    keepEdits() {
      stale = false;
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
