/**
 * Job titles, round s14: lower-case words before a weekday are the title, not words to drop before a capitalised
 * one ("work as a painter Monday to Friday"); a title opening a sentence before its pay ("Analyst, base £60,000");
 * a scheduling tool's event named "<kind of call> – <title>".
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const role = (subject: string, body: string, from = 'Pat Quill <pat@quillhouse.example>'): string | null =>
  extractDetails({ from, subject, body, date: '2026-06-01T09:00:00Z' }).role;

describe('a title before the days it is worked', () => {
  it('keeps a lower-case title that a weekday follows', () => {
    expect(
      role('Job', 'Hi Lou,\n\nthe job is yours. You will work as a painter Monday to Friday, 7 to 3.\n\nPat'),
    ).toBe('painter');
  });

  it('still drops lower-case words before a capitalised title', () => {
    expect(role('Offer', 'Hi Lou,\n\nWe would like you to start as a casual Sales Assistant next week.\n\nPat')).toBe(
      'Sales Assistant',
    );
  });
});

describe('a title opening a sentence before its pay', () => {
  it('reads "X, base £…" and "X, £… an hour"', () => {
    expect(
      role('Re: next steps', 'Dana,\n\nAs agreed on the call: Treasury Analyst, base £61,000, 25 days holiday.\n\nPat'),
    ).toBe('Treasury Analyst');
    expect(role('good news', 'Hi Jo! Great news: Barista, £12.60 an hour plus tips. Start Saturday?\n\nPat')).toBe(
      'Barista',
    );
  });

  it('does not take a sentence before a sum for a title', () => {
    expect(role('invoice', 'Hi Jo,\n\nThanks again, £40 for the lamp.\n\nPat')).toBeNull();
  });
});

describe("a scheduling tool's event", () => {
  it('reads "Phone Screen – <title>"', () => {
    const body =
      'A new event has been scheduled.\n\nEvent Type:\n20 Minute Phone Screen – Warehouse Shift Lead\n\nInvitee:\nSam Ode\n';
    expect(role('New Event: Sam Ode', body, 'Calendar <notifications@calendar.example>')).toBe('Warehouse Shift Lead');
  });

  it('does not read a day after the dash as a title', () => {
    expect(role('Interview', 'Interview – Tuesday 3pm at the depot.\n\nPat')).toBeNull();
  });
});
