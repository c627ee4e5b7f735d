/**
 * Job titles, round s23: "the hiring manager" is a person, not a job offered by "hiring …" ("we're hiring a
 * barista"): the title is the one the email names for the reader.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const role = (subject: string, body: string) =>
  extractDetails(
    { from: 'Jo Marsh <jo.marsh@fernleysearch.example>', subject, body, date: '2026-07-06T10:00:00+01:00' },
    { timeZone: 'UTC', kind: 'interview' },
  ).role;

describe('the hiring manager', () => {
  it('is not the job', () => {
    expect(
      role(
        'Halloway Insurance - meeting the hiring manager',
        'Hi Priya,\n\nGreat news, the hiring manager at Halloway Insurance has read your CV and would like to meet you for the Claims Analyst role. It will be a first interview in person at their Leeds office.\n\nDoes Wednesday at 2pm suit?\n\nJo',
      ),
    ).toBe('Claims Analyst');
    expect(
      role(
        'Final round - Thursday',
        'Hi Tom,\n\nBelow is your itinerary for the final round for Data Platform Engineer on Thursday.\n\n10:00 Technical interview (Ana, Luis)\n11:00 Hiring manager conversation (Grace Holt)\n\nSee you then,\nJo',
      ),
    ).toBe('Data Platform Engineer');
  });

  it('leaves "hiring a …" a job', () => {
    expect(
      role(
        'weekend shifts',
        "hi Ellie, we're hiring a weekend barista and Dan said you'd be great. can you come in for a chat saturday at 10?\n\nJo",
      ),
    ).toBe('weekend barista');
  });
});
