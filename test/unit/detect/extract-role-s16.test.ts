/**
 * Job titles, round s16: a field line can give a reference code ("Reference: AR-2025-118342"); a code alone is
 * never a title, while a title with a code beside it keeps the title. "Senior" after a field is a job in
 * accountancy ("Tax Senior", "accounts senior"), but alone it is no title. Research jobs: statisticians,
 * "promovendus" (a Dutch PhD candidate), "pós-doc".
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';
import { cleanRole } from '../../../src/core/detect/extract/role';

const role = (subject: string, body: string): string | null =>
  extractDetails({ from: 'Recruitment <noreply@recruit.example>', subject, body, date: '2026-06-01T09:00:00Z' }).role;

describe('a reference code', () => {
  it('on a field line is not taken for the title', () => {
    expect(
      role(
        'Your application – outcome',
        'Dear Jordan,\n\nReference: AR-2025-118342\n\nWe are sorry to tell you that your application has been closed.',
      ),
    ).toBeNull();
    expect(cleanRole('HB-GR-20931', false)).toBeNull();
  });

  it('leaves the title a field line gives beside it', () => {
    expect(
      role(
        'Your application – outcome',
        'Dear Jordan,\n\nRef: AR-2025-118342\nPosition: Combat Medical Technician\n\nWe are sorry to tell you that your application has been closed.',
      ),
    ).toBe('Combat Medical Technician');
    // titles with digits and hyphens are still titles
    expect(cleanRole('Level-2 Support Engineer', false)).toBe('Level-2 Support Engineer');
  });
});

describe('a senior', () => {
  it('after a field is the job, in the subject or the body', () => {
    expect(
      role(
        'RE: Interview – Tax Senior, Private Client',
        'Hi Gregor,\n\nThank you for meeting us. We have decided not to take your application further.\n\nAnn',
      ),
    ).toMatch(/^Tax Senior\b/);
    expect(cleanRole('accounts senior', true)).toBe('accounts senior');
    expect(cleanRole('Audit Senior', true)).toBe('Audit Senior');
  });

  it('alone is not a title', () => {
    expect(cleanRole('Senior', true)).toBeNull();
    expect(cleanRole('senior', true)).toBeNull();
  });
});

describe('research jobs', () => {
  it('read statisticians, a promovendus and a pós-doc as titles', () => {
    expect(cleanRole('Survey Statistician', true)).toBe('Survey Statistician');
    expect(cleanRole('Senior Biostatistician', true)).toBe('Senior Biostatistician');
    expect(cleanRole('promovendus', false, 'nl')).toBe('promovendus');
    expect(cleanRole('pós-doc', false, 'pt')).toBe('pós-doc');
    expect(
      role(
        'Sollicitatie',
        'Beste Sanne,\n\nHelaas hebben we besloten je niet uit te nodigen voor de functie van promovendus bij onze vakgroep.\n\nMet vriendelijke groet,\nPieter',
      ),
    ).toBe('promovendus');
  });
});
