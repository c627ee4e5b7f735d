/**
 * The popup's time to first render, in the built extension in Chromium: from navigation start to
 * the `gracious:first-render` mark the popup sets right after its first render. Sizes are
 * measured centrally (bench/sizes.ts).
 */
import { EXTENSION_PAGES } from '../test/e2e/pages/extension-pages';
import { launchExtension } from '../test/e2e/support/extension';

const OPENS = 10;
const BUDGET_MS = 100;

function line(label: string, value: string, budget?: string): string {
  return `${label.padEnd(48)} ${value.padStart(14)}${budget ? `   budget ${budget}` : ''}`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2;
}

export async function benchPopup(): Promise<string[]> {
  const extension = await launchExtension();
  const times: number[] = [];
  /** From the parsed HTML to the mark: the popup's own scripts and render, without the page's start-up. */
  const own: number[] = [];
  try {
    for (let i = 0; i < OPENS; i++) {
      const page = await extension.newPage();
      await page.setViewportSize({ width: 380, height: 600 });
      await page.goto(extension.extensionUrl(EXTENSION_PAGES.popup));
      await page.waitForFunction(() => performance.getEntriesByName('gracious:first-render', 'mark').length > 0);
      const [rendered, parsed] = await page.evaluate(() => [
        performance.getEntriesByName('gracious:first-render', 'mark')[0]!.startTime,
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
      ]);
      times.push(rendered!);
      own.push(rendered! - parsed!);
      await page.close();
    }
  } finally {
    await extension.close();
  }
  const middle = median(times);
  const mark = middle <= BUDGET_MS ? ' ✓' : ' ✗ OVER';
  return [
    line(`popup first render, median of ${OPENS} opens`, `${middle.toFixed(1)} ms`, `≤ ${BUDGET_MS} ms${mark}`),
    line(`popup first render, slowest of ${OPENS} opens`, `${Math.max(...times).toFixed(1)} ms`),
    line("  of which the popup's scripts and render, median", `${median(own).toFixed(1)} ms`),
  ];
}
