/**
 * One draft being edited: what it is written from (the request), the text in the fields, and the
 * live graciousness check. Shared by the popup and the inline panel; the writer is passed in so a
 * page can load it lazily and tests can count its calls.
 *
 * Regeneration rule: while the user has not touched the text, any change to the request rewrites
 * it. Once they have edited subject or body, a change only marks the text as stale; the editor
 * then asks before overwriting, and "keep" leaves their words alone until the next change.
 */
import { batch, computed, type ReadonlySignal, type Signal, signal } from '@preact/signals';
import type { CheckContext, Draft, DraftRequest, Warning } from '../../core/compose';

export interface Composer {
  writeDraft(request: DraftRequest): Draft;
  checkGraciousness(input: { subject?: string; body: string }, context: CheckContext): Warning[];
}

export interface DraftSession {
  readonly request: ReadonlySignal<DraftRequest>;
  readonly subject: Signal<string>;
  readonly body: Signal<string>;
  /** The subject or body differs from what the writer last produced. */
  readonly edited: ReadonlySignal<boolean>;
  /** The request changed after the user edited: ask before overwriting their text. */
  readonly stale: ReadonlySignal<boolean>;
  readonly warnings: ReadonlySignal<Warning[]>;
  /** Replaces the request; rewrites the text unless the user has edited it (then marks it stale). */
  update(change: Partial<DraftRequest>): void;
  /** Writes a fresh draft from the current request, dropping the user's edits. */
  regenerate(): void;
  /** Keeps the user's text as it is and stops asking until the request changes again. */
  keepEdits(): void;
}

export function createDraftSession(composer: Composer, initial: DraftRequest): DraftSession {
  const request = signal(initial);
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

  return {
    request,
    subject,
    body,
    edited,
    stale: computed(() => stale.value && edited.value),
    warnings,
    update(change) {
      const next = { ...request.value, ...change };
      if (JSON.stringify(next) === JSON.stringify(request.value)) return;
      request.value = next;
      if (edited.value) stale.value = true;
      else regenerate();
    },
    regenerate,
    keepEdits() {
      stale.value = false;
    },
  };
}
