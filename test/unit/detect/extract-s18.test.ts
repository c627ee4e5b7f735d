/**
 * Extraction, round s18: scheduling tools pasted as text, platforms and agencies writing for an employer, and German
 * titles that name both genders. A booking tool may write the zone on the line under the time, or as its id
 * ("Europe/Vienna"); "All times UK (BST)" names a place, then the zone; a rule above a meeting invite is no reply's
 * header, and the invite's title no employer; an itinerary's times stand under the day its subject names; a platform's
 * "Studio X wrote:" relays the employer's message, which is no quoted history. A staffing firm named "… Contracts" or
 * "… RPO" yields to the client it names acting ("put your CV in front of X", "X were happy"); a marketplace's mailbox
 * yields to the employer its subject names. "Berater:in", "Sachbearbeiter*in", "Angestellte/r" and "Referentin /
 * Referent" are one title. A central recruiting body ("… Appointments Service") yields to the organisation a form
 * line ("Client organisation:") or its letter ("an appointment with the Department of …") names; "your interest in
 * working for X" names the employer. A panel or a pilot's programme after a title is not part of it, and a title that
 * is the employer's name and one head noun ("Harbour Police Officer") keeps the name. A booking tool's "Event Type:" block
 * reads like a subject; an app's job card ("Shift Supervisor · Camden") names the job; "colleague" and Portuguese
 * "delegado" are job nouns. Irish "DAC", Dutch "U.A." and "SE & Co. KG" are legal forms people leave out.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';
import { CALENDAR } from '../../../src/core/detect/extract/lexicon';

interface Mail {
  from: string;
  subject: string;
  body: string;
  date?: string;
}
const x = (m: Mail, kind?: 'interview' | 'offer' | 'rejection') =>
  extractDetails({ date: '2026-03-02T09:00:00Z', ...m }, { timeZone: 'UTC', kind });

describe("a booking tool's zone", () => {
  it('on the line under the time', () => {
    const d = x(
      {
        from: 'Larkspur Labs Scheduling <calendar@larkspurlabs.example>',
        subject: 'Booked: Data Analyst – Round 1',
        body: 'Your booking is confirmed.\n\nData Analyst – Round 1\nTue, Mar 10, 2026 · 11:30am – 12:15pm\nGulf Standard Time (GMT+04:00)\n\nMeeting link: https://meet.example/abc',
      },
      'interview',
    );
    expect(d.interviewAt).toBe('2026-03-10T11:30:00+04:00');
  });

  it('written as its id', () => {
    const d = x(
      {
        from: 'Ostwind Pflege <no-reply@ostwind.example>',
        subject: 'Bestätigung Ihres Termins',
        body: 'Guten Tag,\n\nWann: Donnerstag, 12. März 2026, 14:00 – 14:45 (Europe/Vienna)\nWo: online\n\nViele Grüße\nOstwind Pflege',
      },
      'interview',
    );
    expect(d.interviewAt).toBe('2026-03-12T14:00:00+01:00');
  });

  it('a place, then the zone, for all times', () => {
    const d = x(
      {
        from: 'Tom Hale <tom@quaysidecare.example>',
        subject: 'Interview slots',
        date: '2026-06-20T09:00:00Z',
        body: 'Hi Ana,\n\nWhich of these suits you? All times UK (BST):\n  • Thursday 25 June – 09:30\n  • Friday 26 June – 14:00\n\nThanks,\nTom',
      },
      'interview',
    );
    expect(d.interviewAt).toBe('2026-06-25T09:30:00+01:00');
  });
});

describe('a meeting invite pasted under a rule', () => {
  const mail = {
    from: 'Ruth Obi <ruth.obi@govt.example>',
    subject: 'Interview invite – Marine Surveyor',
    body: 'Hello Kai,\n\nThe invite for your panel is below.\n\n______________________________________________\nMicrosoft Teams meeting\nWednesday, 11 March 2026 10:00–11:00 (GMT) Dublin, Edinburgh, Lisbon, London\nJoin on your computer or mobile app\nMeeting ID: 300 111 222\n______________________________________________\n\nRuth Obi',
  };
  it('is no reply, so its time counts', () => {
    expect(x(mail, 'interview').interviewAt).toBe('2026-03-11T10:00:00+00:00');
  });
  it("and the meeting's title is no employer", () => {
    expect(CALENDAR.test('Microsoft Teams meeting')).toBe(true);
  });
});

describe("an itinerary's times", () => {
  it('stand under the day its subject names', () => {
    const d = x(
      {
        from: 'Nia Bell <nia.bell@ferngrove.example>',
        subject: 'Your final round schedule – Friday, March 13',
        body: 'Hi Omar,\n\nHere is your day (all times Eastern Time):\n\n9:30 AM – 10:15 AM   System design · Lee Park\n10:30 AM – 11:15 AM   Values · Ada Moss\n\nSee you then,\nNia',
      },
      'interview',
    );
    expect(d.interviewAt).toBe('2026-03-13T09:30:00-04:00');
  });
});

describe("a platform's relayed message", () => {
  it('is no quoted history', () => {
    const d = x(
      {
        from: 'Gigloom <messages@gigloom.example>',
        subject: 'New message from Copperleaf Design on Gigloom',
        body: 'You have a new message about your proposal.\n\nCopperleaf Design wrote:\n\nHi Rosa, could you do a short call on Thursday 12 March at 16:00 CET? Twenty minutes.\n– Pia\n\n[Reply]',
      },
      'interview',
    );
    expect(d.interviewAt).toBe('2026-03-12T16:00:00+01:00');
    expect(d.company).toBe('Copperleaf Design');
  });
});

describe('a staffing firm', () => {
  it('named "… Contracts" yields to the client it names', () => {
    const d = x(
      {
        from: 'Lee Cho <lee.cho@harbourpoint.example>',
        subject: 'Tester contract',
        body: 'Hi Max,\n\nThe Office for Road Safety have decided to go with another tester, so this one is not going ahead.\n\nRegards,\nLee\nHarbourpoint Contracts',
      },
      'rejection',
    );
    expect(d.company).toBe('Office for Road Safety');
  });

  it('that put your CV in front of the client', () => {
    const d = x(
      {
        from: 'Jo Tate <jo.tate@bluecrestrecruitment.example>',
        subject: 'Good news',
        body: 'Hey Sam,\n\nI put your CV in front of Westmoor Water on Monday and their ops lead wants to meet you.\n\nCheers,\nJo\n\nJo Tate | Consultant\nBluecrest Recruitment',
      },
      'interview',
    );
    expect(d.company).toBe('Westmoor Water');
  });

  it('reporting the client were happy', () => {
    const d = x(
      {
        from: 'Kay <kay@shiftpool-staffing.example>',
        subject: 'ur in!',
        body: 'Hi Dan\n\ngood news, Lantern Foods were happy with your trial so you start Monday.\n\nKay\nShiftpool Staffing',
      },
      'offer',
    );
    expect(d.company).toBe('Lantern Foods');
  });
});

describe('German titles naming both genders', () => {
  const role = (subject: string, body: string): string | null =>
    x({ from: 'Petra Lind <p.lind@stadtwerke-oberau.example>', subject, body }, 'rejection').role;
  it('"…:in" and "…*in"', () => {
    expect(
      role('Ihre Bewerbung – Projektleiter:in Netzbau', 'Guten Tag,\n\nleider müssen wir Ihnen absagen.\n\nPetra Lind'),
    ).toBe('Projektleiter:in Netzbau');
    expect(
      role(
        'Ihre Bewerbung',
        'Guten Tag,\n\nfür die Stelle als Disponent*in Fernwärme haben wir uns für jemand anderen entschieden.\n\nPetra Lind',
      ),
    ).toBe('Disponent*in Fernwärme');
  });
  it('"Referentin / Referent"', () => {
    expect(
      role(
        'Absage – Referentin / Referent Datenschutz',
        'Guten Tag,\n\nleider müssen wir Ihnen absagen.\n\nPetra Lind',
      ),
    ).toBe('Referentin / Referent Datenschutz');
  });
});

describe('a central recruiting body', () => {
  it('yields to the client organisation its form names', () => {
    const d = x(
      {
        from: 'State Jobs Office <candidates@statejobs.gov.example>',
        subject: 'Provisional offer – Executive Officer',
        body: 'Dear Lena,\n\nCompetition: Executive Officer – 26/014\nClient organisation: Land Registry Office, Cork\n\nWe are pleased to make you a provisional offer of appointment.\n\nRegards,\n\nMark Dunne\nState Jobs Office',
      },
      'offer',
    );
    expect(d.company).toBe('Land Registry Office');
  });

  it('yields to the department it appoints you with', () => {
    const d = x(
      {
        from: 'Ann Kerr <ann.kerr@statejobs.example>',
        subject: 'Assignment',
        body: 'Dear Tom,\n\nYou are being put forward for an appointment with the Department of Rural Transport in Athlone.\n\nKind regards,\n\nAnn Kerr\nRecruitment Unit\nState Appointments Service',
      },
      'offer',
    );
    expect(d.company).toBe('Department of Rural Transport');
  });

  it('"your interest in working for X" names the employer', () => {
    const d = x(
      {
        from: 'Housing Repairs Service <hr.jobs@lindfordcouncil.gov.example>',
        subject: 'Repairs Surveyor – outcome',
        body: 'Dear Mr Bell\n\nI am sorry to tell you that you have not been successful on this occasion.\n\nThank you for your interest in working for Lindford Borough Council.\n\nYours sincerely\n\nJoan Pike',
      },
      'rejection',
    );
    expect(d.company).toBe('Lindford Borough Council');
  });
});

describe('words around a title', () => {
  const role = (subject: string, body: string, from = 'Ben Ode <ben@northgate-air.example>'): string | null =>
    x({ from, subject, body }, 'offer').role;
  it('a panel after it is not part of it', () => {
    expect(role('Staff Officer Panel – your assignment', 'Dear Ola,\n\nWelcome.\n\nBen Ode')).toBe('Staff Officer');
  });
  it("a pilot's programme is not part of it", () => {
    expect(role('Trainee Pilot Programme – offer', 'Dear Ola,\n\nWelcome.\n\nBen Ode')).toBe('Trainee Pilot');
  });
  it("the employer's name before one head noun stays", () => {
    expect(
      role(
        'Harbour Police Officer – result',
        'Dear Ola,\n\nWelcome.\n\nBen Ode',
        'Harbour Police Recruitment <jobs@harbourpolice.example>',
      ),
    ).toBe('Harbour Police Officer');
  });
});

describe('a booking tool and an app', () => {
  it('"Event Type:" over its value reads like a subject', () => {
    const d = x(
      {
        from: 'Calendly <notifications@calendly.example>',
        subject: 'Confirmed: Intro call with Jo Park (Tidewell) on Tue, Mar 10, 2026',
        body: 'Hi Sam,\n\nA new event has been scheduled.\n\nEvent Type:\nTidewell Analytics – Intro call, Platform Engineer (30 min)\n\nInvitee:\nSam Lee\n\nPowered by Calendly',
      },
      'interview',
    );
    expect(d.company).toBe('Tidewell Analytics');
  });

  it("a job card's title", () => {
    const d = x(
      {
        from: 'Rotago <messages@rotago.example>',
        subject: 'Update from Birchwood Deli',
        body: 'Birchwood Deli updated your application\n\nKitchen Supervisor · Leeds\nStatus: Position filled\n\nBrowse similar jobs near you',
      },
      'rejection',
    );
    expect(d.role).toBe('Kitchen Supervisor');
  });

  it("a job card's title after the employer", () => {
    const d = x(
      {
        from: 'Jobhop <notify@jobhop.example>',
        subject: 'Interview confirmed',
        body: "You're all set!\n\nOakridge Clinic · Data Platform Engineer\nVideo interview\n\nJobhop",
      },
      'interview',
    );
    expect(d.role).toBe('Data Platform Engineer');
  });
});

describe('job nouns', () => {
  it('"colleague"', () => {
    const d = x(
      {
        from: 'Rae <rae@hollowfarm.example>',
        subject: 'start',
        body: "hi Jo, we'd like you to start as Weekend Checkout Colleague from Saturday.\n\nRae",
      },
      'offer',
    );
    expect(d.role).toBe('Weekend Checkout Colleague');
  });

  it('Portuguese "delegado"', () => {
    const d = x(
      {
        from: 'Rita Sá <rita.sa@farmavale.example>',
        subject: 'Proposta',
        body: 'Caro Rui,\n\ntemos o gosto de lhe propor a integração na Farmavale como Delegado Comercial para a zona Norte.\n\nRita Sá',
      },
      'offer',
    );
    expect(d.role).toBe('Delegado Comercial');
  });
});

describe('legal forms people leave out', () => {
  const company = (sig: string): string | null =>
    x(
      {
        from: 'Noor Haddad <noor@brightfell.example>',
        subject: 'Your application',
        body: `Dear Eva,\n\nWe would like to offer you the post.\n\nKind regards,\nNoor Haddad\nHR Partner\n${sig}`,
      },
      'offer',
    ).company;
  it('"DAC", "U.A." and "SE & Co. KG"', () => {
    expect(company('Brightfell Aviation DAC')).toBe('Brightfell Aviation');
    expect(company('Coöperatieve Brightfell U.A.')).toBe('Coöperatieve Brightfell');
    expect(company('Brightfell Spedition SE & Co. KG')).toBe('Brightfell Spedition');
  });
});
