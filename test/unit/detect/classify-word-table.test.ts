/**
 * The classifier caches what it knows about each word in a table that doubles when it is
 * two-thirds full, from 2^13 slots to 2^17, and is cleared when full at that size (engine.ts,
 * `slotOf`). A long webmail session reads more distinct words than the table holds, so both
 * happen in real use: after each, every email must be decided exactly as before.
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
  it('decides every email the same while a long session grows the table, and after it clears it', () => {
    const before = EMAILS.map((e) => classifyEmail(e));
    expect(before.map((r) => r.kind)).toEqual(['offer', 'rejection', 'interview', 'other']);
    // 14 × 7,000 = 98,000 new words: the table grows four times (at about 5,500, 10,900, 21,800
    // and 43,700 words) and is cleared past 87,400; the emails are read again after each batch.
    for (let seed = 0; seed < 14; seed++) {
      classifyEmail(gibberish(seed, 7_000));
      expect(EMAILS.map((e) => classifyEmail(e))).toEqual(before);
    }
  });
});
