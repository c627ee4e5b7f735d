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

export async function benchPopup(): Promise<string[]> {
  const extension = await launchExtension();
  const times: number[] = [];
  try {
    for (let i = 0; i < OPENS; i++) {
      const page = await extension.newPage();
      await page.setViewportSize({ width: 380, height: 600 });
      await page.goto(extension.extensionUrl(EXTENSION_PAGES.popup));
      const mark = await page.waitForFunction(
        () => performance.getEntriesByName('gracious:first-render', 'mark')[0]?.startTime,
      );
      times.push(Number(await mark.jsonValue()));
      await page.close();
    }
  } finally {
    await extension.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = (sorted[(OPENS - 1) >> 1]! + sorted[OPENS >> 1]!) / 2;
  const max = sorted[OPENS - 1]!;
  const mark = median <= BUDGET_MS ? ' ✓' : ' ✗ OVER';
  return [
    line(`popup first render, median of ${OPENS} opens`, `${median.toFixed(1)} ms`, `≤ ${BUDGET_MS} ms${mark}`),
    line(`popup first render, slowest of ${OPENS} opens`, `${max.toFixed(1)} ms`),
  ];
}
