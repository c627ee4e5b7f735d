/**
 * Extraction, round s19: families earlier rounds left open. The terms of a post before its title ("part-time",
 * "full-time", "tenure-track") are not part of it, as most training labels write titles; a doctor's grade or training
 * post ("PGY-1 …", "ST1 Paediatrics", "FY2 doctor", "W2-Professur für …") is a title. An agency's named client ("my
 * client Harwick Foods") is the company.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

interface Mail {
  from: string;
  subject: string;
  body: string;
  date?: string;
}
const x = (m: Mail, kind: 'interview' | 'offer' | 'rejection' = 'offer') =>
  extractDetails({ date: '2026-03-02T09:00:00Z', ...m }, { timeZone: 'UTC', kind });

describe('the terms of a post before its title', () => {
  const role = (subject: string, body: string): string | null =>
    x({ from: 'Kim Lowe <kim@carrowpharmacy.example>', subject, body }).role;
  it('a subject that opens with them', () => {
    expect(role('Part-time Pharmacy Technician', 'Hi Sam,\n\nWe would like to offer you the job.\n\nKim')).toBe(
      'Pharmacy Technician',
    );
    expect(
      role(
        'Tenure-Track Assistant Professor of Sociology – offer',
        'Dear Sam,\n\nWe are pleased to offer you the post.\n\nBest,\nKim',
      ),
    ).toBe('Assistant Professor of Sociology');
  });
  it('a title in lower case after them', () => {
    expect(
      role(
        'Your application',
        'Hi Sam,\n\nWe would like you as a part-time pharmacy technician, three days a week.\n\nKim',
      ),
    ).toBe('pharmacy technician');
  });
  it('at the start of a sentence', () => {
    expect(
      role(
        'Re: Saturday',
        'Sam,\n\nCan you start on the 9th? Full-time Pharmacy Technician, weekdays, the usual rate.\n\nKim\nCarrow Pharmacy',
      ),
    ).toBe('Pharmacy Technician');
  });
});

describe("a doctor's grade or training post", () => {
  const role = (subject: string, body: string): string | null =>
    x({ from: 'Medical Staffing <medstaffing@stalbans-hospital.example>', subject, body }).role;
  it('"PGY-1 Internal Medicine Resident"', () => {
    expect(
      role(
        'Your match',
        'Dear Dr Ali,\n\nWe are delighted to offer you a position as a PGY-1 Internal Medicine Resident from July.\n\nMedical Staffing',
      ),
    ).toBe('PGY-1 Internal Medicine Resident');
  });
  it('"ST1 Paediatrics", "PGY-2 … Resident": a grade and a specialty', () => {
    expect(
      role('Offer', 'Dear Dr Ali,\n\nYour application for ST1 Paediatrics has been successful.\n\nMedical Staffing'),
    ).toBe('ST1 Paediatrics');
    expect(
      role(
        'Offer',
        'Dear Dr Ali,\n\nThank you for your application for the PGY-2 Psychiatry Resident position.\n\nMedical Staffing',
      ),
    ).toBe('PGY-2 Psychiatry Resident');
  });
  it('a subject that is a grade and a specialty names no employer', () => {
    const d = x({
      from: 'Medical Staffing <medstaffing@stalbans-hospital.example>',
      subject: 'ST1 Paediatrics – offer of employment',
      body: 'Dear Dr Ali,\n\nPlease find your contract attached.\n\nMedical Staffing',
    });
    expect(d.company).toBe('Stalbans Hospital');
    expect(d.role).toBe('ST1 Paediatrics');
  });
  it('"FY2 doctor"', () => {
    expect(
      role(
        'Rota',
        'Dear Dr Ali,\n\nWe are pleased to offer you a post as an FY2 doctor in our surgical unit.\n\nMedical Staffing',
      ),
    ).toBe('FY2 doctor');
  });
  it('"W2-Professur für Soziologie"', () => {
    const d = x({
      from: 'Berufungsbüro <berufungen@uni-halden.example>',
      subject: 'Ruf auf die W2-Professur für Soziologie',
      body: 'Sehr geehrte Frau Dr. Brandt,\n\nim Namen des Präsidiums darf ich Ihnen den Ruf erteilen.\n\nMit freundlichen Grüßen\nBerufungsbüro\nUniversität Halden',
    });
    expect(d.role).toBe('W2-Professur für Soziologie');
  });
});

describe('an agency and its client', () => {
  const company = (body: string): string | null =>
    x({
      from: 'Tom Pryce <tom.pryce@northpoint-recruitment.example>',
      subject: 'Transport Planner',
      body: `Hi Sam,\n\n${body}\n\nBest,\nTom Pryce\nSenior Consultant\nNorthpoint Recruitment`,
    }).company;
  it('a named client', () => {
    expect(company('Good news: my client Harwick Foods would like to offer you the Transport Planner role.')).toBe(
      'Harwick Foods',
    );
  });
});
