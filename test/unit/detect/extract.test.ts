/**
 * extractDetails on hand-written cases that are easy to get wrong: zones and daylight saving,
 * relative dates, deadlines that are not interview times, agencies and platforms, ATS senders,
 * team signatures, quoted history, and the localised patterns of the five other languages.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';
import type { EmailInput } from '../../../src/core/detect/types';

const mail = (over: Partial<EmailInput> & { body: string }): EmailInput => ({
  subject: 'Interview',
  from: 'Dana Lee <dana@acme-robotics.example>',
  date: '2026-03-04T10:00:00-08:00',
  ...over,
});

const at = (body: string, date: string, extra: Partial<EmailInput> = {}, timeZone?: string): string | null =>
  extractDetails(mail({ body, date, ...extra }), timeZone ? { timeZone } : undefined).interviewAt;

describe('interview time: zones and daylight saving', () => {
  it('reads PT as Pacific time with the offset in force that day', () => {
    // US clocks change on 8 March 2026.
    expect(at('Your interview is on Thursday, March 5 at 2:00 PM PT.', '2026-03-02T09:00:00-08:00')).toBe(
      '2026-03-05T14:00:00-08:00',
    );
    expect(at('Your interview is on Tuesday, March 10 at 2:30 PM PT.', '2026-03-02T09:00:00-08:00')).toBe(
      '2026-03-10T14:30:00-07:00',
    );
  });

  it('takes "EST" written in summer as New York time, which is then EDT', () => {
    expect(at('Can we do the interview on July 14 at 10am EST?', '2026-07-01T12:00:00-04:00')).toBe(
      '2026-07-14T10:00:00-04:00',
    );
  });

  it('reads CET before and after the European change (29 March 2026)', () => {
    expect(at('Interview: Friday 27 March at 14:00 CET.', '2026-03-20T09:00:00+01:00')).toBe(
      '2026-03-27T14:00:00+01:00',
    );
    expect(at('Interview: Tuesday 31 March at 14:00 CET.', '2026-03-20T09:00:00+01:00')).toBe(
      '2026-03-31T14:00:00+02:00',
    );
  });

  it('tells India Standard Time from Irish time', () => {
    expect(at('The interview is on Monday 9 March, 11:00 AM IST.', '2026-03-02T09:00:00+05:30')).toBe(
      '2026-03-09T11:00:00+05:30',
    );
    expect(at('The interview is on Monday 6 July at 11:00 (Irish time).', '2026-06-29T09:00:00+01:00')).toBe(
      '2026-07-06T11:00:00+01:00',
    );
  });

  it('prefers a named city to the abbreviation before it', () => {
    // Brisbane keeps no summer time; Sydney is on AEDT in March.
    expect(at('Interview: Friday 20 March, 13:00 AEST (Brisbane time).', '2026-03-11T13:00:00+10:00')).toBe(
      '2026-03-20T13:00:00+10:00',
    );
    expect(at('Interview: Friday 20 March at 1pm AEDT.', '2026-03-11T13:00:00+11:00')).toBe(
      '2026-03-20T13:00:00+11:00',
    );
    expect(at('Interview at 1:30 p.m. Arizona time (MST) on Monday, March 16.', '2026-03-11T11:45:00-07:00')).toBe(
      '2026-03-16T13:30:00-07:00',
    );
  });

  it('reads fixed offsets and UTC', () => {
    expect(at('Interview on 2026-03-19 at 15:00 UTC+2.', '2026-03-12T10:00:00+00:00')).toBe(
      '2026-03-19T15:00:00+02:00',
    );
    expect(at('When: 2026-03-19 15:00 UTC (60 minutes)\nInterviewer: Stefan', '2026-03-12T10:00:00+00:00')).toBe(
      '2026-03-19T15:00:00+00:00',
    );
  });

  it('reads zones written in words in the other languages', () => {
    expect(
      at('Nous vous proposons un entretien le jeudi 19 mars à 14h30 (heure de Paris).', '2026-03-10T09:00:00+01:00', {
        subject: 'Entretien',
      }),
    ).toBe('2026-03-19T14:30:00+01:00');
    expect(
      at(
        'Le proponemos una entrevista el martes 17 de marzo a las 10:00 (hora peninsular).',
        '2026-03-10T09:00:00+01:00',
        {
          subject: 'Entrevista',
        },
      ),
    ).toBe('2026-03-17T10:00:00+01:00');
    expect(
      at(
        'Convite para entrevista na terça-feira, 24 de março, às 15h (horário de Brasília).',
        '2026-03-17T14:00:00-03:00',
        {
          subject: 'Entrevista',
        },
      ),
    ).toBe('2026-03-24T15:00:00-03:00');
    expect(
      at(
        'Wir laden Sie zum Vorstellungsgespräch am Dienstag, 17.03.2026, um 10:30 Uhr (MEZ) ein.',
        '2026-03-06T11:00:00+01:00',
        {
          subject: 'Einladung zum Vorstellungsgespräch',
        },
      ),
    ).toBe('2026-03-17T10:30:00+01:00');
    expect(
      at(
        'Graag nodigen we je uit voor een gesprek op donderdag 2 april om 10u00 (Belgische tijd).',
        '2026-03-26T16:00:00+01:00',
        {
          subject: 'Uitnodiging voor een gesprek',
        },
      ),
    ).toBe('2026-04-02T10:00:00+02:00');
  });

  it("uses the reader's zone when the email states none", () => {
    const body = 'Your interview is on Wednesday 18 March at 14:00.';
    expect(at(body, '2026-03-12T11:00:00+01:00')).toBe('2026-03-18T14:00:00+00:00');
    expect(at(body, '2026-03-12T11:00:00+01:00', {}, 'America/New_York')).toBe('2026-03-18T14:00:00-04:00');
    expect(at(body, '2026-03-12T11:00:00+01:00', {}, 'Not/AZone')).toBe('2026-03-18T14:00:00+00:00');
  });
});

describe('interview time: which date and which time', () => {
  it('reads relative days against the email date', () => {
    expect(at('Are you free for a quick phone interview tomorrow around 2?', '2026-03-12T11:20:00-04:00')).toBe(
      '2026-03-13T14:00:00+00:00',
    );
    // Sent on a Friday: "next Thursday" is six days later, "Tuesday" four.
    expect(at('Would next Thursday at 11am ET work for the interview?', '2026-03-06T14:00:00-05:00')).toBe(
      '2026-03-12T11:00:00-04:00',
    );
    expect(at('Are you free Tuesday at 3pm ET for a call with our hiring manager?', '2026-03-05T11:20:00-05:00')).toBe(
      '2026-03-10T15:00:00-04:00',
    );
    expect(at('Can you come in for a trial shift this Saturday at 7?', '2026-03-04T14:00:00+11:00')).toBe(
      '2026-03-07T07:00:00+00:00',
    );
    // Sent on a Wednesday: "Friday next week" skips this Friday.
    expect(at('Could we do the interview Friday next week at 10am ET?', '2026-03-04T10:00:00-05:00')).toBe(
      '2026-03-13T10:00:00-04:00',
    );
  });

  it('takes the first proposed slot of several', () => {
    const body = "I'd love to set up an interview. Slots that work:\n  • Tue 3/10, 10am PT\n  • Wed 3/11, 1pm PT";
    expect(at(body, '2026-03-05T17:36:00-08:00')).toBe('2026-03-10T10:00:00-07:00');
  });

  it('reads day and month order from the zone and the weekday', () => {
    expect(at('Proposed interview: 10/03/2026 14:00 CET.', '2026-03-02T09:00:00+01:00')).toBe(
      '2026-03-10T14:00:00+01:00',
    );
    expect(at('Panel interview: Thursday 02/12/2026 at 10:00 AM CST.', '2026-02-05T09:00:00-06:00')).toBe(
      '2026-02-12T10:00:00-06:00',
    );
  });

  it('joins a date and a time written on different lines', () => {
    const body =
      'We are pleased to invite you to our assessment centre.\n\nDate: Thursday 2 April 2026\nArrival: 08:45 BST for a 09:00 start';
    expect(at(body, '2026-03-17T12:00:00+00:00')).toBe('2026-04-02T08:45:00+01:00');
  });

  it('skips deadlines, lengths of time, ranges and past dates', () => {
    expect(at('Please confirm your interview slot by Friday at 5pm.', '2026-03-04T10:00:00-05:00')).toBeNull();
    expect(at('The interview lasts about 1h30. Pick any slot in the link.', '2026-03-04T10:00:00+01:00')).toBeNull();
    expect(
      at('Thanks for the interview on Monday 2 March at 3pm. We will be in touch.', '2026-03-04T10:00:00-05:00'),
    ).toBeNull();
    expect(
      at(
        'Queremos te chamar para a entrevista técnica. Nossa janela é das 10h às 18h, entre quarta e sexta.',
        '2026-03-23T17:55:00-03:00',
        {
          subject: 'Entrevista técnica',
        },
      ),
    ).toBeNull();
  });

  it('gives null when no date is proposed', () => {
    expect(
      at('Could you send me a few times that work for an interview next week?', '2026-03-04T10:00:00-05:00'),
    ).toBeNull();
  });

  it('gives null for an offer or a rejection that mentions a time, told its kind as the classifier tells it', () => {
    const offer = mail({
      subject: 'Offer – Staff Engineer',
      date: '2026-03-12T15:00:00-04:00',
      body: 'We are delighted to extend you an offer for the Staff Engineer role. Your offer letter will follow. Are you free for a call tomorrow around 1pm to walk through it?',
    });
    expect(extractDetails(offer, { kind: 'offer' }).interviewAt).toBeNull();
    const rejection = mail({
      subject: 'Your application',
      date: '2026-03-12T15:00:00-04:00',
      body: 'Thank you for interviewing with us on Tuesday at 3pm. Unfortunately we have decided to move forward with other candidates.',
    });
    expect(extractDetails(rejection, { kind: 'rejection' }).interviewAt).toBeNull();
  });

  it('settles a time in a short reply to an interview thread', () => {
    const reply = mail({
      subject: 'Re: Junior Designer – times',
      date: '2026-03-11T08:12:00+11:00',
      body: 'Fri 2pm AEDT is perfect. See you at the studio.\n\n> On 10 Mar 2026, Leo wrote:\n> Thanks so much for the invite to interview for the Junior Designer role.',
    });
    expect(extractDetails(reply).interviewAt).toBe('2026-03-13T14:00:00+11:00');
  });
});

describe('company', () => {
  it('takes the name as written, not the domain', () => {
    const d = extractDetails(
      mail({
        body: 'Hi Sam,\n\nThanks for applying. We would like to invite you to interview.\n\nBest,\nDana Lee\nTalent Partner | Acme Robotics\n+1 555 0100',
      }),
    );
    expect(d.company).toBe('Acme Robotics');
    expect(d.contact).toBe('Dana');
  });

  it('strips a careers or recruiting label from the sender name', () => {
    const d = extractDetails(
      mail({
        from: 'Veridian Mutual Careers <no-reply@careers.veridianmutual.example>',
        subject: 'Action needed: review your offer',
        body: 'Congratulations! Veridian Mutual has extended you an offer for the position of Business Systems Analyst.\n\nPlease do not reply to this message.\n\nVeridian Mutual Talent Acquisition',
      }),
    );
    expect(d.company).toBe('Veridian Mutual');
    expect(d.role).toBe('Business Systems Analyst');
    expect(d.contact).toBeNull();
  });

  it('looks past an applicant-tracking system sender', () => {
    const d = extractDetails(
      mail({
        from: 'Lumen Harbor Hiring Team <no-reply@us.greenhouse-mail.io>',
        subject: 'Your application to Lumen Harbor',
        body: 'Hi Sam,\n\nThank you for your interest in the Data Analyst role at Lumen Harbor. Unfortunately we will not be moving forward.\n\nLumen Harbor Recruiting',
      }),
    );
    expect(d.company).toBe('Lumen Harbor');
    expect(d.role).toBe('Data Analyst');
    expect(d.contact).toBeNull();
  });

  it('names the client of an agency when the agency names it', () => {
    const d = extractDetails(
      mail({
        from: 'Benny Castellanos <benny@redlinestaffing.example>',
        subject: 'Good news from Cobalt',
        body: 'Jordan -\n\nCobalt Cold Storage called me back this morning and they want you for the Forklift Operator opening.\n\nBenny Castellanos\nSenior Recruiter | Redline Staffing',
      }),
    );
    expect(d.company).toBe('Cobalt Cold Storage');
    expect(d.contact).toBe('Benny');
  });

  it('keeps the agency when the client stays unnamed', () => {
    const d = extractDetails(
      mail({
        from: 'Claire Lind <claire@pinemoorsearch.example>',
        subject: 'Confidential: offer from my client — VP Finance',
        body: 'Owen,\n\nMy client has asked me to extend an offer for the VP of Finance role. I still cannot put their name in writing.\n\nBest regards,\nClaire\n\nClaire Lind | Partner\nPinemoor Search Partners',
      }),
    );
    expect(d.company).toBe('Pinemoor Search Partners');
    expect(d.role).toBe('VP of Finance');
  });

  it('names the client of a freelance platform', () => {
    const d = extractDetails(
      mail({
        from: 'GigDock <no-reply@gigdock.example>',
        subject: "You've received an offer: Mobile developer (30 hrs/week)",
        body: 'Hi Aarav,\n\nBrightmoor Analytics sent you an offer for the job "Mobile developer (30 hrs/week)".\n\nClient note: "Loved the test task."\n\nGigDock · Work from anywhere',
      }),
    );
    expect(d.company).toBe('Brightmoor Analytics');
  });

  it('reads a Workday sender by its mailbox', () => {
    const d = extractDetails(
      mail({
        from: 'Workday <quillfeather@myworkday.com>',
        subject: 'Application update',
        body: 'Thank you for applying to Quillfeather Books. We have decided to pursue other candidates for the Editor position.',
      }),
    );
    expect(d.company).toBe('Quillfeather Books');
  });

  it('ignores names in the quoted history', () => {
    const d = extractDetails(
      mail({
        from: 'Noor Haddad <noor@tessellatelabs.example>',
        subject: 'Re: Final round feedback',
        body: 'Hi Priya,\n\nThe team would like to extend you an offer for Staff Backend Engineer!\n\nNoor\n\nNoor Haddad | Technical Recruiting Lead\nTessellate Labs\n\nOn Mon, Mar 9, 2026 at 10:41 AM Priya Natarajan <priya@mail.example> wrote:\n> Hi Noor, I also have a process with Globex Corporation for a Principal Engineer role.\n> Best,\n> Priya',
      }),
    );
    expect(d.company).toBe('Tessellate Labs');
    expect(d.role).toBe('Staff Backend Engineer');
    expect(d.contact).toBe('Noor');
  });
});

describe('role, contact and contacts', () => {
  it('reads localised title patterns', () => {
    const role = (subject: string, body: string): string | null => extractDetails(mail({ subject, body })).role;
    // Gender markers like "(m/w/d)" are left out: the title goes into a thank-you note.
    expect(role('Ihre Bewerbung', 'vielen Dank für Ihre Bewerbung als Softwareentwickler (m/w/d) bei uns.')).toBe(
      'Softwareentwickler',
    );
    expect(role('Votre candidature', 'Nous avons étudié votre candidature au poste de Chargée de communication.')).toBe(
      'Chargée de communication',
    );
    expect(role('Tu candidatura', 'Gracias por tu interés en el puesto de Analista de Datos en nuestra empresa.')).toBe(
      'Analista de Datos',
    );
    expect(role('Sua candidatura', 'Agradecemos o seu interesse na vaga de Analista de Sistemas e o seu tempo.')).toBe(
      'Analista de Sistemas',
    );
    expect(
      role('Uw sollicitatie', 'Hartelijk dank voor uw sollicitatie naar de functie van Verpleegkundige bij ons.'),
    ).toBe('Verpleegkundige');
  });

  it('reads titles around "position", "role" and "as a"', () => {
    const role = (body: string, subject = 'Update'): string | null => extractDetails(mail({ subject, body })).role;
    expect(role('Thank you for the take-home you submitted for the Frontend Engineer role.')).toBe('Frontend Engineer');
    expect(
      role(
        "We'd like to offer you the position of Registered Nurse, Cardiac Step-Down Unit (Req #44871), reporting to Angela.",
      ),
    ).toBe('Registered Nurse, Cardiac Step-Down Unit');
    expect(role('We would love to welcome you as a Summer Research Intern in the Protein group.')).toBe(
      'Summer Research Intern',
    );
    expect(role('Hi,', 'Interview invitation – Teacher of Mathematics')).toBe('Teacher of Mathematics');
  });

  it('takes the contact from the signature, not the team mailbox', () => {
    const d = extractDetails(
      mail({
        from: 'City of Larkfield Human Resources <hr@larkfield.gov.example>',
        subject: 'Conditional Offer – Civil Engineer II',
        body: 'Dear Ms. Adeyemi,\n\nThe City of Larkfield is pleased to extend a conditional offer of employment for the position of Civil Engineer II.\n\nSincerely,\n\nAnthony Reyes\nSenior Human Resources Analyst\nCity of Larkfield',
      }),
    );
    expect(d.contact).toBe('Anthony');
    expect(d.company).toBe('City of Larkfield');
    expect(d.role).toBe('Civil Engineer II');
    expect(d.contacts[0]).toEqual({ name: 'Anthony Reyes', email: null, role: 'recruiter' });
  });

  it('keeps a two-word given name the sender goes by', () => {
    const d = extractDetails(
      mail({
        from: 'Chua Wei Ling <weiling_chua@urbanwaters.gov.example>',
        body: 'Dear Marcus,\n\nWe are pleased to offer you the position of Engineer.\n\nRegards,\nChua Wei Ling (Ms)\nSenior Manager, Human Resource\nUrban Waters Board',
      }),
    );
    expect(d.contact).toBe('Wei Ling');
  });

  it('lists the interviewers named in the body', () => {
    const d = extractDetails(
      mail({
        body: "Hi Sam,\n\nYour interview is on Tuesday, March 10 at 2pm PT. You'll meet with Priya Nair (Engineering Manager) and Tom Ortiz.\n\nBest,\nDana Lee\nRecruiter, Acme Robotics",
      }),
    );
    expect(d.contacts).toEqual([
      { name: 'Dana Lee', email: 'dana@acme-robotics.example', role: 'recruiter' },
      { name: 'Priya Nair', email: null, role: 'interviewer' },
      { name: 'Tom Ortiz', email: null, role: 'interviewer' },
    ]);
  });

  it('names nobody for an unsigned no-reply message', () => {
    const d = extractDetails(
      mail({
        from: 'Orbitel <no-reply@hire.orbitel.example>',
        subject: 'Your application to Orbitel',
        body: 'Thank you for applying for the Site Reliability Engineer position. We have selected other applicants.',
      }),
    );
    expect(d.contact).toBeNull();
    expect(d.contacts).toEqual([]);
    expect(d.company).toBe('Orbitel');
  });
});

describe('interview times at the edge of the calendar', () => {
  it('gives null rather than a five-digit year when the email is dated in year 9999', () => {
    const details = extractDetails({
      subject: 'Tuesday, March 10 at 2:30 PM PT',
      from: '',
      date: '9999-05-15T00:00:00.000Z',
      body: '!Interview',
    });
    expect(details.interviewAt).toBeNull();
  });
});
