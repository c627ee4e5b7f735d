/**
 * Watches the page for the thread the user opens. One MutationObserver; its work is batched into
 * the next animation frame (not a fixed-delay debounce), and done only when the adapter's
 * fingerprint of the open thread changed. Everything is bound to the AbortSignal.
 */
import { diagnostics } from './diagnostics';

export interface WatcherOptions {
  /** A cheap summary of what the open thread shows (see `WebmailAdapter.fingerprint`). */
  fingerprint(): string | null;
  signal: AbortSignal;
  /** Called with the new fingerprint (null: no thread open) whenever it changes. */
  onChange(fingerprint: string | null): void;
  /** Mutation records that are Gracious's own doing and never schedule work. */
  ignore(record: MutationRecord): boolean;
  doc?: Document;
}

export interface Watcher {
  /** Takes what the page shows now as seen, after Gracious itself changed it (a mount). */
  settle(): void;
}

export function startWatcher(options: WatcherOptions): Watcher {
  const { fingerprint: read, signal, onChange, ignore } = options;
  const doc = options.doc ?? document;
  const win = doc.defaultView ?? window;
  let last: string | null | undefined;
  let frame = 0;

  const check = () => {
    frame = 0;
    if (signal.aborted) return;
    const fingerprint = read();
    if (fingerprint === last) {
      diagnostics.skipped++;
      return;
    }
    last = fingerprint;
    diagnostics.reads++;
    onChange(fingerprint);
  };

  const schedule = () => {
    if (!frame && !signal.aborted) frame = win.requestAnimationFrame(check);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (!ignore(record)) {
        schedule();
        return;
      }
    }
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  diagnostics.observers++;

  win.addEventListener('hashchange', schedule, { signal });
  win.addEventListener('popstate', schedule, { signal });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      diagnostics.observers--;
      if (frame) win.cancelAnimationFrame(frame);
    },
    { once: true },
  );
  schedule();
  return {
    settle: () => {
      last = read();
    },
  };
}
