/**
 * The rule syntax's negative element (match.ts): `loan !officer|processor` matches "loan" when neither word comes next,
 * also at a sentence's end, and takes no token; a rule may not start with one nor make one optional. A rejection for a
 * Loan Officer post is no loan application (rules-en-against).
 */
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../src/core/detect';
import { candidatesFor, compileRules, matchFrom } from '../../../src/core/detect/match';
import { tokenize } from '../../../src/core/detect/tokens';

/** The token spans [from, to) where the one rule of `source` matches `text`. */
function spans(source: string, text: string): [number, number][] {
  const index = compileRules(source);
  const t = tokenize(text);
  const out: [number, number][] = [];
  for (let k = 0; k < t.length; k++)
    for (const rule of candidatesFor(index, t, k)) {
      const end = matchFrom(index, rule.from + 1, rule.to, k + 1, t, t.n[k] as number, t.length);
      if (end >= 0) out.push([k, end]);
    }
  return out;
}

describe('a negative element', () => {
  it('matches when none of its words comes next, and takes no token', () => {
    expect(spans('x3 loan !officer|processor', 'your loan was approved')).toEqual([[1, 2]]);
  });

  it('does not match when one of its words comes next', () => {
    expect(spans('x3 loan !officer|processor', 'the Loan Officer post')).toEqual([]);
    expect(spans('x3 loan !officer|processor', 'a loan processor role')).toEqual([]);
  });

  it('matches at the end of a sentence', () => {
    expect(spans('x3 loan !officer', 'we approved the loan. Officer Dibble called')).toEqual([[3, 4]]);
  });

  it('checks the token after a gap', () => {
    expect(spans('x4 applied _2 loan !officer', 'you applied for a loan with us')).toEqual([[1, 5]]);
    expect(spans('x4 applied _2 loan !officer', 'you applied for the Loan Officer position')).toEqual([]);
  });

  it('may not start a rule or be optional', () => {
    expect(() => compileRules('x3 !officer loan')).toThrow(/bad rule/);
    expect(() => compileRules('x3 loan !officer?')).toThrow(/bad rule/);
  });
});

describe('a rejection for a Loan Officer post', () => {
  it('is a rejection, not a loan decision', () => {
    const kind = classifyEmail({
      subject: 'Application Status – Loan Officer',
      from: 'HR <hr@harbourcoop.example>',
      to: 'Ana Cruz <ana.cruz@mail.example>',
      body: 'Dear Ms. Cruz,\n\nThank you for applying for the Loan Officer position at our Iloilo branch and for taking our written exam.\n\nWe regret to inform you that you were not selected to proceed to the next step of our hiring process.\n\nSincerely,\nHR Department\nHarbour Cooperative Bank',
    }).kind;
    expect(kind).toBe('rejection');
  });
});
