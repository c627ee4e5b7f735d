/**
 * Company names, round s24: a department written after the employer's name in a signature ("Harlan County
 * Human Resources") is not part of it because the domain happens to hold one of the department's letters
 * (<…@harlancounty-oh>): a word joins the name only if the domain spells its start.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const company = (from: string, signature: string) =>
  extractDetails(
    {
      from,
      subject: 'Offer of employment',
      body: `Dear Sam,\n\nWe are pleased to offer you the position of Civil Engineer II.\n\nSincerely,\n\nDenise Ortiz\nHR Generalist\n${signature}\n112 Courthouse Square`,
      date: '2026-03-02T10:00:00-05:00',
    },
    { timeZone: 'UTC', kind: 'offer' },
  ).company;

describe("a department after the employer's name", () => {
  it('stays out when the domain only shares a letter with it', () => {
    expect(company('Denise Ortiz <dortiz@harlancounty-oh.example>', 'Harlan County Human Resources')).toBe(
      'Harlan County',
    );
  });

  it('joins the name when the domain spells it', () => {
    expect(company('Denise Ortiz <dortiz@bluegumrecruitment.example>', 'Bluegum Recruitment')).toBe(
      'Bluegum Recruitment',
    );
  });
});
