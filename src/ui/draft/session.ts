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
 */
import { batch, computed, type ReadonlySignal, type Signal, signal } from '@preact/signals';
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
  readonly request: ReadonlySignal<DraftRequest>;
  /** The language the user chose: the one whose bank is loading, else the request's. */
  readonly language: ReadonlySignal<Language>;
  /** The language whose bank is on its way; the request takes it once it has arrived. */
  readonly loading: ReadonlySignal<Language | null>;
  /** The language whose bank could not be loaded, until the next change. */
  readonly failed: ReadonlySignal<Language | null>;
  readonly subject: Signal<string>;
  readonly body: Signal<string>;
  /** The subject or body differs from what the writer last produced. */
  readonly edited: ReadonlySignal<boolean>;
  /** The request changed after the user edited: ask before overwriting their text. */
  readonly stale: ReadonlySignal<boolean>;
  readonly warnings: ReadonlySignal<Warning[]>;
  /**
   * Replaces the request; rewrites the text unless the user has edited it (then marks it stale).
   * A language still to be loaded follows when its bank arrives; the rest of the change applies now.
   */
  update(change: Partial<DraftRequest>): void;
  /** Writes a fresh draft from the current request, dropping the user's edits. */
  regenerate(): void;
  /** Keeps the user's text as it is and stops asking until the request changes again. */
  keepEdits(): void;
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
  const request = signal(initial);
  const loading = signal<Language | null>(null);
  const failed = signal(failedLanguage);
  const first = composer.writeDraft(initial);
  const generated = signal({ subject: first.subject, body: first.body });
  const subject = signal(first.subject);
  const body = signal(first.body);
  const stale = signal(false);

  const edited = computed(() => subject.value !== generated.value.subject || body.value !== generated.value.body);

  const warnings = computed(() => {
    const r = request.value;
    return composer.checkGraciousness(
      { subject: subject.value, body: body.value },
      {
        situation: r.situation,
        tone: r.tone,
        language: r.language,
        recipientName: r.recipient.name,
        company: r.company,
        exclude: [r.sender.name, r.sender.signature, r.jobTitle],
      },
    );
  });

  const regenerate = () => {
    const draft = composer.writeDraft(request.value);
    batch(() => {
      generated.value = { subject: draft.subject, body: draft.body };
      subject.value = draft.subject;
      body.value = draft.body;
      stale.value = false;
    });
  };

  const apply = (change: Partial<DraftRequest>) => {
    const next = { ...request.value, ...change };
    if (JSON.stringify(next) === JSON.stringify(request.value)) return;
    request.value = next;
    if (edited.value) stale.value = true;
    else regenerate();
  };

  const switchWhenLoaded = (language: Language) => {
    loading.value = language;
    composer.loadLanguage(language).then(
      () => {
        // A later choice of language won while this one loaded.
        if (loading.value !== language) return;
        batch(() => {
          loading.value = null;
          apply({ language });
        });
      },
      () => {
        if (loading.value !== language) return;
        batch(() => {
          loading.value = null;
          failed.value = language;
        });
      },
    );
  };

  return {
    request,
    language: computed(() => loading.value ?? request.value.language ?? 'en'),
    loading,
    failed,
    subject,
    body,
    edited,
    stale: computed(() => stale.value && edited.value),
    warnings,
    update(change) {
      const { language, ...rest } = change;
      const wanted = language ?? 'en';
      batch(() => {
        failed.value = null;
        if ('language' in change && !composer.hasLanguage(wanted)) {
          apply(rest);
          switchWhenLoaded(wanted);
          return;
        }
        // A language at hand replaces one still loading.
        if ('language' in change) loading.value = null;
        apply(change);
      });
    },
    regenerate,
    keepEdits() {
      stale.value = false;
    },
  };
}
