/**
 * Reaches the content script's isolated world in a webmail tab through CDP, so a test can prove the
 * content script is running and send messages exactly as it would (with its real sender).
 */
import type { CDPSession, Page } from 'playwright-core';

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

export class ContentWorld {
  private constructor(
    private readonly session: CDPSession,
    private readonly contextId: number | null,
  ) {}

  /** Finds the extension's isolated world in the page's main frame (waits up to `timeoutMs`). */
  static async attach(page: Page, extensionId: string, timeoutMs = 5000): Promise<ContentWorld> {
    const session = await page.context().newCDPSession(page);
    const contexts: ExecutionContext[] = [];
    session.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) => {
      contexts.push(event.context);
    });
    await session.send('Runtime.enable');
    const mine = () =>
      contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`);
    const deadline = Date.now() + timeoutMs;
    while (!mine() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    return new ContentWorld(session, mine()?.id ?? null);
  }

  get running(): boolean {
    return this.contextId !== null;
  }

  /** Evaluates an expression inside the content script's world and returns its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    if (this.contextId === null) throw new Error('the content script is not running in this page');
    const result = (await this.session.send('Runtime.evaluate', {
      expression,
      contextId: this.contextId,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string } };
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
    return result.result.value;
  }

  /**
   * Whether the content script can still reach the extension: after an update or reload, the old
   * script keeps running in its world, but `chrome.runtime.id` is gone.
   */
  extensionContextAlive(): Promise<boolean> {
    return this.evaluate<boolean>('Boolean(globalThis.chrome?.runtime?.id)');
  }

  /** Sends a message to the worker from the content script, with the content script's real sender. */
  sendToWorker<T>(message: unknown): Promise<T> {
    return this.evaluate<T>(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);
  }

  async detach(): Promise<void> {
    await this.session.detach().catch(() => undefined);
  }
}
