/**
 * Company, round s14: a subject's middle part names the employer that the body names only in short
 * ("Interim FBP – Dunmore Foods – good news!" with "Dunmore's CFO" in the body); a German doctor's
 * degree ("Dr. rer. nat.") is part of no name, so the line it opens is the signer's, not the employer's.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const company = (from: string, subject: string, body: string) =>
  extractDetails({ from, subject, body, date: '2026-03-02T09:00:00Z' }, { kind: 'offer' }).company;

describe("a subject's middle part", () => {
  it('gives the fuller name of the employer the body names in short', () => {
    expect(
      company(
        'Ravi Chaudhry <ravi@castellaninterim.example>',
        'Interim FBP – Harwick Foods – good news!',
        "Ilse,\n\nJust off the phone with Harwick's CFO. They want you for the interim contract!\n\nRavi\nCastellan Interim Finance\n",
      ),
    ).toBe('Harwick Foods');
  });

  it('is not read as the employer when it is the job title', () => {
    expect(
      company(
        'Mia Stone <mia@brackenlaw.example>',
        'Offer – Trainee Solicitor – next steps',
        'Hi Sam,\n\nWe are delighted to offer you the training contract.\n\nMia Stone\nBracken Law LLP\n',
      ),
    ).toBe('Bracken Law LLP');
  });
});

describe("a doctor's degree before the signer's name", () => {
  it('leaves the name line to the signer and takes the employer from the next line', () => {
    expect(
      company(
        'Dr. Katrin Albers <k.albers@labor-albers.example>',
        'Zusage – Laborleitung',
        'Liebe Frau Nowak,\n\nich freue mich, Ihnen mitteilen zu können, dass wir Sie gerne als Laborleitung in unserem Institut einstellen möchten.\n\nHerzliche Grüße\nKatrin Albers\n\nDr. rer. nat. Katrin Albers\nGeschäftsführerin, Institut Dr. Albers GmbH – Medizinisches Labor\n',
      ),
    ).toBe('Institut Dr. Albers GmbH');
  });

  it('still reads "Nat", without a dot, as a first name', () => {
    const details = extractDetails(
      {
        from: 'Nat Okafor <nat@brindleandco.example>',
        subject: 'the job',
        body: 'Hi Sam,\n\nthe barista job is yours if you want it. Can you start Monday?\n\nNat Okafor\nBrindle & Co\n',
        date: '2026-03-02T09:00:00Z',
      },
      { kind: 'offer' },
    );
    expect(details.contact).toBe('Nat');
  });
});
