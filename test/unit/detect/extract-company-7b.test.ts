/**
 * Company, second round of session 7: the words the sender's domain spells are the employer, and the
 * team, programme or branch around them (wrapper words, or words the mailbox itself spells) is not;
 * sentences, common nouns and titles are not names.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const company = (from: string, subject: string, body: string) =>
  extractDetails({ from, subject, body, date: '2026-03-02T09:00:00Z' }, { kind: 'rejection' }).company;

const NO =
  'Hello Jordan,\n\nThank you for your interest. After careful review we will not move forward with your application.\n\n';

describe('the part the domain spells wins over the team around it', () => {
  it('drops a team the mailbox is named for, before the name, in any language', () => {
    expect(
      company(
        'Talento Humano Laboratorios Quiroga <talentohumano@laboratoriosquiroga.example>',
        'Proceso de selección',
        'Estimada Lucía:\n\nLe agradecemos su participación; en esta ocasión no continúa en el proceso.\n\nAtentamente,\nTalento Humano\n',
      ),
    ).toBe('Laboratorios Quiroga');
    expect(
      company(
        'Équipe Talents Brossard Mobilier <talents@brossard-mobilier.example>',
        'Votre candidature',
        'Bonjour Léa,\n\nNous ne donnerons pas suite à ta candidature.\n\nÉquipe Talents\n',
      ),
    ).toBe('Brossard Mobilier');
  });

  it('drops hiring-office words before the name though the mailbox does not spell them', () => {
    expect(
      company(
        'HR Services Bergblick Logistik <jobs@bergblick-logistik.example>',
        'Ihre Bewerbung',
        'Guten Tag Herr Kern,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerbende entschieden haben.\n\nFreundliche Grüsse\nHR Services\n',
      ),
    ).toBe('Bergblick Logistik');
  });

  it('drops a programme after the name', () => {
    expect(
      company(
        'Ferncliff Aerospace University Programs <campus@ferncliffaerospace.example>',
        'Your internship application',
        `${NO}— Ferncliff University Programs\n`,
      ),
    ).toBe('Ferncliff Aerospace');
  });

  it('keeps a word after the name that is part of it', () => {
    expect(
      company(
        'Tallis Engineering Services <jobs@tallis.example>',
        'Your application',
        `${NO}Tallis Engineering Services\n`,
      ),
    ).toBe('Tallis Engineering Services');
    expect(company('Harwick University <jobs@harwick.example>', 'Your application', `${NO}Harwick University\n`)).toBe(
      'Harwick University',
    );
  });
});

describe('a careers domain', () => {
  it('is the employer without its careers part', () => {
    expect(
      company(
        'Halloway Foods Careers <no-reply@hallowayfoods-careers.example>',
        'Application update',
        `${NO}Halloway Foods Talent Acquisition\nThis mailbox is not monitored.\n`,
      ),
    ).toBe('Halloway Foods');
  });
});

describe('what reads as a name but is none', () => {
  it('ends a signature sentence about the employer at its verb', () => {
    expect(
      company(
        'Moira Tait <moira@glenbrae-care.example>',
        'Support Worker',
        'Hi Jo,\n\nWe would be glad to offer you the Support Worker post.\n\nMoira Tait\nService Manager\nGlenbrae Care, Perth\n\nGlenbrae Care Ltd is registered with the Care Inspectorate.\n',
      ),
    ).toBe('Glenbrae Care');
  });

  it('reads "Client" as an agency\'s client, not a name, and the employer after an abbreviated title', () => {
    expect(
      company(
        'Lee Marsh <lee@bramblepeople.example>',
        'next round',
        'Client wants to see you again, final round with their GM at Oakridge Plastics on Friday. Can you do it?\nLee\n',
      ),
    ).toBe('Oakridge Plastics');
  });

  it("reads a contract's renewal or extension leading the subject as no client", () => {
    expect(
      company(
        'Sam Ortiz <sam@larkspur-consulting.example>',
        'Renewal – Data Analyst contract',
        'Hi Priya,\n\nThe client would like to keep you for another three months at the same rate. Shall I confirm?\n\nSam\nLarkspur Consulting\n',
      ),
    ).toBe('Larkspur Consulting');
  });

  it('reads a Dutch "-hoofd" line as a title, not the employer', () => {
    expect(
      company(
        'Stad Menen – Personeelsdienst <selectie@menen-stad.example>',
        'Uw kandidatuur',
        'Geachte mevrouw Claes,\n\nHelaas werd uw kandidatuur niet weerhouden.\n\nMet vriendelijke groeten,\n\nKoen Lefevre\nAfdelingshoofd Personeel\nStad Menen\n',
      ),
    ).toBe('Stad Menen');
  });
});
