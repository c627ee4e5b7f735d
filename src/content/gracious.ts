/**
 * Gracious in one webmail tab: watches the open thread, classifies its newest message from others,
 * mounts the inline control for a job email (contract 3), tells the worker what it found (metadata
 * only) and when the user replied, and answers the popup's "insert-draft". One owner: everything
 * it starts is bound to the signal it is given, and stops with it.
 */
import { classifyNow, loadClassifier } from '../core/detect/gate';
import type { Classification, EmailInput } from '../core/detect/types';
import type { Detection, JobKind, Site, TabResponses, WorkerResponses } from '../core/messages';
import { askWorker, extensionContextAlive, extensionIdentity, onTabMessage } from '../platform/content-runtime';
import { newestFromOthers, toEmailInput, userRepliesAfter } from '../webmail/read';
import type { OpenThread, ThreadMessage, WebmailAdapter } from '../webmail/types';
import { CONTROL_ATTRIBUTE, type Control, createControl, placeControl } from './control';
import { decided } from './diagnostics';
import { startWatcher } from './watcher';

/** What the panel needs about the open job email; the body stays in memory, out of the page. */
export interface OpenJobEmail {
  site: Site;
  threadKey: string;
  kind: JobKind;
  email: EmailInput;
  /** The worker's answer to "detected", once it came (the reminder it made, for Undo). */
  detected: Promise<WorkerResponses['detected'] | null>;
}

export interface PanelContext {
  job: OpenJobEmail;
  anchor: Control;
  doc: Document;
  signal: AbortSignal;
  insert(text: string): Promise<TabResponses['insert-draft']>;
  hideThread(): Promise<void>;
  /** Marks Gracious's own page elements, so the watcher ignores their changes. */
  own(node: Node): void;
}

/** Dropped once the panel module loaded; the control's click imports it. */
type PanelModule = typeof import('./panel');

