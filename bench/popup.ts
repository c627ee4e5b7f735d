/**
 * The popup's time to first render, in the built extension in Chromium: from navigation start to
 * the `gracious:first-render` mark the popup sets right after its first render. Sizes are
 * measured centrally (bench/sizes.ts).
 *
 * The popup is the real toolbar popup (`action.openPopup()`, as a click on the toolbar button
 * opens it), not the page opened in a tab: a new tab starts in a renderer of its own, swaps to the
 * extension's renderer on the way and is instrumented by the test driver, none of which a toolbar
 * popup pays (on a trivial extension page that nearly doubled the time here). Its timing is read
 * from another extension page of the same origin. The first open after launch is reported apart:
 * it compiles every script afresh while the browser is still starting.
 */
import type { Page } from 'playwright-core';
import { EXTENSION_PAGES } from '../test/e2e/pages/extension-pages';
import { type LaunchedExtension, launchExtension } from '../test/e2e/support/extension';

const OPENS = 20;
const BUDGET_MS = 100;
const MARK = 'gracious:first-render';
/** The reading page shares the popup's renderer thread: poll it rarely, not every frame. */
const POLL_MS = 25;

interface Timing {
  /** Navigation start → the mark. */
  rendered: number;
  /** Navigation start → the HTML parsed (domInteractive). */
  parsed: number;
}

function line(label: string, value: string, budget?: string): string {
  return `${label.padEnd(48)} ${value.padStart(14)}${budget ? `   budget ${budget}` : ''}`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2;
}

/**
 * The welcome page the first start opens: waited for, so that no open below races its loading,
 * and used to read the popup's timeline.
 */
async function welcomePage(extension: LaunchedExtension): Promise<Page> {
  const url = extension.extensionUrl(EXTENSION_PAGES.welcome);
  const page =
    extension.context.pages().find((p) => p.url() === url) ??
    (await extension.context.waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 20_000 }));
  await page.waitForLoadState('load');
  await page.bringToFront();
  return page;
}

async function openPopup(extension: LaunchedExtension, reader: Page): Promise<Timing> {
  await (await extension.worker()).evaluate(() => chrome.action.openPopup());
  await reader.waitForFunction(
    (mark) => chrome.extension.getViews({ type: 'popup' })[0]?.performance.getEntriesByName(mark).length,
    MARK,
    { polling: POLL_MS },
  );
  const timing = await reader.evaluate((mark) => {
    const popup = chrome.extension.getViews({ type: 'popup' })[0]!;
    const rendered = popup.performance.getEntriesByName(mark, 'mark')[0]!.startTime;
    const navigation = popup.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    popup.close();
    return { rendered, parsed: navigation.domInteractive };
  }, MARK);
  await reader.waitForFunction(() => chrome.extension.getViews({ type: 'popup' }).length === 0, undefined, {
    polling: POLL_MS,
  });
  return timing;
}

export async function benchPopup(): Promise<string[]> {
  const extension = await launchExtension();
  const timings: Timing[] = [];
  let first: Timing;
  try {
    const reader = await welcomePage(extension);
    first = await openPopup(extension, reader);
    for (let i = 0; i < OPENS; i++) timings.push(await openPopup(extension, reader));
  } finally {
    await extension.close();
  }
  const rendered = timings.map((t) => t.rendered);
  const middle = median(rendered);
  const mark = middle <= BUDGET_MS ? ' ✓' : ' ✗ OVER';
  return [
    line(`popup first render, median of ${OPENS} opens`, `${middle.toFixed(1)} ms`, `≤ ${BUDGET_MS} ms${mark}`),
    line(`popup first render, slowest of ${OPENS} opens`, `${Math.max(...rendered).toFixed(1)} ms`),
    line('  of which the page up to its parsed HTML, median', `${median(timings.map((t) => t.parsed)).toFixed(1)} ms`),
    line(
      "  of which the popup's scripts and render, median",
      `${median(timings.map((t) => t.rendered - t.parsed)).toFixed(1)} ms`,
    ),
    line('popup first render, first open after launch', `${first.rendered.toFixed(1)} ms`),
  ];
}
