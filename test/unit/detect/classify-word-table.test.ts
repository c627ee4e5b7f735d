/**
 * The classifier caches what it knows about each word in a fixed table that it clears when it is
 * two-thirds full (engine.ts, `slotOf`). A long webmail session reads more distinct words than
 * the table holds, so the clear happens in real use: after it, every email must be decided
 * exactly as before.
 */
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../src/core/detect';
import type { EmailInput } from '../../../src/core/detect/types';

const EMAILS: EmailInput[] = [
  {
    subject: 'Offer of employment – Warehouse Shift Lead',
    from: 'Priya Nair <priya.nair@coldharbour-logistics.example>',
    body: 'Hi Sam,\n\nWe are delighted to offer you the position of Warehouse Shift Lead, starting on 4 May. Your offer letter is attached; please sign and return it by Friday.\n\nPriya',
  },
  {
    subject: 'Your application',
    from: 'Careers <no-reply@brightmoor.example>',
    body: 'Dear Sam,\n\nThank you for your interest. After careful consideration we have decided not to move forward with your application for the Payroll Analyst role.\n\nThe Brightmoor Talent Team',
  },
  {
    subject: 'Interview – Staff Nurse',
    from: 'Ward Manager <h.okafor@stlukes.example>',
    body: 'Hello Sam,\n\nWe would like to invite you to an interview on Tuesday 12 May at 10:30 on Ward 7.\n\nHelen',
  },
  {
    subject: 'Spring sale: an offer you will like',
    from: 'Deals <deals@shopfront.example>',
    body: 'Save 30% this weekend only. This exclusive offer ends Sunday. Unsubscribe at any time.',
  },
];

/** An email of `count` words no language has, distinct from every other call's. */
function gibberish(seed: number, count: number): EmailInput {
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(`zq${(seed * count + i).toString(36)}x`);
  return { subject: 'notes', from: 'a@b.example', body: words.join(' ') };
}

describe('the per-word table of the classifier', () => {
  it('decides every email the same after a long session filled and cleared it', () => {
    const before = EMAILS.map((e) => classifyEmail(e));
    // 8 × 7,000 = 56,000 new words: more than a table of 2^16 slots takes before it clears.
    for (let seed = 0; seed < 8; seed++) classifyEmail(gibberish(seed, 7_000));
    expect(EMAILS.map((e) => classifyEmail(e))).toEqual(before);
    expect(before.map((r) => r.kind)).toEqual(['offer', 'rejection', 'interview', 'other']);
  });
});
