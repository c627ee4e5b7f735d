/**
 * extractDetails on the writing styles a second corpus writer showed (issue 3): department
 * words around the sender's name, platforms and agencies that are not the employer, titles
 * written in unusual frames, sign-offs and header words that are not names, and interview
 * times and zones written the way calendars, forms and text messages write them. The cases
 * are invented for this file; none is taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';
import type { EmailInput } from '../../../src/core/detect/types';

const read = (over: Partial<EmailInput> & { body: string }, timeZone = 'UTC') =>
  extractDetails(
    {
      subject: 'Your application',
      from: 'Recruiting <jobs@example.example>',
      date: '2026-03-04T10:00:00+00:00',
      ...over,
    },
    { timeZone },
  );

describe('contact: words that are not names', () => {
  it('takes the signer, not a German sign-off or a possessive before a team', () => {
    const d = read({
      from: 'Jannik Oberle <j.oberle@tischlerei-oberle.example>',
      subject: 'Ihre Bewerbung',
      body: 'Hallo Herr Weber,\n\nleider haben wir uns für einen anderen Bewerber entschieden.\n\nGruß\nJannik Oberle\nTischlerei Oberle',
    });
    expect(d.contact).toBe('Jannik');
    const team = read({
      from: 'Ausbildung Seewerk Kiel <azubi@seewerk-kiel.example>',
      subject: 'Einladung',
      body: 'Liebe Mara,\n\nwir laden dich zum Kennenlerngespräch ein.\n\nViele Grüße\nDein Azubiteam',
    });
    expect(team.contact).toBeNull();
    // "Grüß Gott" opens the letter: no closing there, and the body is still read.
    const greeting = read({
      from: 'Sepp Huber <office@gasthof-alm.example>',
      subject: 'Ihre Bewerbung als Kellner',
      body: 'Grüß Gott Frau Maier,\n\ndanke für Ihre Bewerbung als Kellner. Leider ist die Stelle vergeben.\n\nAlles Gute\nSepp Huber\nGasthof Alm',
    });
    expect(greeting.contact).toBe('Sepp');
    expect(greeting.role).toBe('Kellner');
  });

  it('reads the name after "i. A." and skips a greeting word as a name', () => {
    const d = read({
      from: 'Personalwesen Fährhaus Nord <personal@faehrhaus-nord.example>',
      subject: 'Arbeitsvertrag',
      body: 'Sehr geehrte Frau Lenz,\n\nanbei Ihr Vertrag.\n\nMit freundlichen Grüßen\ni. V. Torben Maaß\nPersonalwesen',
    });
    expect(d.contact).toBe('Torben');
    const pt = read({
      from: 'Renata Alves <renata@cajuflow.example>',
      subject: 'Entrevista',
      body: 'Oi, Paulo! Tudo bem?\n\nQueremos conversar com você sobre a vaga de Analista de Dados na quinta.\n\nFico no aguardo!\nRenata\nTalent Partner – Caju Flow',
    });
    expect(pt.contact).toBe('Renata');
  });

  it('ends the message at an Outlook "Original Message" line and ignores action links', () => {
    const d = read({
      from: 'Odile Brandt <obrandt@larchmonthealth.example>',
      subject: 'RE: start date',
      body: 'Hi Sam,\n\nDone, the new letter is attached.\n\nOdile\n\n-----Original Message-----\nFrom: Sam Park <sam@mail.example>\nSent: Monday, March 2, 2026 9:00 AM\nSubject: start date\n\nCould we move it?',
    });
    expect(d.contact).toBe('Odile');
  });

  it('reads a messaging platform card: the sender named above the message, the platform nobody', () => {
    const d = read({
      from: 'LinkedIn <messages-noreply@linkedin.example>',
      subject: 'Tomasz sent you a message',
      body: 'Tomasz Wierzba\nFounder at Quillfeather\n\nHi Ana, we would love to bring you on as our first Support Engineer. Can we talk tomorrow?\n\nView message: https://linkedin.example/m/1\n\nReply · Not interested',
    });
    expect(d.contact).toBe('Tomasz');
    expect(d.company).toBe('Quillfeather');
    expect(d.role).toBe('Support Engineer');
    const platform = read({
      from: 'LinkedIn <jobs-noreply@linkedin.example>',
      subject: 'Your application to Data Analyst at Orrin Metrics',
      body: 'Thank you for your interest in the Data Analyst position at Orrin Metrics. Unfortunately, Orrin Metrics has decided not to proceed.',
    });
    expect(platform.contact).toBeNull();
  });

  it('greets by the first name: past a title before it, an Irish surname after it, a short form signed', () => {
    const dean = read({
      from: 'Provost Miriam Okonjo <mokonjo@harlowcollege.example>',
      body: 'Dear Dr. Lind,\n\nI am pleased to offer you the position of Lecturer in Law.\n\nWith warm regards,\n\nMiriam Okonjo\nProvost\nHarlow College',
    });
    expect(dean.contact).toBe('Miriam');
    const irish = read({
      from: 'Aoibhinn Mac Aodha <aoibhinn.macaodha@countylibraries.example>',
      body: 'A chara,\n\nYou were successful at interview for the post of Library Assistant.\n\nIs mise le meas,\nAoibhinn Mac Aodha\nHR Section, County Libraries',
    });
    expect(irish.contact).toBe('Aoibhinn');
    const nick = read({
      from: 'Bartolomé Ruiz <barto@lumbrera.example>',
      body: 'Hola Sofi,\n\nqueremos que te sumes como Desarrolladora Frontend.\n\nAbrazo,\nBarto',
    });
    // The name they sign with is the one they go by (the lead's labelling rule, session 5).
    expect(nick.contact).toBe('Barto');
  });
});

describe('company: departments, platforms, agencies', () => {
  it('strips department words before, after or around the employer in six languages', () => {
    const cases: Array<[string, string]> = [
      ['Campus Recruiting, Ferrowind Energy <campus@ferrowind.example>', 'Ferrowind Energy'],
      ['Internships at Quarry Lane Capital <interns@quarrylane.example>', 'Quarry Lane Capital'],
      ['Early Careers, Saltire Mutual <early@saltiremutual.example>', 'Saltire Mutual'],
      ['Service Recrutement Maison Liret <rh@liret.example>', 'Maison Liret'],
      ['Commune de Valbois – Ressources humaines <rh@valbois.example>', 'Commune de Valbois'],
      ['Ausbildung Hafenwerke Sund <azubi@hafenwerke-sund.example>', 'Hafenwerke Sund'],
      ['P&O Zorgcentrum Waalkant <po@waalkant.example>', 'Zorgcentrum Waalkant'],
      ['Selección Talleres Ibarra <seleccion@talleresibarra.example>', 'Talleres Ibarra'],
      ['Equipo de Personas de Calzados Norte <empleo@calzadosnorte.example>', 'Calzados Norte'],
    ];
    for (const [from, company] of cases) {
      expect(read({ from, body: 'Thank you for your application. We will be in touch.' }).company).toBe(company);
    }
  });

  it('never names a calendar as the employer; the place of the event does', () => {
    const d = read({
      from: 'Google Calendar <calendar-notification@google.example>',
      subject: 'Invitation: Interview – Data Engineer @ Tue 10 Mar 2026 14:00 – 15:00 (GMT)',
      body: 'You have been invited to the following event.\n\nInterview – Data Engineer\nWhen      Tue 10 Mar 2026 14:00 – 15:00 (GMT)\nWhere     Tarnwell Analytics, 8 Cooper Row, Leeds\nWho\n  • Priti Shah - organiser\n  • you@mail.example\n\nInvitation from Google Calendar',
    });
    expect(d.company).toBe('Tarnwell Analytics');
    expect(d.contact).toBe('Priti');
  });

  it('takes the employer a form names over the jobs board or agency that sent it', () => {
    const board = read({
      from: 'Public Sector Jobs <noreply@publicsectorjobs.example.gov>',
      body: 'Dear applicant,\n\nVacancy: Finance Officer\nHiring organisation: Marlow Water Authority\nReference: 22817\n\nUnfortunately you have not been shortlisted.\n\nPublic Sector Jobs',
    });
    expect(board.company).toBe('Marlow Water Authority');
    const state = read({
      from: 'State of Norvale Human Resources <hr@norvale.example.gov>',
      body: 'Position: Soil Scientist I\nAgency: Department of Agriculture and Forestry\n\nYour interview is scheduled for March 30, 2026 at 10:00 a.m.\n\nNorvale State Human Resources',
    });
    expect(state.company).toBe('Department of Agriculture and Forestry');
  });

  it('names the client an agency writes about, not the agency', () => {
    const extend = read({
      from: 'Priya Lal <priya@kitehillrecruitment.example>',
      subject: 'Contract extension',
      body: "Hi Tom,\n\nGood news — Tallis & Brook have confirmed they'd like to extend your contract as Payroll Analyst until June.\n\nPriya\nKite Hill Recruitment",
    });
    expect(extend.company).toBe('Tallis & Brook');
    const booked = read({
      from: 'Dev Rao <dev@ridgelinestaffing.example>',
      subject: 'Interview booked',
      body: "Hey Sam,\n\nYou're locked in with Marram Foods for the Warehouse Lead role! Thursday at 10am at their depot.\n\nDev\nRidgeline Staffing",
    });
    expect(booked.company).toBe('Marram Foods');
  });

  it('does not take a job title for the employer', () => {
    const d = read({
      from: 'Prof. Alma Rusk <arusk@westbourne.example>',
      subject: 'Search for Associate Professor of Geology',
      body: 'Dear Dr. Ito,\n\nThank you for applying to the Associate Professor of Geology position. I regret that we will not invite you to campus.\n\nAlma Rusk\nChair, Search Committee\nWestbourne College',
    });
    expect(d.company).toBe('Westbourne College');
  });

  it('cuts a domain written as one word at a known word or the sender’s surname', () => {
    const trade = read({
      from: 'Tony Ferris <tony@ferrisplumbing.example>',
      subject: 'job',
      body: 'sorry mate, gone with someone else this time. cheers\n\nTony',
    });
    expect(trade.company).toBe('Ferris Plumbing');
    const clinic = read({
      from: 'Jen Orr <jen@copperleafdental.example>',
      subject: 'Re: hygienist',
      body: 'Hi Ana,\n\nWe filled the hygienist spot internally, sorry!\n\nJen',
    });
    expect(clinic.company).toBe('Copperleaf Dental');
  });
});

describe('role: titles in unusual frames, and where they end', () => {
  const role = (body: string, over: Partial<EmailInput> = {}) =>
    read({ from: 'Kai Moreno <kai@lindqvist.example>', subject: 'Update', body, ...over }).role;

  it('finds a title before "onsite", "contract" or after a form label', () => {
    expect(role('Your new date for the Staff Data Scientist (ML) onsite is Monday.')).toBe('Staff Data Scientist (ML)');
    expect(role('My client would like to meet you for the Tax Analyst contract next week.')).toBe('Tax Analyst');
    expect(role('Your application status has changed.\n\nPosting: Custodian (Req 4410)\nNew status: Closed')).toBe(
      'Custodian',
    );
  });

  it('keeps a short qualifier after a comma when the title reads backwards', () => {
    expect(
      role('We would like to invite you to the final round for the Principal Auditor, Risk Advisory position.'),
    ).toBe('Principal Auditor, Risk Advisory');
  });

  it('reads "applied as" frames in Dutch, Spanish and French, and a German head noun', () => {
    expect(role('Leuk dat je hebt gesolliciteerd als Bakker! Kom je langs?', { subject: 'Uitnodiging' })).toBe(
      'Bakker',
    );
    expect(role('Gracias por postularte para Analista Contable en Grupo Sierra.', { subject: 'Entrevista' })).toBe(
      'Analista Contable',
    );
    expect(
      role('Nous avons étudié votre candidature au poste de Responsable des achats et vous remercions.', {
        subject: 'Votre candidature',
      }),
    ).toBe('Responsable des achats');
    expect(role('Vielen Dank für Ihr Interesse.', { subject: 'Ihre Bewerbung – Teamleitung Logistik' })).toBe(
      'Teamleitung Logistik',
    );
  });

  it('stops at a verb, a search, the employer or a reference after the title', () => {
    expect(role('Te escribo para avisarte que la vacante de Asesor Comercial ya fue cubierta.')).toBe(
      'Asesor Comercial',
    );
    expect(role('An update on the Events Coordinator search: we have closed it.')).toBe('Events Coordinator');
    expect(
      read({
        from: 'Talentos Moura <talentos@mouracontabil.example>',
        subject: 'Retorno',
        body: 'Agradecemos sua participação no processo para a vaga de Analista Fiscal da Moura Contábil.\n\nEquipe Moura Contábil',
      }).role,
    ).toBe('Analista Fiscal');
    // The series and grade after the comma is a pay code, not part of the title.
    expect(
      role(
        'This is a tentative offer for the position of Program Analyst, GS-0343-11, Announcement Number HQ-26-0042.',
      ),
    ).toBe('Program Analyst');
  });

  it('takes a programme named in capitals over one a closing sentence points to', () => {
    expect(
      role(
        'Over 2,000 students applied for the 30 places in our Spring Research Internship, and we have finished our review.\n\nWe are unable to offer you a place. Do keep an eye on our graduate analyst program next year.',
      ),
    ).toBe('Spring Research Internship');
  });
});

describe('interview time: formats and zones of forms, calendars and text messages', () => {
  const at = (body: string, subject = 'Interview', date = '2026-03-04T10:00:00+00:00') =>
    read({ from: 'Noa Perel <noa@fernhollow.example>', subject, date, body }).interviewAt;

  it('reads form blocks: "24-Apr-2026", "2026/05/12" and "1330" after a time label', () => {
    expect(
      at('Your interview is scheduled as below:\n\nDate : 24-Apr-2026\nTime : 10:30 AM IST\nVenue : Block A'),
    ).toBe('2026-04-24T10:30:00+05:30');
    expect(at('We invite you to an interview.\n\nDate: 2026/05/12\nTime: 14h30 (SAST)\nVenue: Head office')).toBe(
      '2026-05-12T14:30:00+02:00',
    );
    expect(at('This confirms your panel interview.\n\nDate: 05/06/2026\nTime: 1330 (Mountain)\nRoom 4')).toBe(
      '2026-05-06T13:30:00-06:00',
    );
  });

  it('reads clock times in words, "ab 8:30 Uhr", "10 hs" and "2moro"', () => {
    expect(at('Could you come in for an interview on Friday at quarter to eleven?')).toBe('2026-03-06T10:45:00+00:00');
    expect(at('Would you pop in for a chat on Monday at half past three in the afternoon?')).toBe(
      '2026-03-09T15:30:00+00:00',
    );
    expect(
      at(
        'Liebe Mara,\n\nwir laden dich zu unserem Assessment-Center ein.\n\nTermin: 12. Mai 2026, ab 8:30 Uhr\nOrt: Verwaltung',
        'Einladung zum Assessment-Center',
      ),
    ).toBe('2026-05-12T08:30:00+00:00');
    expect(at('¿Podés el jueves 12/3 a las 10 hs (hora argentina) para una entrevista?', 'Entrevista')).toBe(
      '2026-03-12T10:00:00-03:00',
    );
    expect(at('hey can u do 2moro 11am for a quick call about the job?', 'call')).toBe('2026-03-05T11:00:00+00:00');
  });

  it('does not take a year before "à" for the end of a range, and reads a bare hour after a label', () => {
    expect(at('Nous vous proposons un entretien le jeudi 12 mars 2026 à 14h00 (heure de Paris).', 'Entretien')).toBe(
      '2026-03-12T14:00:00+01:00',
    );
    expect(
      at('Sua entrevista está confirmada:\nData: 18/03/2026\nHorário: 10h (horário de Brasília)', 'Entrevista'),
    ).toBe('2026-03-18T10:00:00-03:00');
    expect(
      at(
        'We look forward to your campus visit: breakfast with the committee at 8:30 am Eastern on Monday, March 9.',
        'Itinerary',
      ),
    ).toBe('2026-03-09T08:30:00-04:00');
  });

  it('reads Newfoundland time with its half-hour offset, before and after the change', () => {
    expect(at('We would like to interview you on Thursday, March 12 at 9:00 a.m. Newfoundland time.')).toBe(
      '2026-03-12T09:00:00-02:30',
    );
    expect(
      at(
        'We would like to interview you on Friday, February 27 at 9:00 a.m. Newfoundland time.',
        'Interview',
        '2026-02-20T10:00:00+00:00',
      ),
    ).toBe('2026-02-27T09:00:00-03:30');
  });

  it("resolves an Outlook label's region for the date, not its standard offset", () => {
    expect(
      at(
        'Phone interview\nWhen: Tuesday, March 24, 2026 9:00 AM-9:30 AM (UTC-06:00) Central Time (US & Canada).\nWhere: Teams',
      ),
    ).toBe('2026-03-24T09:00:00-05:00');
    // Arizona keeps no summer time: the label's offset stands.
    expect(at('Phone interview\nWhen: Tuesday, June 16, 2026 9:00 AM-9:30 AM (UTC-07:00) Arizona.\nWhere: Teams')).toBe(
      '2026-06-16T09:00:00-07:00',
    );
  });
});
