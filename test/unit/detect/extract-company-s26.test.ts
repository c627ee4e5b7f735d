/**
 * Company names, round s26: a Dutch compound title ending in "manager" ("locatiemanager", "filiaalmanager") before
 * the employer's name on a signature line is a title, not part of the name.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const company = (from: string, signature: string) =>
  extractDetails(
    {
      from,
      subject: 'je bent aangenomen',
      body: `Hoi Sam,\n\nGoed nieuws: we willen je graag aannemen als pedagogisch medewerker, 24 uur per week.\n\nGroetjes,\nAnouk\n${signature}`,
      date: '2026-03-02T10:00:00+01:00',
    },
    { timeZone: 'UTC', kind: 'offer' },
  ).company;

describe('a Dutch "…manager" title before the name on a signature line', () => {
  it('is left out of the name', () => {
    expect(company('Anouk Smit <anouk@kdv-dewaterlelie.example>', 'locatiemanager KDV De Waterlelie')).toBe(
      'KDV De Waterlelie',
    );
    expect(company('Anouk Smit <anouk@versmarktvandam.example>', 'Filiaalmanager Versmarkt Van Dam')).toBe(
      'Versmarkt Van Dam',
    );
  });
});
