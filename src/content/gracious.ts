/**
 * Gracious in one webmail tab: watches the open thread, classifies its newest message from others,
 * and hands a job email to ./job.ts (the inline control of contract 3, the report to the worker,
 * the panel), which loads by import() the first time an open thread is one. Answers the popup's
 * "insert-draft". One owner: everything it starts is bound to the signal it is given, and stops
 * with it.
 */
import { classifyNow, loadClassifier } from '../core/detect/lazy';
import type { EmailInput, RulesClassification } from '../core/detect/types';
import type { TabResponses } from '../core/messages';
import { askWorker, extensionContextAlive, extensionIdentity, onTabMessage } from '../platform/content-runtime';
import { bodiesIn, newestFromOthers, toEmailInput } from '../webmail/read';
import type { OpenThread, ThreadMessage, WebmailAdapter } from '../webmail/types';
import { decided } from './diagnostics';
import type { FoundJobEmail, JobSide } from './job';
import { startWatcher } from './watcher';

/** The attribute of the inline control's host element (contract 3). */
export const CONTROL_ATTRIBUTE = 'data-gracious-kind';

/**
 * `hiddenThreads`: the site's threads the user marked "Not a job email", read from the worker
 * before start, so that opening a thread never waits for the worker before the control shows.
 */
export function startGracious(
  adapter: WebmailAdapter,
  signal: AbortSignal,
  { doc = document, hiddenThreads = [] }: { doc?: Document; hiddenThreads?: Iterable<string> } = {},
): void {
  const own = new Set<Node>();
  // (contains is true for the node itself too)
  const isOwn = (node: Node) => {
    for (const el of own) if (el.contains(node)) return true;
    return false;
  };
  let generation = 0;
  const hidden = new Set(hiddenThreads);
  /** The job side once loaded: from then on, a job email's control goes in synchronously. */
  let job: JobSide | null = null;
  let jobLoading: Promise<JobSide> | null = null;

  // A content script left from before an extension update may have left its control behind.
  for (const stale of doc.querySelectorAll(`[${CONTROL_ATTRIBUTE}]`)) stale.remove();

  const lifetime = new AbortController();
  const stop = () => lifetime.abort();
  signal.addEventListener('abort', stop, { once: true });
  lifetime.signal.addEventListener('abort', () => job?.unmount(), { once: true });

  // After an update this script outlives its extension, and every API call (even i18n) throws: the
  // first touch on its control or panel takes them away instead of running their handlers.
  const quitOnTouch = (event: Event) => {
    if (!(event.target instanceof Node) || !isOwn(event.target) || extensionContextAlive()) return;
    event.stopImmediatePropagation();
    stop();
  };
  for (const type of ['pointerdown', 'keydown', 'click', 'input'])
    doc.addEventListener(type, quitOnTouch, { capture: true, signal: lifetime.signal });

  // The modules loaded with import() here are used as `module.name` in a then(), not destructured
  // nor as `(await import(…)).name`: the bundler wraps either of those in an async function of its
  // own, bytes on every webmail page.
  function loadJobSide(): Promise<JobSide> {
    jobLoading ??= import('./job').then((side) => {
      job = side.createJobSide({
        adapter,
        doc,
        signal: lifetime.signal,
        hidden,
        own,
        settle: () => watcher.settle(),
        insert,
      });
      return job;
    });
    return jobLoading;
  }

  /**
   * Decides for what the page shows now. Synchronous once the classifier and the job side are
   * loaded, so the control goes on screen in the animation frame in which the watcher saw the
   * thread change; the first job email of a page waits once for them to load.
   */
  function evaluate(fingerprint: string | null): void {
    const mine = ++generation;
    if (!extensionContextAlive()) {
      stop();
      return;
    }
    const thread = fingerprint === null ? null : adapter.readThread(doc);
    const candidate = thread ? newestEmail(thread) : null;
    const classification = candidate && classifyNow(candidate.email);
    if (!thread || !candidate) {
      show(mine, thread, null);
      return;
    }
    if (classification) {
      decide(mine, thread, candidate, classification);
      return;
    }
    void loadClassifier().then(
      (classify) => {
        if (mine === generation && !lifetime.signal.aborted) decide(mine, thread, candidate, classify(candidate.email));
      },
      () => show(mine, thread, null),
    );
  }

  /**
   * Shows the kind the rules decided; for an email they are undecided on, the kind the worker's
   * second opinion gives (the rules' own if the worker cannot answer).
   */
  function decide(
    mine: number,
    thread: OpenThread,
    candidate: { message: ThreadMessage; email: EmailInput },
    classification: RulesClassification,
  ): void {
    if (!classification.undecided) {
      show(mine, thread, { ...candidate, kind: classification.kind });
      return;
    }
    const { kind, onlyIfSure, overruleAbove } = classification;
    const ask = { kind, onlyIfSure, overruleAbove, features: classification.features?.hashes ?? [] };
    void askWorker('second-opinion', ask).then((reply) => {
      if (mine === generation) show(mine, thread, { ...candidate, kind: reply.ok ? reply.value.kind : kind });
    });
  }

  function newestEmail(thread: OpenThread): { message: ThreadMessage; email: EmailInput } | null {
    if (hidden.has(thread.threadKey)) return null;
    const message = newestFromOthers(thread);
    return message ? { message, email: toEmailInput(adapter, thread, message) } : null;
  }

  function show(
    mine: number,
    thread: OpenThread | null,
    // (a union on kind, so that found is a FoundJobEmail once "other" is ruled out, with no copy)
    found: FoundJobEmail | (Omit<FoundJobEmail, 'kind'> & { kind: 'other' }) | null,
  ): void {
    if (lifetime.signal.aborted) return;
    if (!thread || !found || found.kind === 'other') {
      job?.unmount();
      decided(thread?.threadKey ?? null, bodiesIn(thread), null);
      return;
    }
    if (job) {
      job.show(thread, found);
      return;
    }
    void loadJobSide().then(
      () => {
        if (mine === generation) show(mine, thread, found);
      },
      () => show(mine, thread, null),
    );
  }

  async function insert(text: string): Promise<TabResponses['insert-draft']> {
    const method = await import('../webmail/insert').then((module) => module.insertIntoReply(adapter, doc, text));
    return { inserted: method !== 'none', method };
  }

  const watcher = startWatcher({
    doc,
    signal: lifetime.signal,
    fingerprint: () => {
      const fingerprint = adapter.fingerprint(doc);
      const control = job?.controlHost();
      // A control the site's own re-render took out must come back: that is a change too.
      return fingerprint === null ? null : `${fingerprint}|${control ? Number(control.isConnected) : '-'}`;
    },
    onChange: evaluate,
    ignore: (record) => {
      if (isOwn(record.target)) return true;
      if (record.type !== 'childList') return false;
      const nodes = [...record.addedNodes, ...record.removedNodes];
      // Our control going in or out is our own doing, unless the site took it out.
      return nodes.length > 0 && nodes.every(isOwn) && (job?.controlHost()?.isConnected ?? true);
    },
  });

  // Every message is checked (sender, envelope, payload) before it is handled; the checks load
  // with the first message, not with the page.
  onTabMessage(async (message, sender) => {
    const checked = await import('./tab-messages').then((module) =>
      module.checkTabMessage(message, sender, extensionIdentity()),
    );
    if (!checked.ok) return checked;
    if (!extensionContextAlive()) {
      stop();
      return { ok: false, error: 'extension context invalidated' };
    }
    // Insert-draft is the one message to a tab: checkTabMessage refused any other type. (A second
    // type would make the value a union, and this line would need to tell them apart.)
    return { ok: true, value: await insert(checked.value.payload.text) };
  }, lifetime.signal);
}
