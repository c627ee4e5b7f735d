/**
 * Job titles, round s26: German "wir suchen tatsächlich noch eine Servicekraft" names the job after
 * the adverbs, not with them; a Dutch subject "Uw sollicitatie naar de functie …" names the title
 * after its frame.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const role = (subject: string, body: string, kind: 'interview' | 'rejection' = 'interview') =>
  extractDetails(
    { from: 'Ruud Bakker <ruud.bakker@veldkamp.example>', subject, body, date: '2026-03-02T10:00:00+00:00' },
    { timeZone: 'UTC', kind },
  ).role;

describe('German adverbs after "suchen"', () => {
  it('are no part of the job looked for', () => {
    expect(
      role(
        'Re: deine Nachricht',
        'Hallo Mia,\n\nwir suchen gerade dringend eine Küchenhilfe für die Wochenenden. Kannst du am Samstag um 11 Uhr zum Probearbeiten kommen?\n\nGruß\nRuud',
      ),
    ).toBe('Küchenhilfe');
  });
});

describe('a Dutch subject "sollicitatie naar de functie …"', () => {
  it('gives the title after the frame', () => {
    expect(
      role(
        'Uw sollicitatie naar de functie Planner Werkvoorbereiding',
        'Geachte heer De Wit,\n\nDank voor uw sollicitatie. Helaas hebben wij gekozen voor een andere kandidaat.\n\nMet vriendelijke groet,\nRuud Bakker',
        'rejection',
      ),
    ).toBe('Planner Werkvoorbereiding');
  });
});
