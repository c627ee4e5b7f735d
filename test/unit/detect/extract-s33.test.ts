/**
 * Extraction, round s33: a tool's footer names the tool, wherever in the message it stands. A booking tool's "Sent
 * by Calendarly. Get your own free scheduling page." below a block the signature does not reach, a job board's
 * "You're receiving this because you applied through ShiftHub", Dutch "Aangedreven door Afsprakenplanner": the
 * employer is the one the mail names, not the tool that sent it. (The Dutch booking's employer, after "Met: Anouk de
 * Wit –", is still not found: only the tool's name is ruled out.)
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

describe("a tool's footer, outside the signature", () => {
  it('a booking tool: "Sent by Calendarly" names no employer', () => {
    const { company } = extractDetails(
      {
        from: 'Calendarly <notifications@calendarly.example>',
        subject: 'Confirmed: Intro call - Data Analyst (Brightfield Energy) on Monday, April 20',
        body: 'Hi Noor Haddad,\n\nA new event has been scheduled.\n\nEvent type:\nIntro call - Data Analyst (Brightfield Energy)\n\nEvent date/time:\n14:00 - 14:30, Monday, April 20, 2026 (Central European Time)\n\nHost:\nElla Moreau\n\nNeed to make a change? Reschedule or Cancel\n\nSent by Calendarly. Get your own free scheduling page.',
        date: '2026-04-14T09:00:00+00:00',
      },
      { kind: 'interview' },
    );
    expect(company).toBe('Brightfield Energy');
  });

  it('a job board: "receiving this because you applied through ShiftHub" names no employer', () => {
    const { company } = extractDetails(
      {
        from: 'ShiftHub <messages@mail.shifthub.example>',
        subject: 'Marta at The Anchor Tap replied to your application',
        body: 'Marta from The Anchor Tap sent you a message\n\nJob: Bar Staff · The Anchor Tap, Leith · Part-time\n\n"Hi Ross, thanks for applying! Could you pop in on Friday at 3pm for a quick chat? Ask for me at the bar. Marta"\n\n[Reply to Marta]\n\nYou\'re receiving this because you applied through ShiftHub.',
        date: '2026-04-14T09:00:00+00:00',
      },
      { kind: 'interview' },
    );
    expect(company).toMatch(/^(?:The )?Anchor Tap$/);
  });

  it('a Dutch booking tool: "Aangedreven door Afsprakenplanner" is no employer', () => {
    const { company } = extractDetails(
      {
        from: 'Afsprakenplanner <no-reply@afsprakenplanner.example>',
        subject: 'Bevestigd: Sollicitatiegesprek met Anouk de Wit',
        body: 'Je afspraak is bevestigd\n\nSollicitatiegesprek hovenier\ndinsdag 21 april 2026\n10:00 – 10:30 (GMT+02:00) Europe/Amsterdam\n\nMet: Anouk de Wit – Groenwerk Hoveniers\nWaar: Parkweg 12, Utrecht\n\nIets wijzigen? Verzetten of annuleren\n\nAangedreven door Afsprakenplanner',
        date: '2026-04-14T09:00:00+00:00',
      },
      { kind: 'interview' },
    );
    expect(company).not.toBe('Afsprakenplanner');
  });
});

describe('Québec titles that name the duty after "à"', () => {
  it.each([
    ["Nous avons bien aimé notre échange pour le poste d'Agent(e) à la réception.", 'Agent(e) à la réception'],
    [
      'Votre candidature au poste de préposé(e) aux bénéficiaires a retenu notre attention.',
      'préposé(e) aux bénéficiaires',
    ],
    [
      "Merci pour votre intérêt pour le poste de préposée à l'entretien ménager au Manoir des Pins.",
      "préposée à l'entretien ménager",
    ],
  ])('%s', (sentence, role) => {
    const details = extractDetails(
      {
        from: 'Ressources humaines <rh@manoirdespins.example>',
        subject: 'Votre candidature',
        body: `Bonjour Inès,\n\n${sentence} Malheureusement, nous avons choisi une autre personne.\n\nCordialement,\nÉquipe RH`,
        date: '2026-04-14T09:00:00-04:00',
      },
      { kind: 'rejection' },
    );
    expect(details.role).toBe(role);
  });
});

describe('words that open a sentence before an employer', () => {
  it.each([
    [
      'a day and a connector: "after Wednesday and Kowhai Foods would like"',
      'Offer – Sales Manager',
      'Hi Hannah,\n\nGemma and Anika were unanimous after Wednesday and Kowhai Foods would like to offer you the Sales Manager role.\n\nCheers,\nAaron',
      'Kowhai Foods',
      'Aaron Tipene <aaron@tidewaterrecruitment.example>',
    ],
    [
      'a German article: "Die Tiedemann Kühllogistik GmbH möchte"',
      'Vorstellungstermin am Freitag',
      'Hallo Frau Brockmann,\n\ngute Nachrichten: Die Tiedemann Kühllogistik GmbH möchte Sie gern kennenlernen! Termin: Freitag, 13.03.2026, 9:00 Uhr.\n\nViele Grüße\nDennis Kowalski',
      'Tiedemann Kühllogistik GmbH',
      'Dennis Kowalski <d.kowalski@hafenpersonal-nord.example>',
    ],
    [
      'a Spanish noun in the subject: "Propuesta Altavía – …"',
      'Propuesta Altavía – QA Engineer',
      'Hola Marta,\n\n¡Buenas noticias! Nos gustaría que te incorporaras a Altavía como QA Engineer. Te adjunto la carta con la propuesta.\n\nUn saludo,\nIrene Castelló\nTalent Acquisition Specialist\nAltavía Consulting · Oficina Valencia',
      'Altavía Consulting',
      'Irene Castelló <irene.castello@altavia-consulting.example>',
    ],
  ])('%s', (_name, subject, body, company, from) => {
    const details = extractDetails({ from, subject, body, date: '2026-03-09T10:00:00+01:00' }, { kind: 'offer' });
    expect(details.company).toBe(company);
  });
});

describe('round 14: words before a title, and words that are no name', () => {
  const read = (from: string, subject: string, body: string, kind: 'offer' | 'rejection' | 'interview' = 'rejection') =>
    extractDetails({ from, subject, body, date: '2026-03-09T10:00:00+01:00' }, { kind });

  it.each([
    [
      'our next …',
      'Thanks for your interest in Larkspur Games',
      'Hi Eoin,\n\nThanks for applying to be our next Community Manager. We have decided not to move forward with your application.\n\nThe Talent Team',
      'Community Manager',
    ],
    [
      "this year's …",
      'Your application',
      "Dear Nkechi,\n\nThank you for applying for this year's Graduate Trainee (Finance & Control) programme. We regret to inform you that you were not shortlisted.\n\nHR Department",
      'Graduate Trainee (Finance & Control)',
    ],
    [
      'a Dutch subject\'s "Resultaat"',
      'Resultaat beleidsmedewerker klimaatadaptatie',
      'Geachte mevrouw,\n\nHelaas kunnen wij u niet verder laten deelnemen aan de selectie.\n\nMet vriendelijke groet,\nDienst Personeel',
      'beleidsmedewerker klimaatadaptatie',
    ],
    [
      'a French subject\'s "Recrutement d\'un(e)"',
      "Recrutement d'un(e) employé(e) d'administration",
      "Madame,\n\nNous avons le regret de vous informer que votre candidature n'a pas été retenue.\n\nLe service du personnel",
      "employé(e) d'administration",
    ],
  ])('%s is no part of the title', (_name, subject, body, role) => {
    expect(read('Recruitment <jobs@larkspur.example>', subject, body).role).toBe(role);
  });

  it('"danke für Ihren Lebenslauf" names no employer (de)', () => {
    const { company } = read(
      'Stefan Wimmer <s.wimmer@huberlang.example>',
      'Telefoninterview mit meinem Kunden',
      'Hallo Frau Reiter,\n\ndanke für Ihren Lebenslauf und das nette Telefonat letzte Woche. Mein Kunde möchte Sie am Mittwoch, 18.03.2026, um 15:00 Uhr anrufen.\n\nBeste Grüße\nStefan Wimmer\nSenior Consultant\n\nHuber & Lang Personalberatung GmbH',
      'interview',
    );
    expect(company).toBe('Huber & Lang Personalberatung GmbH');
  });

  it('"Beijinho" is a sign-off, not the signer (pt)', () => {
    const { contact } = read(
      'Rita Valente <rita@pimentarosa.example>',
      'turno sábado',
      'Olá Leonor!\n\nO turno de sábado é teu: das 12h à 1h, pago 110€ + refeição.\n\nBeijinho\nRita Valente\nPimenta Rosa Catering',
      'offer',
    );
    expect(contact).toBe('Rita');
  });
});

describe('round 15: a booking line names no signer', () => {
  it('a German booking\'s "Kennenlerngespräch – …" line is no one\'s name', () => {
    const { contact, interviewAt } = extractDetails(
      {
        from: 'Physiotherapie Seefeld via Terminplaner <noreply@terminplaner.example>',
        subject: 'Terminbestätigung: Kennenlerngespräch Physiotherapie Seefeld',
        body: 'Ihr Termin ist gebucht.\n\nKennenlerngespräch – Ergotherapeutin 80 %\nDienstag, 24. März 2026\n08:30 – 09:00 (Europe/Zurich)\nOrt: Physiotherapie Seefeld, Seefeldstrasse 10, Zürich\n\nTermin verschieben oder absagen: https://terminplaner.example/b/AB12\n\nDiese Nachricht wurde automatisch versendet.',
        date: '2026-03-16T12:30:00+01:00',
      },
      { kind: 'interview' },
    );
    expect(interviewAt).toBe('2026-03-24T08:30:00+01:00');
    expect(contact).not.toBe('Kennenlerngespräch');
  });

  it("a Brazilian maternity hospital in a booking tool's mail is no signer (pt)", () => {
    const { contact } = extractDetails(
      {
        from: 'Maternidade Sul via Agendei <agendamentos@agendei.example>',
        subject: 'Agende sua entrevista – Maternidade Sul',
        body: 'Olá, Carla!\n\nA equipe de Recrutamento convidou você para uma entrevista para a vaga de Enfermeira Obstétrica.\n\nEscolha um dos horários disponíveis clicando no botão abaixo.\n\nMaternidade Sul\nAgendei · agendamento para RH',
        date: '2026-03-13T09:30:00-03:00',
      },
      { kind: 'interview' },
    );
    expect(contact).toBeNull();
  });
});

describe('a tool named in a footer is no employer, even by its domain', () => {
  it('"Powered by Slotwise" on slotwise.example gives no employer rather than the tool', () => {
    const { company } = extractDetails(
      {
        from: 'Slotwise <notifications@slotwise.example>',
        subject: 'Confirmed: Intro call with Tom Reyes on Mon, 23 Mar 2026',
        body: 'Hi Nadia,\n\nA new event has been scheduled.\n\nEvent type:\nIntro call (30 min)\n\nEvent date/time:\n12:00 - 12:30, Monday, 23 March 2026 (Greenwich Mean Time)\n\nNeed to make changes to this event?\nCancel | Reschedule\n\nPowered by Slotwise',
        date: '2026-03-18T14:15:00+00:00',
      },
      { kind: 'interview' },
    );
    expect(company).toBeNull();
  });
});

describe('round 16: forms and wrappers around an employer, a team that signs', () => {
  const read = (from: string, body: string) =>
    extractDetails(
      { from, subject: 'Your application', body, date: '2026-03-09T10:00:00+01:00' },
      { kind: 'rejection' },
    );

  it.each([
    ['a Belgian bilingual form, "SA/NV"', 'Kestrel Bank Belgium SA/NV', 'Kestrel Bank Belgium'],
    ['a Spanish professional firm\'s "S.L.P."', 'Albufera Arquitectos S.L.P.', 'Albufera Arquitectos'],
    ['a head office, "HQ"', 'Veldhof HQ', 'Veldhof'],
  ])('%s is no part of the name', (_name, signed, company) => {
    const details = read(
      'Recruitment <jobs@mail-recruit.example>',
      `Dear Elke,\n\nThank you for your application. Unfortunately we have decided to continue with other candidates.\n\nKind regards,\nMarie Claes\nTalent Acquisition\n${signed}`,
    );
    expect(details.company).toBe(company);
  });

  it('a Dutch "Selectieteam …" line signs for no one', () => {
    const { contact } = extractDetails(
      {
        from: 'Talentpunt <noreply@talentpunt.example>',
        subject: 'Resultaat van uw kandidatuur',
        body: 'Geachte mevrouw Janssens,\n\nHelaas kunnen wij uw kandidatuur niet verder in overweging nemen.\n\nMet vriendelijke groeten,\n\nTalentpunt Overheid\nSelectieteam Agentschap Mobiliteit',
        date: '2026-03-09T10:00:00+01:00',
      },
      { kind: 'rejection' },
    );
    expect(contact).toBeNull();
  });
});
