/**
 * Webmail figures in the built extension in real Chromium, on the saved pages under their real
 * host names: (1) from the newest message's body appearing in the DOM to the inline control being
 * in the page (inserted in an animation-frame callback, so painted in that frame), median over 30
 * thread opens per site; (2) the watcher's work per mutation batch that changes nothing (see
 * `noopBatch`).
 * Gzip sizes are printed centrally (bench/sizes.ts).
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { WebmailTab } from '../test/e2e/pages/webmail';
import { launchExtension } from '../test/e2e/support/extension';
import { PAGES, THREADS, threadByKey } from '../test/fixtures/webmail/threads';

const OPENS = 30;
const NOOP_BATCHES = 5000;

function line(label: string, value: string, budget?: string): string {
  return `${label.padEnd(48)} ${value.padStart(14)}${budget ? `   budget ${budget}` : ''}`;
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const median = (sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2;
  return { median, p95: at(0.95), max: sorted.at(-1)! };
}

/** In the page's main world: times from a body getting its text to the control going in. */
async function watchBodyToControl(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { body: number; control: number }[] };
    w.__bench = [];
    let bodyAt = 0;
    new MutationObserver((records) => {
      const now = performance.now();
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element || node instanceof DocumentFragment)) continue;
          const target = record.target as Element;
          if (node instanceof Element && node.hasAttribute('data-gracious-kind')) {
            if (bodyAt) w.__bench.push({ body: bodyAt, control: now });
            bodyAt = 0;
          } else if (target.matches?.('div.a3s, [id^="UniqueMessageBody"]')) {
            // The latest body to arrive: the threads between job threads show bodies but no control.
            bodyAt = now;
          }
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
}

async function bodyToControl(site: 'gmail' | 'outlook'): Promise<number[]> {
  const extension = await launchExtension();
  try {
    const fixture = PAGES.find((p) => p.site === site && p.name === 'index')!;
    const tab = await WebmailTab.openFixture(extension, fixture);
    await watchBodyToControl(tab.page);
    const jobs = THREADS.filter((t) => t.expect);
    const quiet = threadByKey('newsletter-offer');
    for (let i = 0; i < OPENS; i++) {
      await tab.openThread(jobs[i % jobs.length]!);
      await tab.controls().first().waitFor();
      await tab.openThread(quiet);
    }
    const samples = await tab.page.evaluate(
      () => (window as unknown as { __bench: { body: number; control: number }[] }).__bench,
    );
    await tab.close();
    return samples.map((s) => s.control - s.body);
  } finally {
    await extension.close();
  }
}

/**
 * The watcher's work per mutation batch that changes nothing is reading the adapter's fingerprint
 * and comparing it with the last one. Timers in a page are coarsened to 0.1 ms, so the real adapter
 * code (bundled from src/webmail) runs in the page many times, each after a no-op mutation of the
 * page (an unread count) and the microtask in which a MutationObserver hears of it; the cost per
 * batch is the difference to the same loop without the fingerprint.
 */
async function noopBatch(
  site: 'gmail' | 'outlook',
): Promise<{ perBatchUs: number; baselineUs: number; nodes: number }> {
  const bundle = await build({
    entryPoints: [resolve(import.meta.dirname, '../src/webmail/index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'GraciousWebmail',
    logLevel: 'error',
  });
  const extension = await launchExtension();
  try {
    const fixture = PAGES.find((p) => p.site === site && p.name === 'index')!;
    const tab = await WebmailTab.openFixture(extension, fixture);
    await tab.openThread(threadByKey('offer-acme'));
    await tab.controls().first().waitFor();
    await tab.page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const result = await tab.page.evaluate(
      `(async () => {
        const adapter = GraciousWebmail.ADAPTERS[${JSON.stringify(site)}];
        const count = document.querySelector('.bsU, .WIYG1');
        let heard = 0;
        new MutationObserver(() => { heard++; }).observe(document.body, { childList: true, subtree: true });
        const last = adapter.fingerprint(document);
        const run = async (n, work) => {
          const t = performance.now();
          for (let i = 0; i < n; i++) {
            count.textContent = String(i);
            await Promise.resolve();
            if (work && adapter.fingerprint(document) !== last) throw new Error('not a no-op');
          }
          return (performance.now() - t) / n;
        };
        await run(500, true);
        // The adapter's work is small beside the page's own mutation, so one pair of runs can come
        // out negative from noise: interleave several pairs and take the medians.
        const bases = [], fulls = [];
        for (let pair = 0; pair < 7; pair++) {
          bases.push(await run(${NOOP_BATCHES}, false));
          fulls.push(await run(${NOOP_BATCHES}, true));
        }
        const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
        const base = median(bases);
        const full = median(fulls);
        return { perBatchUs: (full - base) * 1000, baselineUs: base * 1000, nodes: document.getElementsByTagName('*').length, heard };
      })()`,
    );
    await tab.close();
    return result as { perBatchUs: number; baselineUs: number; nodes: number };
  } finally {
    await extension.close();
  }
}

export async function benchWebmail(): Promise<string[]> {
  const lines: string[] = [];
  for (const site of ['gmail', 'outlook'] as const) {
    const latency = stats(await bodyToControl(site));
    const mark = latency.median <= 16 ? ' ✓' : ' ✗ OVER';
    lines.push(
      line(`${site}: body in DOM → control, median of ${OPENS}`, `${latency.median.toFixed(2)} ms`, `≤ 16 ms${mark}`),
      line(`${site}: body in DOM → control, p95 / max`, `${latency.p95.toFixed(2)} / ${latency.max.toFixed(2)} ms`),
    );
  }
  for (const site of ['gmail', 'outlook'] as const) {
    const { perBatchUs, baselineUs, nodes } = await noopBatch(site);
    const mark = perBatchUs <= 50 ? ' ✓' : ' ✗ OVER';
    lines.push(
      line(
        `${site}: no-op batch, median of 7 × ${NOOP_BATCHES} (${nodes} elements)`,
        `${perBatchUs.toFixed(1)} µs`,
        `≤ 50 µs${mark}`,
      ),
      line(`${site}: the page's own mutation, for scale`, `${baselineUs.toFixed(1)} µs`),
    );
  }
  return lines;
}
