/**
 * Times the shared rules read (rules.ts). The tokenizer keeps a "." only between digits, so "10 a.m."
 * is the words "10", "a", "m": a rule written "a.m" could never match it, nor "a.m. ET" with its zone.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/detect/classify';

const timesRead = (body: string) =>
  analyse({ subject: 'Monday', from: 'Dana Lee <dana@acme.example>', body })
    .evidence.filter((e) => e.channel === 'i')
    .map((e) => e.text);

describe('a time written with a.m. or p.m.', () => {
  it('is read as a time', () => {
    expect(timesRead('Hi Sam, can you do Monday at 10 a.m.? Dana')).toContain('10 a.m');
    expect(timesRead('Hi Sam, would 4 p.m. on Monday suit you? Dana')).toContain('4 p.m');
  });

  it('is read with the zone after it', () => {
    expect(timesRead('Hi Sam, can you do Monday at 10 a.m. ET? Dana')).toContain('m. ET');
  });
});
