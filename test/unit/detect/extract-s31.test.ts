/**
 * Extraction, round s31 (the employer):
 * - A name that "and" joins is one name: "Employment and Social Development Canada" has no hiring team called
 *   "Employment and".
 * - A person is no employer: "Simone called me. … She was clear" (he or she follows), "on the phone with Miriam at
 *   Orvell" and "With: Hana Okafor (Prairie Food Policy Alliance)" (at an organisation).
 * - "Ruth and I liked meeting you": people, not an organisation (a guard: it passed before the change too).
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const mail = (subject: string, body: string, from: string) => ({
  from,
  subject,
  body,
  date: '2026-05-04T09:00:00+00:00',
});

describe('a name joined by "and"', () => {
  it('keeps a leading word that also names a hiring function', () => {
    const { company } = extractDetails(
      mail(
        'Interview – Program Officer (PM-04)',
        'Hello Mr. Tremblay,\n\nYou are invited to an interview for the Program Officer position with the Skills Branch, Employment and Social Development Canada, on Thursday, May 14, 2026 at 1:30 p.m. (ET).\n\nPlease confirm by reply.\n\nJoanne Laplante\nHR Assistant\nEmployment and Social Development Canada',
        'Joanne Laplante <joanne.laplante@hrsdc.gc.example>',
      ),
      { kind: 'interview' },
    );
    expect(company).toBe('Employment and Social Development Canada');
  });
});

describe('a person named as an actor', () => {
  it('is no employer when he or she follows', () => {
    const { company } = extractDetails(
      mail(
        'Payments QA contract – feedback',
        "Hi Maddie,\n\nSimone called me this morning about Tuesday. They've decided to go with a tester who has more card-scheme experience.\n\nShe was really complimentary about your test plan, for what it's worth.\n\nAroha\nAroha Ngata | Tidewater Recruitment",
        'Aroha Ngata <aroha.ngata@tidewater.example>',
      ),
      { kind: 'rejection' },
    );
    expect(company).toBe('Tidewater Recruitment');
  });

  it('is no employer when at an organisation', () => {
    const { company } = extractDetails(
      mail(
        'Orvell – feedback',
        "Hi Tobias,\n\nI've just come off the phone with Miriam at Orvell. Unfortunately they won't be taking you through to the second round for the Design Engineer role.\n\nI'll be in touch about the next brief.\n\nOliver\nOliver Grant\nPrincipal Consultant, Hartwell Search Ltd.",
        'Oliver Grant <oliver.grant@hartwellsearch.example>',
      ),
      { kind: 'rejection' },
    );
    expect(company).not.toBe('Miriam');
  });

  it('is no employer when an organisation follows in brackets', () => {
    const { company } = extractDetails(
      mail(
        'Confirmed: Phone screen with Hana Okafor',
        'A new event has been scheduled.\n\nEvent: Phone screen\nWith: Hana Okafor (Prairie Food Policy Alliance)\nWhen: Friday, May 8, 2026 · 11:00am – 11:30am\nTime zone: Eastern Time - US & Canada\n\nPowered by Meetly',
        'Meetly <notifications@meetly.example>',
      ),
      { kind: 'interview' },
    );
    expect(company).not.toBe('Hana Okafor');
  });

  it('is no organisation with "and I"', () => {
    const { company } = extractDetails(
      mail(
        'Studio Producer',
        "Hi Jonah,\n\nRuth and I liked meeting you on Monday. We'd love to offer you the Studio Producer role, starting 1 June.\n\nBest,\nTom\nHollow Fern Studio",
        'Tom Hale <tom@hollowfern.example>',
      ),
      { kind: 'offer' },
    );
    expect(company).toBe('Hollow Fern Studio');
  });
});
