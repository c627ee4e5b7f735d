/**
 * Freelance and shift work is offered as a booking: "we'd love to book you as 1st AC", "they've offered
 * you a shift". The issue counts a contract or shift work offered to the reader as an offer; "book you
 * in for an interview" stays an interview.
 */
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../src/core/detect';

const email = (subject: string, body: string) => ({
  from: 'Orla Keane <orla@harbourlight-events.example>',
  to: 'Sean Doyle <sean.doyle@mail.example>',
  subject,
  date: '2026-04-14T09:00:00+01:00',
  body,
});

describe('a booking', () => {
  it('as a crew role is an offer', () => {
    expect(
      classifyEmail(
        email(
          'Harbour Festival - 12-14 June?',
          "Hi Sean,\n\nWe'd love to book you as lighting technician for the Harbour Festival, 12-14 June.\n\nCould you let me know by Friday if you're in?\n\nOrla",
        ),
      ).kind,
    ).toBe('offer');
  });

  it('of a shift is an offer', () => {
    expect(
      classifyEmail(
        email(
          'New shift: Packer - Tue 16 June',
          'Hi Sean,\n\nQuayside Foods have offered you a shift before it goes out to everyone else.\n\nPacker, Tue 16 June, 7:00 - 15:30, £12.40/hr\n\nAccept by 8pm tonight.',
        ),
      ).kind,
    ).toBe('offer');
  });

  it('in for an interview is an interview', () => {
    expect(
      classifyEmail(
        email(
          'Your application',
          "Hi Sean,\n\nThanks for applying. We'd like to book you in for an interview on Tuesday 16 June at 10am at our office.\n\nOrla",
        ),
      ).kind,
    ).toBe('interview');
  });
});