const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

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
  const isOwn = (node: Node) => {
    for (const el of own) if (el === node || el.contains(node)) return true;
    return false;
  };
  let control: Control | null = null;
  let job: OpenJobEmail | null = null;
  let generation = 0;
  let closePanel: (() => void) | null = null;
  const hidden = new Set(hiddenThreads);
  /** Threads asked about once more after mounting: another tab may have hidden one since start. */
  const rechecked = new Set<string>();
  const reported = new Map<string, Promise<WorkerResponses['detected'] | null>>();
  const repliesReported = new Set<string>();

  // A content script left from before an extension update may have left its control behind.
  for (const stale of doc.querySelectorAll(`[${CONTROL_ATTRIBUTE}]`)) stale.remove();

  const lifetime = new AbortController();
  const stop = () => lifetime.abort();
  signal.addEventListener('abort', () => lifetime.abort(), { once: true });
  lifetime.signal.addEventListener('abort', () => unmount(), { once: true });

  // After an update this script outlives its extension, and every API call (even i18n) throws: the
  // first touch on its control or panel takes them away instead of running their handlers.
  const quitOnTouch = (event: Event) => {
    if (!(event.target instanceof Node) || !isOwn(event.target) || extensionContextAlive()) return;
    event.stopImmediatePropagation();
    stop();
  };
  for (const type of ['pointerdown', 'keydown', 'click', 'input'])
    doc.addEventListener(type, quitOnTouch, { capture: true, signal: lifetime.signal });

  function unmount() {
    closePanel?.();
    closePanel = null;
    if (control) {
      own.delete(control.host);
      control.remove();
    }
    control = null;
    job = null;
  }

  function mount(thread: OpenThread, kind: JobKind): void {
    if (control?.host.isConnected && control.threadKey === thread.threadKey && control.kind === kind) return;
    unmount();
    const where = adapter.mountPoint(thread);
    if (!where) return;
    const created = createControl({
      doc,
      site: adapter.site,
      kind,
      threadKey: thread.threadKey,
      onActivate: togglePanel,
    });
    own.add(created.host);
    placeControl(created, where);
    control = created;
  }

  function recheckHidden(threadKey: string): void {
    if (rechecked.has(threadKey)) return;
    rechecked.add(threadKey);
    void askWorker('thread/is-hidden', { site: adapter.site, threadKey }).then((reply) => {
      if (!reply.ok || !reply.value.hidden || lifetime.signal.aborted) return;
      hidden.add(threadKey);
      if (control?.threadKey === threadKey) {
        unmount();
        decided(threadKey, -1, null);
      }
    });
  }

  function report(thread: OpenThread, message: ThreadMessage, email: EmailInput, kind: JobKind) {
    const key = `${thread.threadKey}|${kind}`;
    let detected = reported.get(key);
    if (!detected) {
      detected = (async () => {
        const { extractDetails } = await import('../core/detect/extract/index');
        const details = extractDetails(email, { timeZone: TIME_ZONE });
        const detection: Detection = {
          site: adapter.site,
          threadKey: thread.threadKey,
          kind,
          company: details.company?.slice(0, 500) ?? null,
          role: details.role?.slice(0, 500) ?? null,
          contacts: details.contacts.slice(0, 20).map((c) => ({
            name: c.name.slice(0, 500),
            email: c.email && c.email.length <= 320 ? c.email : null,
            role: c.role,
          })),
          interviewAt: details.interviewAt,
          // Said only when true (absent means false): other detections carry the same fields as before.
          ...(details.rescheduled && { rescheduled: true }),
        };
        const reply = await askWorker('detected', detection);
        return reply.ok ? reply.value : null;
      })().catch(() => null);
      reported.set(key, detected);
    }
    const replies = userRepliesAfter(thread, message);
    const last = replies.at(-1);
    const replyKey = `${thread.threadKey}|${replies.length}`;
    if (last && !repliesReported.has(replyKey)) {
      repliesReported.add(replyKey);
      const to = [...new Set(replies.flatMap((m) => m.to))];
      const recipients = to.length ? to : message.fromAddress ? [message.fromAddress] : [];
      void detected.then(() =>
        askWorker('replied', {
          site: adapter.site,
          threadKey: thread.threadKey,
          to: recipients.slice(0, 50),
          at: last.date,
        }),
      );
    }
    return detected;
  }

  /**
   * Decides for what the page shows now. Synchronous once the classifier is loaded, so the control
   * goes on screen in the animation frame in which the watcher saw the thread change; the first job
   * email of a page waits once for the classifier to load.
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
    if (!thread || !candidate || classification) {
      show(thread, candidate && classification && { ...candidate, kind: classification.kind });
      return;
    }
    void loadClassifier().then(
      (classify) => {
        if (mine === generation && !lifetime.signal.aborted)
          show(thread, { ...candidate, kind: classify(candidate.email).kind });
      },
      () => show(thread, null),
    );
  }

  function newestEmail(thread: OpenThread): { message: ThreadMessage; email: EmailInput } | null {
    if (hidden.has(thread.threadKey)) return null;
    const message = newestFromOthers(thread);
    return message ? { message, email: toEmailInput(adapter, thread, message) } : null;
  }

  function show(
    thread: OpenThread | null,
    found: { message: ThreadMessage; email: EmailInput; kind: Classification['kind'] } | null,
  ): void {
    if (lifetime.signal.aborted) return;
    if (!thread || !found || found.kind === 'other') {
      unmount();
      decided(thread?.threadKey ?? null, bodiesIn(thread), null);
      return;
    }
    const { kind, email, message } = found;
    mount(thread, kind);
    watcher.settle();
    job = {
      site: adapter.site,
      threadKey: thread.threadKey,
      kind,
      email,
      detected: report(thread, message, email, kind),
    };
    decided(thread.threadKey, bodiesIn(thread), control ? kind : null);
    recheckHidden(thread.threadKey);
  }

  async function togglePanel(from: Control): Promise<void> {
    if (closePanel) {
      closePanel();
      closePanel = null;
      return;
    }
    const current = job;
    if (!current || from !== control) return;
    const panel: PanelModule = await import('./panel');
    if (from !== control || lifetime.signal.aborted) return;
    closePanel = panel.openPanel({
      job: current,
      anchor: from,
      doc,
      signal: lifetime.signal,
      insert: (text) => insert(text),
      hideThread: async () => {
        hidden.add(current.threadKey);
        unmount();
        decided(current.threadKey, -1, null);
        await askWorker('thread/hide', { site: current.site, threadKey: current.threadKey });
      },
      own: (node) => own.add(node),
    });
    const close = closePanel;
    lifetime.signal.addEventListener('abort', close, { once: true });
  }

  async function insert(text: string): Promise<TabResponses['insert-draft']> {
    const { insertIntoReply } = await import('../webmail/insert');
    const method = await insertIntoReply(adapter, doc, text);
    return { inserted: method !== 'none', method };
  }

  const watcher = startWatcher({
    doc,
    signal: lifetime.signal,
    fingerprint: () => {
      const fingerprint = adapter.fingerprint(doc);
      // A control the site's own re-render took out must come back: that is a change too.
      return fingerprint === null ? null : `${fingerprint}|${control ? Number(control.host.isConnected) : '-'}`;
    },
    onChange: evaluate,
    ignore: (record) => {
      if (isOwn(record.target)) return true;
      if (record.type !== 'childList') return false;
      const nodes = [...record.addedNodes, ...record.removedNodes];
      // Our control going in or out is our own doing, unless the site took it out.
      return nodes.length > 0 && nodes.every(isOwn) && (!control || control.host.isConnected);
    },
  });

  // Every message is checked (sender, envelope, payload) before it is handled; the checks load
  // with the first message, not with the page.
  onTabMessage(async (message, sender) => {
    const { checkTabMessage } = await import('./tab-messages');
    const checked = checkTabMessage(message, sender, extensionIdentity());
    if (!checked.ok) return checked;
    if (!extensionContextAlive()) {
      stop();
      return { ok: false, error: 'extension context invalidated' };
    }
    const { type, payload } = checked.value;
    if (type === 'insert-draft') return { ok: true, value: await insert(payload.text) };
    return { ok: false, error: `unknown message type "${type}"` };
  }, lifetime.signal);
}

const bodiesIn = (thread: OpenThread | null) => thread?.messages.filter((m) => m.body).length ?? 0;
