/**
 * Live counts of what the content script holds, for end-to-end tests to read from the content
 * script's own isolated world (pages cannot see it). Nothing here changes behaviour.
 */
export const diagnostics = {
  /** MutationObservers connected right now. */
  observers: 0,
  /** Times the open thread was read because what it shows changed. */
  reads: 0,
  /** Mutation batches that changed nothing Gracious cares about. */
  skipped: 0,
  /** The last decision about the open thread: its key and the kind shown, or null for nothing. */
  decision: null as { threadKey: string | null; bodies: number; shown: string | null; count: number } | null,
};

/** Records what Gracious decided for the open thread (with how many bodies it saw): the control shown, or none. */
export function decided(threadKey: string | null, bodies: number, shown: string | null): void {
  diagnostics.decision = { threadKey, bodies, shown, count: (diagnostics.decision?.count ?? 0) + 1 };
}

// Assigned, not defined as a property of its own: shorter, and the tests only read it.
Object.assign(globalThis, { __graciousDiagnostics: diagnostics });
