/**
 * Targeted cases for the classifier: what must decide (the sender's newest words, a forwarded
 * offer they point at) and what must not (quoted history, signatures, marketing "offers", the
 * reader's own sent mail, internal hiring mail, non-job decisions). Emails written for this test.
 */
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../src/core/detect';
import type { EmailInput } from '../../../src/core/detect/types';

const RECRUITER = 'Dana Lee <dana.lee@acme-robotics.example>';
const READER = 'Sam Rivera <sam.rivera@mail.example>';

const mail = (body: string, subject = '', from = RECRUITER, to: string | undefined = READER): EmailInput => ({
  subject,
  from,
  body,
  ...(to === undefined ? {} : { to }),
  date: '2026-03-02T09:00:00-05:00',
});

describe('the newest message decides, not the quote or the signature', () => {
  it('"offer" only in the quoted part does not decide', () => {
    const body = `Thanks Dana, Tuesday is fine for the paperwork. See you then.

Sam

On Mon, Mar 2, 2026 at 9:00 AM Dana Lee <dana.lee@acme-robotics.example> wrote:
> Hi Sam, we are delighted to offer you the position of Data Analyst.
> Please sign the attached offer letter.`;
    expect(classifyEmail(mail(body, 'Re: Your offer', READER, RECRUITER)).kind).toBe('other');
    // even without a recipient to compare addresses with
    expect(classifyEmail(mail(body, 'Re: Your offer', READER, undefined)).kind).not.toBe('offer');
  });

  it('"offer" only in an Outlook-quoted block does not decide', () => {
    const body = `Hi Dana,

Thank you so much for the offer. After a lot of thought I have decided to decline; I am staying in my current team.

Best,
Sam

-----Original Message-----
From: Dana Lee <dana.lee@acme-robotics.example>
Sent: Monday, March 2, 2026 9:00 AM
To: Sam Rivera <sam.rivera@mail.example>
Subject: Offer of employment

We are pleased to offer you the position of Data Analyst at Acme Robotics.`;
    expect(classifyEmail(mail(body, 'RE: Offer of employment', READER, RECRUITER)).kind).toBe('other');
    expect(classifyEmail(mail(body, 'RE: Offer of employment', READER, undefined)).kind).toBe('other');
  });

  it('"offer" and "interview" only in the signature do not decide', () => {
    const body = `Hi Sam,

Thanks for coming in. We went with somebody else for the warehouse lead spot, but we appreciate your time.

Rick
--
Rick Moreno | Harbor Freight Lines
We're hiring drivers! Walk-in interviews every Friday. Ask about our $1,000 sign-on offer.`;
    expect(classifyEmail(mail(body, 'Warehouse lead')).kind).toBe('rejection');
    const plain = `Hi neighbours,

The spring clean-up is on Saturday at 10am by the library.

Best wishes,
Pat
--
Pat Green, chair
Listen to my interview on the local radio! Special offer for members: 10% off at the garden centre.`;
    expect(classifyEmail(mail(plain, 'Spring clean-up', 'Pat <pat@neighbours.example>')).kind).toBe('other');
  });

  it('a job phrase in reported speech counts for less than the writer talking', () => {
    const body = `ugh. heard back from the museum today. they said they "decided to move forward with another candidate" which means the intern got it lol

drinks friday?
k`;
    expect(classifyEmail(mail(body, 'well', 'Kat <kat@mail.example>')).kind).toBe('other');
  });
});

