/**
 * The employer when an intermediary writes (issue 3): a staffing agency, a job portal, a booking
 * bot or a platform names its client, and the client is the company; with no client named the
 * agency stays. The cases are invented for this file; none is taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const company = (from: string, subject: string, body: string): string | null =>
  extractDetails({ subject, from, date: '2026-03-04T10:00:00Z', body }, { timeZone: 'UTC' }).company;

describe('an agency names its client', () => {
  it('reads the client after "the client", "le client", "unser Kunde, die"', () => {
    expect(
      company(
        'Radu Petrescu <radu@ironbridge-staffing.example>',
        'Forklift interview',
        'Hi Sam\n\nthe client Marlow Paints asked to see you Friday 10:00 at the depot.\n\nRadu\nIronbridge Staffing',
      ),
    ).toBe('Marlow Paints');
    expect(
      company(
        'Agence Intérim Loire Emploi <missions@loire-emploi.example>',
        'Votre mission',
        'Bonjour Léa,\n\nLe client Menuiserie Caradec souhaite prolonger votre mission.\n\nCordialement,\nSolène\nLoire Emploi',
      ),
    ).toBe('Menuiserie Caradec');
    expect(
      company(
        'Ute Brandt <u.brandt@flexa-personal.example>',
        'Vorstellungsgespräch',
        'Hallo Herr Klein,\n\nunser Kunde, die Havelstahl GmbH, möchte Sie gerne kennenlernen.\n\nUte Brandt\nFlexa Personaldienstleistungen',
      ),
    ).toBe('Havelstahl GmbH');
  });

  it('reads the client a headhunter or a manpower agency reports on', () => {
    expect(
      company(
        'Piotr Wrona <piotr@baltictechhunters.example>',
        'Feedback',
        'Hi Ola,\n\nI got the final feedback from Quillon Bank after the panel. They chose another candidate.\n\nPiotr\nBaltic Tech Hunters',
      ),
    ).toBe('Quillon Bank');
    expect(
      company(
        'Joy Santos <joy@tagumpaymanpower.example>',
        'Update',
        'Hi Mark,\n\nThank you for attending the interview with Harbourview Medical Center last week. Sadly you were not selected.\n\nJoy Santos\nTagumpay Manpower Services',
      ),
    ).toBe('Harbourview Medical Center');
  });

  it('reads the client a CV went to, or a phone call was with', () => {
    expect(
      company(
        'Ines Kovac <ines@adriatic-it.example>',
        'next step',
        'Hello Marko,\n\nI presented your CV to Velcor Software and they want to meet you.\n\nInes\nAdriatic IT Recruitment',
      ),
    ).toBe('Velcor Software');
    expect(
      company(
        'Tom Reyes <tom@bluecrest-talent.example>',
        'good news',
        'Dana,\n\nJust got off the phone with Orrin Medical Devices. They want to bring you on.\n\nTom\nBluecrest Talent',
      ),
    ).toBe('Orrin Medical Devices');
  });

  it('keeps "St." in a client that loves the candidate, and a client the subject leads with', () => {
    expect(
      company(
        'Mia Ford <mia@beaconcare-staffing.example>',
        'Extension',
        'Hey Jo!\n\nGreat news — St. Brigid Medical Center loves you and wants to extend your assignment.\n\nMia\nBeaconcare Staffing',
      ),
    ).toBe('St. Brigid Medical Center');
    expect(
      company(
        'Owen Hale <owen.hale@fernstaffing.example>',
        'RE: Tallowick – analyst role',
        'Hi Priya,\n\nSorry for the wait. They have come back as a no for the analyst role.\n\nOwen\n\nOwen Hale | Consultant\nFern Staffing Ltd | 020 7946 0000',
      ),
    ).toBe('Tallowick');
  });

  it('keeps the agency when no client is named', () => {
    expect(
      company(
        'Owen Hale <owen.hale@fernstaffing.example>',
        'Your registration',
        'Hi Priya,\n\nThanks for registering with us. I will call you next week.\n\nOwen Hale | Consultant\nFern Staffing Ltd',
      ),
    ).toBe('Fern Staffing Ltd.');
  });
});

describe('a portal, a bot or a platform mails for the employer', () => {
  it('takes the employer over a job portal and an apprenticeship provider', () => {
    expect(
      company(
        'CareJobs Portal <noreply@carejobs-portal.example>',
        'Decision on your application',
        'Dear Sam\n\nPorter – Band 2 – Riverbend General Hospital\n\nUnfortunately you have not been shortlisted.\n\nYours sincerely\nRiverbend General Hospital Recruitment',
      ),
    ).toBe('Riverbend General Hospital');
    expect(
      company(
        'Trademark Apprenticeships <apprenticeships@trademark-training.example>',
        'Assessment day',
        'Hi Sam,\n\nGood news – Pell & Rowe Plumbing have shortlisted you for their apprenticeship. You will have a short chat with the employer.\n\nCheers,\nLiam\nTrademark',
      ),
    ).toBe('Pell & Rowe Plumbing');
  });

  it("reads a booking bot's event title, never the meeting tool", () => {
    expect(
      company(
        'Booking Bot <notifications@slotbook.example>',
        'Interview slot confirmed',
        'A new event has been scheduled.\n\nEvent: Interview – Junior Analyst (Ashdown & Pike LLP)\nDate/Time: 10:00, Thursday, 30 April 2026\nLocation: Microsoft Teams\n',
      ),
    ).toBe('Ashdown & Pike LLP');
  });

  it('takes the employer a "powered by" platform sends for', () => {
    expect(
      company(
        'Corvel Robotics via Offerly <no-reply@offerly.example>',
        'Your offer from Corvel Robotics',
        'Hi Ana,\n\nCorvel Robotics has sent you an offer for the position of Test Engineer.\n\nReview it in the app.\n\nPowered by Offerly.',
      ),
    ).toBe('Corvel Robotics');
  });
});
