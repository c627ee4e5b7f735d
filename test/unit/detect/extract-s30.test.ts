/**
 * Extraction, round s30:
 * - Field lines that name the job with "Application:" or "Rank:", and event lines that name it after "call"
 *   ("Intro call: …") or "offer letter" ("Document: Offer Letter – …").
 * - A title written with ".NET" keeps it ("Senior .NET Developer").
 * - A branch after a title is no part of it: Spanish "Sucursal …", Spanish and Portuguese "Centro …" after a dash.
 * - Dutch "willen" and "kunnen" end a title read forwards ("de functie van X willen aanbieden").
 * - A place after the employer's name in the signature or the From line ("Carrow & Finch Ireland") is the
 *   office's, when the message writes the name without it; other words there are the name's own
 *   ("Tideline Analytics").
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const mail = (subject: string, body: string, from = 'Priya Nair <priya.nair@brackenfold.example>') => ({
  from,
  subject,
  body,
  date: '2026-03-02T09:00:00+00:00',
});

describe('a title on a field or event line', () => {
  it('is read after "Application:"', () => {
    const { role } = extractDetails(
      mail(
        'Brackenfold Capital – your application',
        'Dear Ms Osei,\n\nApplication: Graduate Risk Analyst (Ref 44-RA-019)\n\nThank you for the time you gave us. After careful review we will not be taking your application further.\n\nBrackenfold Capital Recruitment',
      ),
      { kind: 'rejection' },
    );
    expect(role).toBe('Graduate Risk Analyst');
  });

  it('is read after "Rank:", as crewing agencies write it', () => {
    const { role } = extractDetails(
      mail(
        'Assignment confirmed – MV Corran Bay',
        'Good day,\n\nThe owners have approved your line-up.\n\nRank: Second Engineer\nVessel: MV Corran Bay\nJoining: Rotterdam, 2 May\n\nKindly confirm by reply.\n\nMarites Lopez\nCrewing Officer',
        'Marites Lopez <m.lopez@harbourcrew.example>',
      ),
      { kind: 'offer' },
    );
    expect(role).toBe('Second Engineer');
  });

  it('is read after "Intro call:" and after "Offer Letter –"', () => {
    const booked = extractDetails(
      mail(
        'Booked: intro call with Brackenfold',
        "You're booked!\n\nIntro call: Platform Engineer, Payments\nBrackenfold Capital\n\nWhen: Tuesday 10 March, 4:00 PM GMT",
        'Brackenfold Talent <no-reply@brackenfold.example>',
      ),
      { kind: 'interview' },
    );
    expect(booked.role).toBe('Platform Engineer, Payments');
    const signing = extractDetails(
      mail(
        'Reminder: a document awaits your signature',
        'Brackenfold Capital sent you a document to review and sign.\n\nDocument: Offer Letter – Treasury Operations Associate\nStatus: awaiting your signature',
        'Brackenfold via SignDesk <no-reply@signdesk.example>',
      ),
      { kind: 'offer' },
    );
    expect(signing.role).toBe('Treasury Operations Associate');
  });
});

describe('the words of a title', () => {
  it('keep ".NET"', () => {
    const { role } = extractDetails(
      mail(
        'Your offer',
        "Hi Tom,\n\nWe'd love to offer you the role of Senior .NET Developer in our Leeds team, starting in April.\n\nPriya",
      ),
      { kind: 'offer' },
    );
    expect(role).toBe('Senior .NET Developer');
  });

  it('leave out a branch written after them', () => {
    const branch = extractDetails(
      mail(
        'Propuesta laboral',
        'Hola Daniela:\n\nNos da gusto ofrecerte el puesto de Cajera Principal Sucursal Polanco, con inicio el lunes 6 de abril.\n\nSaludos,\nRocío',
      ),
      { kind: 'offer' },
    );
    expect(branch.role).toBe('Cajera Principal');
    const centre = extractDetails(
      mail(
        'Proposta de trabalho',
        'Olá Bruno,\n\nTemos o prazer de oferecer a você a vaga de Auxiliar de Logística – Centro de Distribuição Cajamar, com início em 4 de maio.\n\nAbraços,\nRenata',
      ),
      { kind: 'offer' },
    );
    expect(centre.role).toBe('Auxiliar de Logística');
  });

  it('end before Dutch "willen"', () => {
    const { role } = extractDetails(
      mail(
        'Aanbod',
        'Beste Noor,\n\nWe hebben goed nieuws: we zouden je graag de functie van doktersassistent huisartsenpraktijk willen aanbieden.\n\nGroet,\nMarloes',
      ),
      { kind: 'offer' },
    );
    expect(role).toBe('doktersassistent huisartsenpraktijk');
  });
});

describe('a place after the employer in the signature', () => {
  const signed = (name: string) =>
    mail(
      'Your application – Audit Trainee',
      `Dear Lena,\n\nThank you for applying. We are unable to offer you a place this year, and you are welcome to apply to Harwell Boyce again.\n\nKind regards,\nGraduate Recruitment Team\n${name}`,
      'Harwell Boyce Careers <no-reply@careers.harwellboyce.example>',
    );

  it('is the office, when the message names the employer without it', () => {
    expect(extractDetails(signed('Harwell Boyce Ireland'), { kind: 'rejection' }).company).toBe('Harwell Boyce');
  });

  it('is kept when it is no place', () => {
    expect(extractDetails(signed('Harwell Boyce Analytics'), { kind: 'rejection' }).company).toBe(
      'Harwell Boyce Analytics',
    );
  });
});

describe("a manning agency's principal", () => {
  it('is the company, as a client is', () => {
    const { company } = extractDetails(
      mail(
        'Line-up result – C/E',
        'Dear C/E Santos,\n\nGood news. Our Norwegian principal, Tindholm Shipping AS, has accepted you for the Chief Engineer post on MV Tindholm Star, joining in Rotterdam on 12 May.\n\nKindly confirm by reply.\n\nLiza Ramos\nCrewing Manager\nSeaLink Manning Services Inc.',
        'Liza Ramos <liza.ramos@sealinkmanning.example>',
      ),
      { kind: 'offer' },
    );
    expect(company).toMatch(/^Tindholm Shipping(?: AS)?$/);
  });

  it('is no person: "our Principal, Dr. …" at a school', () => {
    const { company } = extractDetails(
      mail(
        'Interview – Year 3 Teacher',
        'Dear Sam,\n\nThank you for applying to Ashgrove Primary School. Our Principal, Dr. Irene Walsh, would like to meet you on Tuesday 10 March at 3:30pm.\n\nWarm regards,\nKaren Lee\nBusiness Manager, Ashgrove Primary School',
        'Karen Lee <k.lee@ashgroveprimary.example>',
      ),
      { kind: 'interview' },
    );
    expect(company).toBe('Ashgrove Primary School');
  });
});

describe("a tool's footer", () => {
  it('names no employer ("Sent with …")', () => {
    const { company } = extractDetails(
      mail(
        'Pick a time for your phone screen',
        "Hi Grace,\n\nThanks for your interest in the Data Analyst role at Fernhill Robotics! Grab any slot from my calendar below and you'll get an invite.\n\nTalk soon,\nMaya Osei\nTalent Partner, Fernhill Robotics\n\n—\nSent with Bookwell · Unsubscribe",
        'Maya Osei via Bookwell <scheduling@bookwell.example>',
      ),
      { kind: 'interview' },
    );
    expect(company).toBe('Fernhill Robotics');
  });
});

it('a place in brackets before the legal form is the office\'s: "(Hong Kong) Limited"', () => {
  const { company } = extractDetails(
    mail(
      'Application update',
      'Dear Ms Chan,\n\nThank you for your interest in Kowloon Crest Capital. We will not be moving forward with your application on this occasion.\n\nTalent Acquisition\nKowloon Crest Capital (Hong Kong) Limited',
      'Kowloon Crest Careers <careers@kowlooncrest.example>',
    ),
    { kind: 'rejection' },
  );
  expect(company).toBe('Kowloon Crest Capital');
});

describe('a sign-off written in lower case', () => {
  it('names the sender when the From line gives that name ("gruß rainer")', () => {
    const details = extractDetails(
      mail(
        'probetag',
        'moin jonas,\nkomm mal am mittwoch um 8 zum probetag in die werkstatt, danach reden wir.\n\ngruß rainer\nMeister | Tischlerei Brandt GmbH\n0171 5550788',
        'Rainer Brandt <r.brandt@tischlerei-brandt.example>',
      ),
      { kind: 'interview' },
    );
    expect(details.contact).toBe('Rainer');
    expect(details.company).toBe('Tischlerei Brandt GmbH');
  });

  it('names the sender after a word the closings do not know ("seu jorge")', () => {
    const { contact } = extractDetails(
      mail(
        'segunda',
        'fala beto, o patrão curtiu teu trabalho no teste. pode começar segunda às 8 na oficina.\nvaleu\nseu jorge\nOficina Mecânica Dois Irmãos',
        'Jorge Prado <jorge.oficina@mail.example>',
      ),
      { kind: 'offer' },
    );
    expect(contact).toBe('Jorge');
  });
});

describe('interview times', () => {
  const at = (date: string, body: string) =>
    extractDetails(
      { from: 'Noa Levi <noa@harborlight.example>', subject: 'Interview', date, body: `Hi Sam,\n\n${body}\n\nNoa` },
      { kind: 'interview' },
    ).interviewAt;

  it('read "Israel time" and "Tel Aviv time"', () => {
    expect(at('2026-02-02T09:00:00+02:00', 'Would Sunday, February 8 at 11:00 Israel time work for a call?')).toBe(
      '2026-02-08T11:00:00+02:00',
    );
    expect(at('2026-07-02T09:00:00+03:00', 'Could you do Monday 6 July at 16:00 Tel Aviv time?')).toBe(
      '2026-07-06T16:00:00+03:00',
    );
  });

  it('read "Saskatchewan time", which keeps Central Standard Time in summer', () => {
    expect(at('2025-07-20T09:00:00-06:00', 'Does Friday, July 25 at 10:30 a.m. Saskatchewan time (CST) work?')).toBe(
      '2025-07-25T10:30:00-06:00',
    );
  });

  it('read "Turkey time", "Romanian time" and a zone stated on the line that introduces the slots', () => {
    expect(at('2026-03-10T09:00:00+03:00', 'Date: 17 March 2026\nHour: 14:30 (Turkey time, TRT / GMT+3)')).toBe(
      '2026-03-17T14:30:00+03:00',
    );
    expect(at('2026-01-12T09:00:00+02:00', 'Could we meet on Tuesday, 20 January, at 11:00 AM Romanian time?')).toBe(
      '2026-01-20T11:00:00+02:00',
    );
    expect(
      at(
        '2026-05-28T09:00:00+07:00',
        'Please choose one of the slots below (Vietnam time, ICT):\nOption 1: 09:30, Thursday 04/06/2026',
      ),
    ).toBe('2026-06-04T09:30:00+07:00');
  });

  it('read a zone named by two cities ("Madrid/Barcelona time")', () => {
    expect(
      at('2025-09-10T09:00:00+02:00', 'Would Thursday 18 September at 10:00 (Madrid/Barcelona time) suit you?'),
    ).toBe('2025-09-18T10:00:00+02:00');
  });

  it('read the zone after a range that ends "about" ("10:00 bis ca. 13:00 Uhr (MEZ)")', () => {
    expect(at('2026-02-10T09:00:00+01:00', 'Termin: Dienstag, 24. Februar 2026, 10:00 bis ca. 13:00 Uhr (MEZ)')).toBe(
      '2026-02-24T10:00:00+01:00',
    );
  });
});

it('an agency\'s client named in the subject is the company after an adverb too ("Regrettably X have …")', () => {
  const { company } = extractDetails(
    {
      from: 'Aoife Brennan <aoife.brennan@keelstone-talent.example>',
      subject: 'RE: Site Engineer - Dunmore Civils',
      date: '2026-03-02T09:00:00+00:00',
      body: "Hi Martin,\n\nI've just heard back. Regrettably Dunmore Civils have gone with another candidate for the Site Engineer contract.\n\nSpeak soon,\nAoife\n\nAoife Brennan\nPrincipal Consultant\nKeelstone Talent Ltd",
    },
    { kind: 'rejection' },
  );
  expect(company).toBe('Dunmore Civils');
});

describe('Spanish titles', () => {
  it('end before "durante"', () => {
    const { role } = extractDetails(
      mail(
        'Propuesta para la temporada de cierre',
        'Hola Verónica:\n\nTe confirmo la propuesta para que te integres a Ruiz Peña Contadores como Contadora de Nóminas durante la temporada:\n\n- Periodo: de febrero a abril\n\nSaludos,\nJorge',
      ),
      { kind: 'offer' },
    );
    expect(role).toBe('Contadora de Nóminas');
  });

  it('end before "hasta" and lose a subject\'s "Seguimiento"', () => {
    const until = extractDetails(
      mail(
        'Tu incorporación',
        'Hola Marta:\n\nTe confirmamos el puesto de Cajera de reposición hasta nuevo aviso, con inicio el lunes.\n\nSaludos,\nPablo',
      ),
      { kind: 'offer' },
    );
    expect(until.role).toBe('Cajera de reposición');
    const followUp = extractDetails(
      mail(
        'Seguimiento Analista de Datos Sr',
        'Hola Iván:\n\nGracias por tu tiempo en el proceso. Lamentablemente hemos decidido avanzar con otro perfil.\n\nSaludos,\nPablo',
      ),
      { kind: 'rejection' },
    );
    expect(followUp.role).toBe('Analista de Datos Sr');
  });
});

describe('a forwarded invitation', () => {
  const forward = (subject: string, banner: string) => ({
    from: 'Dana Whitcombe <dana.w@brightpathtalent.example>',
    subject,
    date: '2026-04-14T16:00:00-07:00',
    body: `Hi Marcus,\n\nGood news! Forwarding the invite from the hiring team below; the slot works with your availability.\n\nDana\n\n${banner}\nFrom: Ingrid Solberg <ingrid@halvorsen.example>\nDate: Tue, Apr 14, 2026 at 2:05 PM\nSubject: Interview invitation\nTo: Dana Whitcombe <dana.w@brightpathtalent.example>\n\nHi Dana,\n\nWe'd like to invite Marcus to a video interview.\nProposed time: Tuesday, April 21, 2026 at 10:00 AM Pacific\n\nIngrid`,
  });

  it('gives the time the forwarded message proposes, not the time it was sent', () => {
    expect(
      extractDetails(forward('Fwd: Interview invitation', '---------- Forwarded message ---------'), {
        kind: 'interview',
      }).interviewAt,
    ).toBe('2026-04-21T10:00:00-07:00');
  });

  it('reads no time from quoted history under a reply: it may have moved', () => {
    expect(
      extractDetails(forward('Re: Interview invitation', 'On Tue, Apr 14, 2026 at 2:05 PM Ingrid Solberg wrote:'), {
        kind: 'interview',
      }).interviewAt,
    ).toBeNull();
  });
});

describe('a calendar invitation', () => {
  const invite = {
    from: 'Marisol Quintero (Google Calendar) <calendar-notification@google.example>',
    subject: 'Invitation: Technical interview @ Thu Apr 9, 2026 1pm - 2:30pm (EDT)',
    date: '2026-04-01T09:00:00-04:00',
    body: "You have been invited to the following event.\n\nTechnical interview\nWhen: Thursday Apr 9, 2026 1pm – 2:30pm Eastern Time - New York\n\nWho:\n• Marisol Quintero - organizer\n• ade.ogun@gmail.example\n\nGoing (ade.ogun@gmail.example)? Yes - Maybe - No\n\nInvitation from Google Calendar\nYou got this invitation because you're listed as a guest.",
  };

  it("names neither the calendar's footer nor its provider's domain as the employer", () => {
    const { company } = extractDetails(invite, { kind: 'interview' });
    expect(company ?? '').not.toMatch(/google/i);
  });

  it('reads "Location", "Ort", "Lieu" as labels, not signers', () => {
    const booking = (label: string) =>
      extractDetails(
        {
          from: 'Northgate Housing Trust <bookings@northgatehousing.example>',
          subject: 'Your booking is confirmed',
          date: '2026-02-20T09:00:00+00:00',
          body: `Booking confirmed\n\nService\nInterview – Tenancy Support Officer\n\nDate and time\nWednesday, 4 March 2026, 14:00\n\n${label}\nGround floor, 11 Carrow Lane, Norwich`,
        },
        { kind: 'interview' },
      ).contact;
    for (const label of ['Location', 'Ort', 'Lieu']) expect(booking(label)).not.toBe(label);
  });

  it('reads the zone a calendar writes after a range ("hora estándar de Argentina", "heure d\'été d\'Europe centrale")', () => {
    const at = (date: string, line: string) =>
      extractDetails(
        { from: 'Ana <ana@frigo.example>', subject: 'Entrevista', date, body: `Hola,\n\n${line}\n\nAna` },
        { kind: 'interview' },
      ).interviewAt;
    expect(
      at('2026-07-10T09:00:00-03:00', 'Cuándo: viernes 17 jul 2026 16:00 – 17:00 hora estándar de Argentina'),
    ).toBe('2026-07-17T16:00:00-03:00');
    expect(
      at(
        '2026-06-01T09:00:00+02:00',
        "Quand : mercredi 10 juin 2026 11:00 – 12:00 (heure d'été d'Europe centrale - Paris)",
      ),
    ).toBe('2026-06-10T11:00:00+02:00');
  });
});

describe("an agency's client", () => {
  it('is the company when the agency says who it is ("se trata de X")', () => {
    const { company } = extractDetails(
      {
        from: 'Alejandro Ruiz <aruiz@talentofinanciero.example>',
        subject: 'RE: Vacante Contralor',
        date: '2026-02-16T09:00:00-06:00',
        body: 'Vero, qué tal.\n\nLe presenté tu CV a mi cliente. Ya te puedo decir que se trata de Inmobiliaria Los Arcos. Quieren conocerte el viernes a las 5 de la tarde.\n\nSaludos,\nAlejandro Ruiz\nConsultor de Reclutamiento | Talento Financiero MX',
      },
      { kind: 'interview' },
    );
    expect(company).toBe('Inmobiliaria Los Arcos');
  });

  it('is the company when the subject names it and the message says the reader was shortlisted by it', () => {
    const { company } = extractDetails(
      {
        from: 'Sneha Kapoor <sneha.kapoor@talentkart.example>',
        subject: 'Interview Scheduled - Orbis Retail Systems - Java Developer',
        date: '2026-02-02T09:00:00+05:30',
        body: 'Hi Aditya,\n\nYour profile is shortlisted by Orbis Retail Systems for the Java Developer position. Please find the interview details below.\n\nRegards,\nSneha Kapoor\nTalent Acquisition Specialist\nTalentKart Consulting LLP',
      },
      { kind: 'interview' },
    );
    expect(company).toBe('Orbis Retail Systems');
  });
});

it('an employer\'s notice sent "via" a scheduling tool from the tool\'s automated address names the employer, not the tool', () => {
  const { company } = extractDetails(
    {
      from: 'Tidewater Payments via Slotbook <notifications@slotbook.example>',
      subject: 'Your interview is booked',
      date: '2026-02-02T09:00:00+01:00',
      body: 'Your interview is booked.\n\nVorstellungsgespräch – Verkäufer/in Feinkost\n\nTuesday, 10 February 2026, 11:00 CET\n\nReschedule | Cancel',
    },
    { kind: 'interview' },
  );
  expect(company).not.toBe('Slotbook');
});