describe('a forwarded or attached offer the sender points to counts', () => {
  it('a short forward of an offer letter', () => {
    const body = `Hi Sam, please see the offer below - HR will send the signed copy tomorrow.

Dana

---------- Forwarded message ---------
From: People Team <people@acme-robotics.example>
Date: Mon, Mar 2, 2026 at 8:00 AM
Subject: Offer of employment - Data Analyst
To: Dana Lee <dana.lee@acme-robotics.example>

Dear Sam Rivera,
We are pleased to offer you the position of Data Analyst, starting April 6, 2026, at a base salary of $82,000.`;
    expect(classifyEmail(mail(body, 'Fwd: Offer of employment - Data Analyst')).kind).toBe('offer');
  });

  it('an Outlook forward ("FW:") with only a pointer on top', () => {
    const body = `Sam - see below, congratulations!

From: People Team <people@acme-robotics.example>
Sent: Monday, March 2, 2026 8:00 AM
To: Dana Lee <dana.lee@acme-robotics.example>
Subject: Offer of employment

We are pleased to extend an offer of employment for the position of Data Analyst.`;
    expect(classifyEmail(mail(body, 'FW: Offer of employment')).kind).toBe('offer');
  });

  it('an attached offer letter', () => {
    const body = `Hi Sam,

Please see the attached offer letter for the Data Analyst role and let me know if you have questions.

Dana`;
    expect(classifyEmail(mail(body, 'Your offer letter')).kind).toBe('offer');
  });
});

describe('marketing and other non-job "offers" stay other', () => {
  const cases: [string, string, string][] = [
    [
      "Sam, you're pre-approved!",
      'Your pre-approved offer is waiting: 0% intro APR for 15 months. Accept your offer by March 31. To unsubscribe from marketing emails, click here.',
      'offers@email.bigbank.example',
    ],
    [
      'Last chance: 40% off Pro (offer ends Friday)',
      'Upgrade today and save 40%. This exclusive offer ends Friday at midnight. Manage your email preferences or unsubscribe.',
      'team@notes-app.example',
    ],
    [
      'Your offer on 12 Elm Street',
      'Good news: the sellers have accepted your offer of $410,000. The deposit is due within 24 hours and the home inspection is booked for Tuesday.',
      'agent@realty.example',
    ],
    [
      'Webinar: negotiating your first job offer',
      'Join our free webinar on how to negotiate a job offer and ace your final interview. Register now. Unsubscribe any time.',
      'events@careerclub.example',
    ],
    [
      'Decision on your talk proposal',
      'Thank you for submitting your talk proposal. Unfortunately we were not able to accept your submission this year; the program committee received 900 proposals.',
      'cfp@devconf.example',
    ],
    [
      'Your rental application',
      'Thank you for applying for the apartment at 4 Pine Road. Unfortunately the landlord has chosen another applicant.',
      'leasing@homes.example',
    ],
    [
      'We have received your application',
      'Thank you for applying for the Data Analyst position. We have received your application and our team will review it. If your experience matches the role, we will contact you to schedule an interview.',
      'no-reply@jobs.acme-robotics.example',
    ],
    [
      '12 new jobs for Data Analyst',
      'Your daily job alert: 12 new jobs match your saved search. Data Analyst at Northwind - interviewing now. See all jobs. Unsubscribe.',
      'alerts@jobsite.example',
    ],
  ];
  it.each(cases)('%s', (subject, body, from) => {
    expect(classifyEmail(mail(body, subject, from)).kind).toBe('other');
  });
});

