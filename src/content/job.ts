/**
 * Gracious on a job email: the inline control (contract 3), what it tells the worker (metadata
 * only: "detected", and "replied" once the user answered), and the panel the control opens. Loaded
 * by import() the first time the classifier says an open thread is a job email, so a page without
 * one never loads it; from then on a thread's control goes in synchronously.
 */
// Extraction and the panel come in the same import() as the job side. Every job email runs
// extraction (for the "detected" report), and the job-email budget counts the panel and its writer
// anyway; as later import()s they were requests in a row, a wait on the first click, and 1.2 KB
// gzip more (per-file overhead, and chunks split only by which import() reached them).
// The panel is imported first, for its side of the chunk only: the bundle lays modules out in the
// order they are first imported, and with the panel's (Preact, the writer, the form pieces) ahead of
// extraction's the chunk is 0.5 KB smaller in gzip, whose 32 KB window then finds more of what each
// part repeats. Nothing else changes: no module here reads another's state while it loads.
import './panel';
import { extractLoading } from '../core/detect/extract/lazy';
import type { EmailInput } from '../core/detect/types';
import type { Detection, JobKind, Site, TabResponses, WorkerResponses } from '../core/messages';
import { askWorker } from '../platform/content-runtime';
import { bodiesIn } from '../webmail/read';
import { userRepliesAfter } from '../webmail/replies';
import type { OpenThread, ThreadMessage, WebmailAdapter } from '../webmail/types';
import { type Control, createControl, placeControl } from './control';
import { decided } from './diagnostics';
import { openPanel } from './panel';
import { reportedDetails } from './report';

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
  /**
   * The worker, as `askWorker` of src/platform/content-runtime.ts: handed over, so the panel's
   * tests give it a fake one.
   */
  askWorker: typeof askWorker;
  insert(text: string): Promise<TabResponses['insert-draft']>;
  hideThread(): Promise<void>;
  /** Marks Gracious's own page elements, so the watcher ignores their changes. */
  own(node: Node): void;
}

/** The newest email from others in the open thread, and the job email the classifier says it is. */
export interface FoundJobEmail {
  message: ThreadMessage;
  email: EmailInput;
  kind: JobKind;
}

/** What ./gracious.ts shares with the job side: its page, lifetime and state. */
export interface JobHost {
  adapter: WebmailAdapter;
  doc: Document;
  /** Gracious's lifetime in this tab. */
  signal: AbortSignal;
  /** Threads the user marked "Not a job email". */
  hidden: Set<string>;
  /** Gracious's own page elements, which the watcher ignores. */
  own: Set<Node>;
  /** Takes what the page shows now as seen (after a mount). */
  settle(): void;
  insert(text: string): Promise<TabResponses['insert-draft']>;
}

export interface JobSide {
  /** Mounts the control for the thread's job email (once per thread and kind) and reports it. */
  show(thread: OpenThread, found: FoundJobEmail): void;
  /** Takes the control and its panel out of the page. */
  unmount(): void;
  /** The control's host element while one is mounted. */
  controlHost(): HTMLElement | null;
}

const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function createJobSide(host: JobHost): JobSide {
  const { adapter, doc, signal, hidden, own } = host;
  let control: Control | null = null;
  let job: OpenJobEmail | null = null;
  let closePanel: (() => void) | null = null;
  /** Threads asked about once more after mounting: another tab may have hidden one since start. */
  const rechecked = new Set<string>();
  const reported = new Map<string, Promise<WorkerResponses['detected'] | null>>();
  const repliesReported = new Set<string>();

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
      if (!reply.ok || !reply.value.hidden || signal.aborted) return;
      hidden.add(threadKey);
      if (control?.threadKey === threadKey) {
        unmount();
        decided(threadKey, -1, null);
      }
    });
  }

  function report(thread: OpenThread, message: ThreadMessage, email: EmailInput, kind: JobKind) {
    // Per newest email from others, not per thread: a reschedule that arrives while the thread
    // stays open is reported too (the worker's handling of a detection it has seen changes nothing).
    const key = `${thread.threadKey}|${kind}|${message.fromAddress ?? message.fromName}|${message.date ?? ''}`;
    let detected = reported.get(key);
    if (!detected) {
      detected = (async () => {
        const details = await extractLoading(email, { timeZone: TIME_ZONE, kind });
        const detection: Detection = {
          site: adapter.site,
          threadKey: thread.threadKey,
          kind,
          ...reportedDetails(details, details.contacts),
          // Said only when true (absent means false): other detections carry the same fields as before.
          ...(details.rescheduled && { rescheduled: true }),
          ...(message.date && { sentAt: message.date }),
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

  function togglePanel(from: Control): void {
    if (closePanel) {
      closePanel();
      closePanel = null;
      return;
    }
    const current = job;
    if (!current || from !== control) return;
    closePanel = openPanel({
      job: current,
      anchor: from,
      doc,
      signal,
      askWorker,
      insert: host.insert,
      hideThread: async () => {
        hidden.add(current.threadKey);
        unmount();
        decided(current.threadKey, -1, null);
        await askWorker('thread/hide', { site: current.site, threadKey: current.threadKey });
      },
      own: (node) => own.add(node),
    });
    const close = closePanel;
    signal.addEventListener('abort', close, { once: true });
  }

  return {
    show(thread, { kind, email, message }) {
      mount(thread, kind);
      host.settle();
      job = {
        site: adapter.site,
        threadKey: thread.threadKey,
        kind,
        email,
        detected: report(thread, message, email, kind),
      };
      decided(thread.threadKey, bodiesIn(thread), control ? kind : null);
      recheckHidden(thread.threadKey);
    },
    unmount,
    controlHost: () => control?.host ?? null,
  };
}
