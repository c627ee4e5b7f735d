/**
 * Company extraction when the sender is not the employer: a hiring platform mailing in an
 * employer's name, an agency passing on its client's answer, and a domain that squashes or
 * abbreviates the name the text writes in full. Beside each, mail where the sender IS the
 * employer, which must keep giving the sender's name.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const company = (from: string, subject: string, body: string): string | null =>
  extractDetails({ from, subject, body, date: '2026-03-02T09:00:00Z' }).company;

describe('mail sent through a hiring platform', () => {
  it('names the employer of a platform whose own name is the sender', () => {
    expect(
      company(
        'Quillhire Notifications <notifications@quillhire-mail.example>',
        'Your application for Warehouse Lead',
        'Hello Sam,\n\nThank you for applying for the Warehouse Lead opening at Tern Valley Freight.\n\nThe hiring team has reviewed every application and will not be taking yours further.\n\nTern Valley Freight | People Team\n\nThis email was sent via Quillhire on behalf of Tern Valley Freight. Replies are not read.',
      ),
    ).toBe('Tern Valley Freight');
  });

  it('reads the employer from the sender name on the platform domain, even one that reads like a person', () => {
    expect(
      company(
        'Marsh Fietsen <noreply@plaatsing-ats.example>',
        'Update over je sollicitatie',
        'Beste Noor,\n\nWe hebben gekozen voor een andere kandidaat.\n\nTeam Recruitment\nMarsh Fietsen\n\nDit bericht is automatisch verstuurd. Je kunt niet reageren.',
      ),
    ).toBe('Marsh Fietsen');
  });

  it('keeps an employer that signs the automated mail on an unrelated domain', () => {
    expect(
      company(
        'Kelpie Bay Credit Union <no-reply@rosterline.example>',
        'Application status: Teller',
        'Dear Chris,\n\nYour application for Teller has been reviewed. You have not been selected to go further.\n\nKelpie Bay Credit Union\nEqual Opportunity Employer',
      ),
    ).toBe('Kelpie Bay Credit Union');
  });

  it('keeps the employer whose own careers mailbox sends the notification', () => {
    expect(
      company(
        'Harrowgate Foods Careers <no-reply@harrowgatefoods.example>',
        'Interview invitation – Line Supervisor',
        'Hi Dev,\n\nWe would like to invite you to interview for the Line Supervisor role at Harrowgate Foods.\n\nHarrowgate Foods Talent Team',
      ),
    ).toBe('Harrowgate Foods');
  });
});

describe('an agency writing for its client', () => {
  it('names the client the agency heard back from', () => {
    expect(
      company(
        'Ros Baird <ros@pinehurstrecruit.example>',
        'Quick update',
        'Jonah, heard back from Calder Surveying about the Site Engineer job. Sadly they went with someone local. I will call you about the other brief tomorrow.\n\nRos\nPinehurst Recruitment',
      ),
    ).toBe('Calder Surveying');
  });

  it('names a client introduced in French as "notre client"', () => {
    expect(
      company(
        'Luc Perrin <l.perrin@cabinet-orme.example>',
        'Suite de votre candidature',
        "Bonjour Inès,\n\nJ'ai eu le retour de notre client, la Maison Vautrin, après votre entretien. Ils ont décidé de poursuivre avec un autre profil.\n\nBien à vous,\nLuc Perrin\nConsultant – Cabinet Orme",
      ),
    ).toBe('Maison Vautrin');
  });

  it('keeps the agency when it names no client', () => {
    expect(
      company(
        'Fay Odum <fay@lindenstaffing.example>',
        'Your registration',
        'Hi Tom,\n\nThanks for coming in to register with us. We would like to offer you a temp assignment starting Monday.\n\nFay Odum\nLinden Staffing',
      ),
    ).toBe('Linden Staffing');
  });
});

describe('a fuller name written in the text over the domain form', () => {
  it('expands an abbreviation the signature uses when the body spells it out', () => {
    expect(
      company(
        'Ada Moss <amoss@harbourviewfcu.example>',
        'Interview confirmation',
        'Hi Lee,\n\nYour interview is on Friday, May 15 at 1:00 PM at\nHarbourview Federal Credit Union – Main Branch, 10 Quay Road\n\nSee you then,\nAda Moss\nBranch Manager\nHarbourview FCU',
      ),
    ).toBe('Harbourview Federal Credit Union');
  });

  it('prefers two words of the text over a squashed domain with a trailing word', () => {
    expect(
      company(
        'Nikos <nikos@saltycrabbar.example>',
        'trial shift',
        'hey jo its nikos from salty crab. come by friday at 5 for a trial shift, wear black.',
      ),
    ).toBe('Salty Crab');
  });

  it('keeps the domain spelling when the text writes the same name', () => {
    expect(
      company(
        'Mina Osei <mina@tallowandwick.example>',
        'Offer',
        'Hi Ray,\n\nWe are delighted to offer you the Store Assistant role at Tallowandwick.\n\nMina',
      ),
    ).toBe('Tallowandwick');
  });
});
