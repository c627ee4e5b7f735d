/**
 * The "done when" figures of issue 3 for the classifier, on the dev part of the corpus (written
 * separately from the training part; nothing is tuned on it). Prints the confusion matrix.
 */
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../src/core/detect';
import type { EmailKind } from '../../../src/core/detect/types';
import { loadCorpus } from '../../fixtures/corpus/check.mjs';

const KINDS: EmailKind[] = ['offer', 'rejection', 'interview', 'other'];

function confusion(split: string) {
  const emails = loadCorpus(split);
  const matrix = KINDS.map(() => KINDS.map(() => 0));
  const wrong: string[] = [];
  let languageRight = 0;
  for (const email of emails) {
    const result = classifyEmail(email);
    const row = matrix[KINDS.indexOf(email.expect.kind)] as number[];
    const col = KINDS.indexOf(result.kind);
    row[col] = (row[col] ?? 0) + 1;
    if (result.kind !== email.expect.kind) wrong.push(`${email.id}: ${email.expect.kind} → ${result.kind}`);
    if (result.language === email.expect.language) languageRight++;
  }
  const f1 = KINDS.map((_, k) => {
    const tp = matrix[k]?.[k] ?? 0;
    const fp = matrix.reduce((s, r, a) => s + (a === k ? 0 : (r[k] ?? 0)), 0);
    const fn = (matrix[k] ?? []).reduce((s, v, b) => s + (b === k ? 0 : v), 0);
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  });
  const other = matrix[3] as number[];
  const otherTotal = other.reduce((a, b) => a + b, 0);
  return {
    matrix,
    f1,
    macroF1: f1.reduce((a, b) => a + b, 0) / KINDS.length,
    otherAsJob: (otherTotal - (other[3] ?? 0)) / otherTotal,
    languageAccuracy: languageRight / emails.length,
    wrong,
    count: emails.length,
  };
}

describe('classifyEmail on the dev part of the corpus', { timeout: 60_000 }, () => {
  const dev = confusion('dev');
  console.log(
    [
      `dev: ${dev.count} emails; rows expected, columns predicted (${KINDS.join(', ')})`,
      ...dev.matrix.map(
        (row, k) => `  ${(KINDS[k] as string).padEnd(10)}${row.map((v) => String(v).padStart(5)).join('')}`,
      ),
      `  F1 ${KINDS.map((k, i) => `${k} ${dev.f1[i]?.toFixed(3)}`).join(', ')}; macro-F1 ${dev.macroF1.toFixed(3)}`,
      `  other flagged as a job email: ${(100 * dev.otherAsJob).toFixed(1)}%; language right: ${(100 * dev.languageAccuracy).toFixed(1)}%`,
      `  misclassified: ${dev.wrong.join('; ') || 'none'}`,
    ].join('\n'),
  );

  it('reaches macro-F1 ≥ 0.97 over the four kinds', () => {
    expect(dev.macroF1).toBeGreaterThanOrEqual(0.97);
  });

  it('flags no more than 1% of other emails as a job email', () => {
    expect(dev.otherAsJob).toBeLessThanOrEqual(0.01);
  });

  it('names the language of ≥ 95% of emails', () => {
    expect(dev.languageAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});
