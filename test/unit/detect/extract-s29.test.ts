/**
 * Extraction, round s29:
 * - An agency's mail is about its client: a name of two words or more that the subject and the newest
 *   message both write, where the message writes it as a party ("Nordhaven Mining told me", "spoken
 *   with …"), is the employer, though no phrase around it says "offer from" or "our client".
 *   It may read like an agency's name ("Tarrant Consulting") when the sender's own is an agency's too.
 * - The same echo is no employer when it is part of a longer name (an event: "Skyline NYE Festival")
 *   or a step ("Technical Interview"), and it does not outweigh an employer's own name in its own mail.
 * - A title read backwards keeps "au pair" whole: French "au" ends a title, and the CLI reads English mail
 *   with every language's words (the content script, loading only English, always kept it).
 * - Zones: a booking tool's place list after the time ("11:00 AM Mumbai, Kolkata, New Delhi"), African
 *   zones written out, "hora peninsular", a US zone in lower case where the clause ends ("8:30am pt?").
 * - Titles in a subject: Spanish "Sobre tu postulación a …"; "practicante", "atuário", "Sozialpädagogin".
 * - A booking tool's notice: the event-type line in every language ("Ereignistyp:", "Tipo de evento:"), not
 *   the status word that opens the subject ("Updated:", "Bestätigt:") nor the buttons read as a signer
 *   ("Cancel | Reschedule"); no company rather than the tool's own name.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const agency = (subject: string, body: string) => ({
  from: 'Claire Dubois <claire@coastmountaintalent.example>',
  subject,
  body: `${body}\n\nBest,\nClaire Dubois\nSenior Recruitment Partner, Coast Mountain Talent Group\n604 555 0142`,
  date: '2026-03-02T09:00:00+00:00',
});

describe("an agency's client named in the subject and the message", () => {
  it('is the company when the message opens a sentence with it', () => {
    const { company } = extractDetails(
      agency(
        'Halvard Mining - difficult news',
        'Hi Sam,\n\nI wish I had better news. This morning I heard back.\nHalvard Mining told me they are not moving forward with your application for the Geotechnical Engineer role.',
      ),
      { kind: 'rejection' },
    );
    expect(company).toBe('Halvard Mining');
  });

  it('is the company after "with", in another language too', () => {
    const { company } = extractDetails(
      {
        from: 'Jonas Albrecht <j.albrecht@talentbruecke.example>',
        subject: 'Rückmeldung Sievers Maschinenbau',
        body: 'Hallo Herr Kaya,\n\nich habe heute mit Sievers Maschinenbau gesprochen und muss Ihnen leider eine Absage überbringen.\n\nViele Grüße\nJonas Albrecht\nSenior Consultant Technik, TalentBrücke Personalberatung',
        date: '2026-03-02T09:00:00+01:00',
      },
      { kind: 'rejection' },
    );
    expect(company).toBe('Sievers Maschinenbau');
  });

  it('is the company though its name reads like an agency\'s ("… Consulting")', () => {
    const { company } = extractDetails(
      {
        from: 'Ella Price <ella@launchgrad.example>',
        subject: 'Tarrant Consulting - good news',
        body: 'Hi Sam,\n\nBrilliant news! Tarrant Consulting have confirmed they would like you on their 2026 graduate programme.\n\nElla Price\nGraduate Placements Lead, LaunchGrad Search',
        date: '2026-03-02T09:00:00+00:00',
      },
      { kind: 'offer' },
    );
    expect(company).toBe('Tarrant Consulting');
  });

  it('is no company when it is part of a longer name (an event), so the agency stays', () => {
    const { company } = extractDetails(
      agency(
        'Skyline NYE - update',
        'Hi Sam,\n\nWe had 900 applicants for 60 bar shifts this year.\nSkyline NYE Festival shifts are all filled now, and sorry, you were not picked this time.',
      ),
      { kind: 'rejection' },
    );
    expect(company).toBe('Coast Mountain Talent Group');
  });

  it('is no company when it is a step of the process, so the agency stays', () => {
    const { company } = extractDetails(
      agency(
        'Technical Interview - outcome',
        'Hi Sam,\n\nThanks for your patience.\nTechnical Interview feedback came back today and it is not good news: they will not take you forward.',
      ),
      { kind: 'rejection' },
    );
    expect(company).toBe('Coast Mountain Talent Group');
  });

  it("does not outweigh the employer's own name in its own mail", () => {
    const { company } = extractDetails(
      {
        from: 'Priya Raman <priya@northwind-analytics.example>',
        subject: 'Orion Ledger demo - your interview',
        body: 'Hi Sam,\n\nLooking forward to Tuesday. We will start with a walk through our product.\nOrion Ledger is what you would work on first.\n\nPriya Raman\nTalent Partner, Northwind Analytics',
        date: '2026-03-02T09:00:00+00:00',
      },
      { kind: 'interview' },
    );
    expect(company).toBe('Northwind Analytics');
  });
});

describe('a title read backwards', () => {
  it('keeps the loanword "au pair" whole, though French "au" ends a title', () => {
    const { role } = extractDetails(
      {
        from: 'Tash Quinn <tash@kiddocare.example>',
        subject: 'update',
        body: 'sorry, the family chose another candidate for the live-in au pair role. will keep your profile on file\n\ntash',
        date: '2026-03-02T09:00:00+00:00',
      },
      { kind: 'rejection' },
    );
    expect(role).toBe('live-in au pair');
  });
});

describe('zones as booking tools and people write them', () => {
  const at = (body: string, date = '2026-03-02T09:00:00+00:00') =>
    extractDetails(
      { from: 'Ana Lima <ana@kestrelworks.example>', subject: 'Interview', body: `${body}\n\nAna`, date },
      { timeZone: 'UTC', kind: 'interview' },
    ).interviewAt;

  it('reads a place list after the time as its zone ("Mumbai, Kolkata, New Delhi")', () => {
    expect(
      at('Your interview is booked.\nTime: Mar 10, 2026 11:00 AM Mumbai, Kolkata, New Delhi\nJoin from the link.'),
    ).toBe('2026-03-10T11:00:00+05:30');
    expect(at('Entrevista confirmada.\nHora: 10 mar 2026 11:00 AM Ciudad de México')).toBe('2026-03-10T11:00:00-06:00');
  });

  it('does not read a place that only starts the rest of the line ("Seattle office")', () => {
    expect(at('Can you come in on March 10 at 11am Seattle office, 4th floor?')).toBe('2026-03-10T11:00:00+00:00');
  });

  it('knows African zones written out ("West Africa Time", "East Africa Time")', () => {
    expect(at('Date: 10 March 2026\nTime: 10:00 a.m. (West Africa Time)')).toBe('2026-03-10T10:00:00+01:00');
    expect(at('Date: 10 March 2026\nTime: 9:30 a.m. East Africa Time')).toBe('2026-03-10T09:30:00+03:00');
  });

  it('knows the Gulf and Sri Lanka by name ("UAE time", "Doha time", "Sri Lanka time")', () => {
    expect(at('Date: Tuesday 10 March 2026\nTime: 11:00 AM UAE time (GMT+4)')).toBe('2026-03-10T11:00:00+04:00');
    expect(at('Schedule: Tuesday 10 March, 3:00 PM Doha time')).toBe('2026-03-10T15:00:00+03:00');
    expect(at('Please come to our Colombo office on 10th March 2026 at 10.00 a.m. (Sri Lanka time).')).toBe(
      '2026-03-10T10:00:00+05:30',
    );
  });

  it('reads "hora peninsular" after "a las 9:30"', () => {
    expect(at('Nos vemos por videollamada el martes 10 de marzo a las 9:30 hora peninsular.')).toBe(
      '2026-03-10T09:30:00+01:00',
    );
  });

  it('reads a US zone in lower case where the clause ends ("8:30am pt?"), not French "et"', () => {
    expect(at('coffee on tuesday march 10 at 8:30am pt? i will grab a table')).toBe('2026-03-10T08:30:00-07:00');
    expect(at('Je vous propose le mardi 10 mars à 10h et on fera le point.')).toBe('2026-03-10T10:00:00+00:00');
  });
});

describe('titles in a subject, in Spanish, Portuguese and German', () => {
  const role = (subject: string, body: string, kind: 'offer' | 'rejection' | 'interview') =>
    extractDetails(
      {
        from: 'Equipo de Selección <seleccion@andina-textil.example>',
        subject,
        body,
        date: '2026-03-02T09:00:00+00:00',
      },
      { kind },
    ).role;

  it('reads past "Sobre tu postulación a"', () => {
    expect(
      role(
        'Sobre tu postulación a Jefa de Compras',
        'Hola Lucía, gracias por tu interés. Decidimos seguir con otras personas.',
        'rejection',
      ),
    ).toBe('Jefa de Compras');
  });

  it('knows "practicante", "atuário" and "Sozialpädagogin" as jobs', () => {
    expect(
      role(
        'Invitación a entrevista – Practicante de Ingeniería Civil',
        'Estimada Milagros: la esperamos el lunes.',
        'interview',
      ),
    ).toBe('Practicante de Ingeniería Civil');
    expect(
      role('Segunda fase – Atuário Pleno | Seguradora Farol', 'Cara Inês, obrigada pela entrevista.', 'interview'),
    ).toBe('Atuário Pleno');
    expect(
      role(
        'Einstellungszusage – Sozialpädagogin (Jugendamt)',
        'Sehr geehrte Frau Berg, wir freuen uns, Ihnen zuzusagen.',
        'offer',
      ),
    ).toBe('Sozialpädagogin (Jugendamt)');
  });
});

describe("a booking tool's notice", () => {
  const notice = (subject: string, body: string, from = 'Calendly <notifications@calendly.example>') =>
    extractDetails({ from, subject, body, date: '2026-03-02T09:00:00+00:00' }, { timeZone: 'UTC', kind: 'interview' });

  it('names the employer on its event-type line in German, not the status word or the "Cancel | Reschedule" buttons', () => {
    const d = notice(
      'Bestätigt: Erstgespräch – Junior Controller mit Jana Brandt am Montag, 9. März 2026',
      'Hallo Ole,\n\nein neuer Termin wurde geplant.\n\nEreignistyp:\nErstgespräch – Junior Controller (Fjordwerk Software)\n\nDatum/Uhrzeit des Ereignisses:\n09:00 - 09:30, Montag, 9. März 2026\n\nAbsagen | Neu planen\n\nBereitgestellt von Calendly',
    );
    expect(d.company).toBe('Fjordwerk Software');
    expect(d.contact).toBeNull();
  });

  it('reads an English notice the same way ("Updated:", "Cancel | Reschedule")', () => {
    const d = notice(
      'Updated: Hiring Manager Interview – Support Lead',
      'Hi Aisha,\n\nYour event has been rescheduled.\n\nEvent Type:\nHiring Manager Interview – Support Lead (Quillhaus)\n\nUpdated: 11:00am - 11:45am, Monday, March 9, 2026 (GMT)\n\nCancel | Reschedule\n\nPowered by Calendly',
    );
    expect(d.company).toBe('Quillhaus');
    expect(d.contact).toBeNull();
  });

  it("gives no company rather than the tool's own name", () => {
    expect(
      notice(
        'Confirmado: Entrevista con Recursos Humanos',
        'Hola Andrea:\n\nSe ha programado un nuevo evento.\n\nFecha/hora del evento:\n12:00 - 12:30, lunes, 9 de marzo de 2026\n\nCancelar · Reprogramar',
      ).company,
    ).toBeNull();
  });
});
