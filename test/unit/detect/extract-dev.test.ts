/**
 * The extraction figures of issue 3 on the dev part of the corpus (written separately from the
 * training part; the extractor's rules were written from the training part). Every job email of
 * the dev part (expected kind not "other") is read with the reader's zone at UTC, as the CLI does
 * by default. What counts as correct is defined in ./extract-score.ts.
 *
 * interviewAt is scored on the interview emails (an interview email whose label is null must give
 * null); offers and rejections must give null too, which is checked separately. Failures are
 * printed per field; the training part's figures are printed alongside for the note.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';
import { loadCorpus } from '../../fixtures/corpus/check.mjs';
import { type Labelled, sameCompany, sameContact, sameInstant, sameRole } from './extract-score';

interface Field {
  right: number;
  total: number;
  misses: string[];
}

function score(split: string) {
  const emails = (loadCorpus(split) as Labelled[]).filter((e) => e.expect.kind !== 'other');
  const field = (): Field => ({ right: 0, total: 0, misses: [] });
  const f = { company: field(), role: field(), contact: field(), interviewAt: field(), quietOnOthers: field() };
  const tally = (name: keyof typeof f, ok: boolean, e: Labelled, got: unknown, want: unknown): void => {
    const x = f[name];
    x.total++;
    if (ok) x.right++;
    else
      x.misses.push(
        `${e.id} [${e.expect.language}/${e.expect.kind}] got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`,
      );
  };
  for (const e of emails) {
    const d = extractDetails(e);
    const x = e.expect;
    tally('company', sameCompany(d.company, x.company), e, d.company, x.company);
    tally('role', sameRole(d.role, x.role), e, d.role, x.role);
    tally('contact', sameContact(d.contact, x.contact), e, d.contact, x.contact);
    if (x.kind === 'interview')
      tally('interviewAt', sameInstant(d.interviewAt, x.interviewAt), e, d.interviewAt, x.interviewAt);
    else tally('quietOnOthers', d.interviewAt === null, e, d.interviewAt, null);
  }
  const rate = (x: Field): number => (x.total ? x.right / x.total : 1);
  const lines = Object.entries(f).map(
    ([k, x]) =>
      `${split} ${k}: ${x.right}/${x.total} = ${(100 * rate(x)).toFixed(1)}%${x.misses.length ? `\n  ${x.misses.join('\n  ')}` : ''}`,
  );
  return { f, rate, lines, count: emails.length };
}

describe('extraction on the dev part of the corpus', { timeout: 60_000 }, () => {
  const dev = score('dev');

  it('reads enough job emails to mean something', () => {
    expect(dev.count).toBeGreaterThanOrEqual(90);
    expect(dev.f.interviewAt.total).toBeGreaterThanOrEqual(30);
  });

  it('gets company ≥ 90%, role ≥ 85%, contact ≥ 90%, interview time ≥ 90%', () => {
    console.log(dev.lines.join('\n'));
    expect(dev.rate(dev.f.company)).toBeGreaterThanOrEqual(0.9);
    expect(dev.rate(dev.f.role)).toBeGreaterThanOrEqual(0.85);
    expect(dev.rate(dev.f.contact)).toBeGreaterThanOrEqual(0.9);
    expect(dev.rate(dev.f.interviewAt)).toBeGreaterThanOrEqual(0.9);
  });

  it('gives no interview time for offers and rejections', () => {
    expect(dev.rate(dev.f.quietOnOthers)).toBeGreaterThanOrEqual(0.95);
  });

  it('prints the training part for comparison', () => {
    const train = score('train');
    console.log(train.lines.map((l) => l.split('\n')[0]).join('\n'));
    expect(train.count).toBeGreaterThan(0);
  });
});
