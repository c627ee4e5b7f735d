import { describe, expect, it } from 'vitest';
import { loadCorpus, problems } from '../../fixtures/corpus/check.mjs';

// The corpus is reloaded in each test: other writers add emails while work goes on.
describe('labelled corpus (test/fixtures/corpus)', { timeout: 60_000 }, () => {
  it('has no shape problems and no sentence of twelve words or more in two emails', () => {
    const all = [...loadCorpus('train'), ...loadCorpus('dev')];
    expect(problems(all)).toEqual([]);
  });

  it('is big and diverse enough: ≥400 emails, ≥40% other, ≥60 non-English, both splits', () => {
    const train = loadCorpus('train');
    const dev = loadCorpus('dev');
    const all = [...train, ...dev];
    expect(train.length).toBeGreaterThan(0);
    expect(dev.length).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThanOrEqual(400);
    expect(all.filter((e) => e.expect.kind === 'other').length / all.length).toBeGreaterThanOrEqual(0.4);
    expect(all.filter((e) => e.expect.language !== 'en').length).toBeGreaterThanOrEqual(60);
    for (const kind of ['offer', 'rejection', 'interview', 'other'])
      for (const part of [train, dev]) expect(part.some((e) => e.expect.kind === kind)).toBe(true);
  });

  it('keeps the splits apart: no id in both', () => {
    const trainIds = new Set(loadCorpus('train').map((e) => e.id));
    expect(loadCorpus('dev').filter((e) => trainIds.has(e.id))).toEqual([]);
  });
});