describe('the reader on the other side stays other', () => {
  it("the reader's own sent decline", () => {
    const body = `Hi Dana,

Thank you for the offer and for your time over the last few weeks. I have decided to decline, as I have accepted another position closer to home.

I hope our paths cross again.
Sam`;
    expect(classifyEmail(mail(body, 'Re: Offer - Data Analyst', READER, RECRUITER)).kind).toBe('other');
    // first-person wording decides even when the addresses say nothing
    expect(classifyEmail(mail(body, 'Re: Offer - Data Analyst', READER, undefined)).kind).toBe('other');
  });

  it("the reader's own sent acceptance in German", () => {
    const body = `Sehr geehrte Frau Lee,

vielen Dank für das Angebot. Ich nehme das Angebot sehr gerne an und freue mich auf den Start am 1. April.

Viele Grüße
Sam Rivera`;
    expect(classifyEmail(mail(body, 'AW: Ihr Vertragsangebot', READER, RECRUITER)).kind).toBe('other');
  });

  it('internal mail: the reader is an interviewer or the hiring manager', () => {
    const body = `Hi Jo,

Can you interview a candidate for the Senior Accountant role on Thursday at 2pm? I'll send the resume and the scorecard this afternoon.

Thanks!
Dana`;
    expect(
      classifyEmail(mail(body, 'Interview Thursday?', RECRUITER, 'Jo Park <jo.park@acme-robotics.example>')).kind,
    ).toBe('other');
  });

  it("a friend's news about their own offer", () => {
    const body = `OMG they called me at lunch and offered me the job!!! I start in May. Drinks on me Saturday?
J`;
    expect(classifyEmail(mail(body, 'I GOT IT', 'Jamie <jamie@mail.example>')).kind).toBe('other');
  });
});

describe('job emails in every supported language', () => {
  const cases: [string, string, string, string][] = [
    [
      'en',
      'offer',
      'Offer - Product Designer',
      'We would love for you to join us as our Product Designer. Your offer letter is attached.',
    ],
    [
      'en',
      'rejection',
      'Your application',
      'Thank you for your interest. After careful consideration we have decided not to move forward with your application.',
    ],
    [
      'en',
      'interview',
      'Next steps',
      'We would like to invite you to a video interview. Are you available on Thursday at 10am?',
    ],
    [
      'de',
      'interview',
      'Einladung',
      'Wir möchten Sie gerne zu einem Vorstellungsgespräch am Dienstag um 14:00 Uhr einladen.',
    ],
    [
      'de',
      'rejection',
      'Ihre Bewerbung',
      'Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.',
    ],
    [
      'fr',
      'offer',
      "Proposition d'embauche",
      'Nous avons le plaisir de vous proposer le poste de chargé de projet en CDI.',
    ],
    [
      'fr',
      'rejection',
      'Votre candidature',
      "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.",
    ],
    [
      'es',
      'interview',
      'Entrevista',
      'Nos gustaría conocerte en una entrevista el martes a las 10:00. ¿Te viene bien?',
    ],
    [
      'es',
      'offer',
      'Carta de oferta',
      'Nos alegra mucho ofrecerte el puesto de analista. Te adjuntamos la carta de oferta.',
    ],
    [
      'pt',
      'rejection',
      'Retorno sobre sua candidatura',
      'Infelizmente decidimos avançar com outro candidato para a vaga de analista.',
    ],
    [
      'pt',
      'interview',
      'Convite para entrevista',
      'Gostaríamos de convidá-lo para uma entrevista na quarta-feira às 15h.',
    ],
    ['nl', 'offer', 'Aanbod', 'We bieden je graag de functie van verpleegkundige aan, met een salaris volgens de cao.'],
    [
      'nl',
      'rejection',
      'Uw sollicitatie',
      'Helaas moeten wij u meedelen dat wij hebben gekozen voor een andere kandidaat.',
    ],
  ];
  it.each(cases)('%s %s', (language, kind, subject, body) => {
    const result = classifyEmail(mail(`${body}\n\nDana`, subject));
    expect(result.kind).toBe(kind);
    expect(result.language).toBe(language);
    expect(result.evidence.length).toBeGreaterThan(0);
    expect(result.confidence).toBeGreaterThan(0.5);
  });
});

describe('the result explains itself', () => {
  it('evidence quotes the email', () => {
    const body = 'Hi Sam,\n\nUnfortunately we have decided to move forward with other candidates.\n\nDana';
    const result = classifyEmail(mail(body, 'Application update'));
    expect(result.kind).toBe('rejection');
    for (const phrase of result.evidence)
      expect(`${body} Application update`.toLowerCase()).toContain(phrase.toLowerCase());
  });
});
