/**
 * Rules, round s30.
 * A friend's news about their own interview is no invitation for the reader: "they invited me" (the
 * writer is the one invited) speaks against a job kind in every language, as "they offered me" already
 * did. The same words in an employer's invitation ("we invite you") are untouched. (French "ils m'ont
 * invitée" was read as other before; it stays a guard here.)
 * A visa or embassy appointment in an offer (relocation letters book one) is evidence against a job
 * kind, no longer decisive; a consular or visa interview still is.
 * An offer withdrawn in the present tense ("retiramos la oferta", "nous retirons notre offre") is a
 * rejection, as "hemos tenido que retirar la oferta" was.
 * A holding reply ("wir melden uns nächste Woche", "nous reviendrons vers vous", "te decimos algo",
 * "still interviewing") is an acknowledgement: other, unless a decisive job phrase is there too.
 */
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../src/core/detect';
import { analyse } from '../../../src/core/detect/classify';

const fromFriend = (subject: string, body: string) => ({
  from: 'Robin Maas <robin.maas@mail.example>',
  to: 'Sasha Verhoef <sasha@mail.example>',
  subject,
  date: '2026-03-12T19:00:00+01:00',
  body,
});

describe("a friend's own invitation", () => {
  it.each([
    [
      'nl',
      'Re: en?',
      'ging best goed! ze hebben me uitgenodigd voor het tweede gesprek, dinsdag om 14 uur bij de directeur.\n\nrobin',
    ],
    [
      'de',
      'Re: und?',
      'lief ganz gut! die haben mich gestern zum zweiten Gespräch eingeladen, am Freitag um 10 Uhr. Drück mir die Daumen!\n\nRobin',
    ],
    [
      'fr',
      'Re: alors ?',
      "Ça s'est bien passé ! Ils m'ont invitée à un deuxième entretien jeudi à 15h avec la directrice. Croise les doigts pour moi.\n\nRobin",
    ],
    [
      'es',
      'Re: ¿qué tal?',
      '¡Muy bien! Me citaron para una segunda entrevista el jueves a las 11 con el gerente. Cruza los dedos.\n\nRobin',
    ],
    [
      'pt',
      'Re: e aí?',
      'Foi ótimo! Me chamaram para a segunda entrevista na quinta às 10h com a diretora. Torce por mim!\n\nRobin',
    ],
    [
      'en',
      'Re: well??',
      'It went really well! They invited me back for a second round on Thursday at 2pm with the director. Fingers crossed!\n\nRobin',
    ],
  ])('is no interview for the reader (%s)', (_language, subject, body) => {
    expect(classifyEmail(fromFriend(subject, body)).kind).toBe('other');
  });
});

describe("an employer's invitation", () => {
  it('stays an interview', () => {
    const email = {
      from: 'Femke de Boer <f.deboer@zorggroep-lindeoord.example>',
      to: 'Sasha Verhoef <sasha@mail.example>',
      subject: 'Uitnodiging sollicitatiegesprek',
      date: '2026-03-12T09:00:00+01:00',
      body: 'Beste Sasha,\n\nBedankt voor je sollicitatie als verpleegkundige. We nodigen je graag uit voor een gesprek op dinsdag 17 maart om 14:00 uur bij ons op locatie.\n\nMet vriendelijke groet,\nFemke de Boer\nRecruiter, Zorggroep Lindeoord',
    };
    expect(classifyEmail(email).kind).toBe('interview');
  });
});

describe('a visa appointment in an offer', () => {
  it('does not outweigh the offer: relocation letters book the embassy appointment', () => {
    const email = {
      from: 'Lena Vogt <lena.vogt@tiefgang-robotics.example>',
      to: 'Arjun Mehta <arjun@mail.example>',
      subject: 'Your offer – Robotics Software Engineer',
      date: '2026-02-10T09:00:00+01:00',
      body: "Hi Arjun,\n\nWe'd love you to join Tiefgang Robotics as Robotics Software Engineer in Munich. Your offer letter is attached: base salary EUR 78,000, 30 days of leave, and a relocation budget.\n\nOur relocation partner will book your embassy appointment for the Blue Card and help you find an apartment. The offer is valid until 20 February.\n\nBest,\nLena Vogt\nTalent Acquisition, Tiefgang Robotics",
    };
    expect(classifyEmail(email).kind).toBe('offer');
  });

  it('a consular interview is still no job interview', () => {
    const email = {
      from: 'Visa Appointments <no-reply@consulate-services.example>',
      to: 'Arjun Mehta <arjun@mail.example>',
      subject: 'Your visa interview is scheduled',
      date: '2026-02-10T09:00:00+01:00',
      body: 'Dear applicant,\n\nYour visa interview is scheduled for Tuesday 3 March 2026 at 09:30 at the consular section. Bring your passport and the appointment confirmation.\n\nConsular Services',
    };
    expect(classifyEmail(email).kind).toBe('other');
  });
});

it('"attached is your written offer" is an offer, though the subject thanks for the final interview', () => {
  const email = {
    from: 'Paula Reyes <p.reyes@marrowgate.example>',
    to: 'Sam Okafor <sam@mail.example>',
    subject: 'RE: Thanks - final interview',
    date: '2026-03-03T16:00:00-06:00',
    body: "Hi Sam,\n\nLovely to talk this morning. Attached is your written offer for the Senior Buyer job. Ring me with any questions.\n\nPaula\n\nPaula Reyes\nHR Manager | Marrowgate Supply\n\nFrom: Sam Okafor <sam@mail.example>\nSent: Monday, March 2, 2026 8:10 AM\nTo: Paula Reyes\nSubject: Thanks - final interview\n\nHi Paula,\n\nThank you for Friday's final interview with the panel. I enjoyed meeting the team.\n\nSam",
  };
  expect(classifyEmail(email).kind).toBe('offer');
});

describe("a journal's decision on an article", () => {
  // The words of peer review count against a job kind in every language, as "manuscript" and
  // "reviewers" do in English: round 6's Spanish journal rejection (mp-028) was read as a job rejection.
  it.each([
    [
      'es',
      'revisión por pares',
      'Decisión sobre su manuscrito',
      'Estimado Dr. Ruiz:\n\nTras la revisión por pares, lamentamos comunicarle que el comité editorial ha decidido no aceptar su artículo para publicación en la revista.\n\nAtentamente,\nComité Editorial',
    ],
    [
      'pt',
      'revisão por pares',
      'Decisão sobre o seu manuscrito',
      'Prezada Dra. Lima,\n\nApós a revisão por pares, lamentamos informar que o conselho editorial decidiu não aceitar o seu artigo para publicação.\n\nAtenciosamente,\nConselho Editorial',
    ],
    [
      'fr',
      'rapporteurs',
      'Décision sur votre manuscrit',
      "Chère Madame Roy,\n\nNous regrettons de vous informer que votre article n'a pas été retenu. Vous trouverez ci-joint les remarques des rapporteurs.\n\nCordialement,\nLe comité de rédaction",
    ],
    [
      'de',
      'Begutachtung',
      'Entscheidung zu Ihrem Manuskript',
      'Sehr geehrte Frau Dr. Berg,\n\nnach der Begutachtung müssen wir Ihnen leider mitteilen, dass wir Ihren Beitrag nicht annehmen können.\n\nMit freundlichen Grüßen\nDie Redaktion',
    ],
    [
      'nl',
      'reviewers',
      'Besluit over uw manuscript',
      'Beste dr. Smit,\n\nHelaas moeten wij u laten weten dat uw artikel niet wordt aanvaard. De opmerkingen van de reviewers vindt u hieronder.\n\nMet vriendelijke groet,\nDe redactie',
    ],
  ])('counts "%s" peer-review words against a job kind ("%s")', (language, phrase, subject, body) => {
    const a = analyse({
      from: 'Redactie <editorial@journal.example>',
      subject,
      date: '2026-03-03T10:00:00+01:00',
      body,
    });
    expect(a.language).toBe(language);
    expect(a.evidence.some((e) => e.channel === 'x' && e.text === phrase)).toBe(true);
  });
});

describe('"press" as a verb', () => {
  const visit = (press: string) => ({
    from: 'Gail Fenwick <gail.fenwick@heathlandcare.example>',
    to: 'Rebecca Thornton <becca@mail.example>',
    subject: 'Re: Senior Carer – Heathland House',
    date: '2026-02-11T09:00:00+00:00',
    body: `Morning Rebecca,\n\nLovely, that's booked in for tomorrow at 2. When you arrive, ${press} and ask for Sunita.\n\nKind regards\nGail\n\nGail Fenwick\nRecruitment Coordinator\nHeathland Care`,
  });

  it('is no sign of the media ("press the buzzer")', () => {
    expect(analyse(visit('press the buzzer at the door')).evidence.some((e) => e.channel === 'x')).toBe(false);
  });

  it('the press still is', () => {
    expect(analyse(visit('the press will be at the gate')).evidence.some((e) => e.text === 'press')).toBe(true);
  });
});

describe('an offer withdrawn in the present tense', () => {
  it.each([
    [
      'es',
      'Sobre su incorporación como Jefe de Almacén',
      'Estimado Pablo:\n\nEl 2 de marzo le enviamos la carta oferta para el puesto de Jefe de Almacén, con incorporación el 20 de abril y el salario acordado, y usted la aceptó.\n\nLa empresa ha perdido el contrato con su principal cliente. Lamentamos comunicarle que retiramos la oferta que le hicimos. Le proponemos una compensación de un mes de salario.\n\nElena Vidal\nDirectora de Personas',
    ],
    [
      'pt',
      'Sobre a sua admissão',
      'Olá Rui,\n\nEm março enviamos a você a carta proposta para a vaga de Técnico de Obras, com salário e benefícios, e você aceitou. A obra de Joinville foi adiada e, por isso, retiramos a proposta que fizemos. Pedimos desculpas.\n\nMarta Lima\nRH',
    ],
    [
      'fr',
      'Votre embauche',
      "Madame,\n\nNous vous avons adressé le 2 mars une promesse d'embauche pour le poste de technicienne qualité, avec le salaire convenu, que vous avez acceptée. Notre client principal a résilié son contrat : nous retirons donc notre offre, avec nos excuses.\n\nReto Keller\nResponsable RH",
    ],
  ])('is a rejection (%s)', (_language, subject, body) => {
    const email = { from: 'RH <rh@empresa.example>', subject, date: '2026-03-20T10:00:00+01:00', body };
    expect(classifyEmail(email).kind).toBe('rejection');
  });
});

it('a convocation whose directions name the "Palais des Congrès" stays an interview', () => {
  const email = {
    from: 'Recrutement <recrutement@mutuelle-armor.example>',
    subject: 'Convocation à un entretien – Chargé de clientèle',
    date: '2026-03-02T10:00:00+01:00',
    body: 'Madame,\n\nNous avons le plaisir de vous convoquer à un entretien pour le poste de chargé de clientèle, le mardi 10 mars 2026 à 14 h, au siège de Rennes.\n\nAccès : le parking le plus proche est celui du Palais des Congrès, à cinq minutes à pied. Apportez une copie de vos diplômes (Master 2).\n\nMerci de confirmer votre présence ; nous aurons plaisir à vous rencontrer.\n\nCamille Le Goff\nChargée de recrutement',
  };
  expect(classifyEmail(email).kind).toBe('interview');
});

describe('a holding reply: no decision yet, an answer promised', () => {
  it.each([
    [
      'de',
      'Re: Nachfrage zu meiner Bewerbung',
      'Hallo Herr Brandt,\n\ndanke für Ihre Nachfrage. Wir führen diese Woche noch drei Gespräche für die Stelle im Lager. Wir melden uns nächste Woche bei Ihnen.\n\nViele Grüße\nSabine Kern\nPersonal, Kern Logistik',
    ],
    [
      'fr',
      'RE: Suite de ma candidature',
      "Bonjour Madame Petit,\n\nMerci pour votre message. Le jury ne s'est pas encore réuni pour le poste de comptable ; nous reviendrons vers vous la semaine prochaine.\n\nBien à vous,\nMarc Olivier\nRessources humaines",
    ],
    [
      'es',
      'RE: Proceso de selección – Administrativo',
      'Hola Lucía:\n\nGracias por escribir. Aún estamos terminando las entrevistas para el puesto y el gerente vuelve el lunes. Te decimos algo la semana que viene.\n\nSaludos,\nJavier Ortega\nRecursos Humanos',
    ],
    [
      'en',
      'RE: Checking in – Operations Analyst',
      "Hi Dana,\n\nThanks for checking in, and sorry for the wait. We're still interviewing for the Operations Analyst role and no decision has been made yet. I'll get back to you early next week.\n\nBest,\nRuth Alvarez\nTalent Partner",
    ],
  ])('is other (%s)', (_language, subject, body) => {
    const email = {
      from: 'RH <rh@firma.example>',
      to: 'Lucía <lucia@mail.example>',
      subject,
      date: '2026-04-20T10:00:00+02:00',
      body,
    };
    expect(classifyEmail(email).kind).toBe('other');
  });

  it('still counts as an acknowledgement only: an invitation in the same words stays an interview', () => {
    const email = {
      from: 'Sabine Kern <s.kern@kernlogistik.example>',
      subject: 'Einladung zum Vorstellungsgespräch',
      date: '2026-04-20T10:00:00+02:00',
      body: 'Hallo Herr Brandt,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 28. April, um 10 Uhr ein. Sollte der Termin nicht passen, melden Sie sich bitte; wir melden uns nächste Woche mit der Wegbeschreibung.\n\nViele Grüße\nSabine Kern\nPersonal, Kern Logistik',
    };
    expect(classifyEmail(email).kind).toBe('interview');
  });
});

it('"still interviewing", "no decision … yet" and "get back to you next week" count against a job kind in English', () => {
  const a = analyse({
    from: 'Ruth Alvarez <ruth@calderworks.example>',
    subject: 'RE: Checking in',
    date: '2026-04-20T10:00:00-05:00',
    body: "Hi Dana,\n\nWe're still interviewing and no decision has been made yet. I'll get back to you next week.\n\nRuth",
  });
  const against = a.evidence.filter((e) => e.channel === 'x').map((e) => e.text.toLowerCase());
  expect(against).toEqual(
    expect.arrayContaining(['still interviewing', 'decision has been made yet', 'back to you next week']),
  );
});

it('"für eine Mitbewerberin entschieden" is a rejection cue, as "für einen anderen Bewerber" is', () => {
  const email = {
    from: 'Jens Ahlers <j.ahlers@nordmark-medizin.example>',
    subject: 'AW: Ihr Gespräch am 12.03. – Produktmanager',
    date: '2026-03-20T10:00:00+01:00',
    body: 'Sehr geehrte Frau Demir,\n\nwir haben uns für eine Mitbewerberin entschieden.\n\nMit freundlichen Grüßen\nJens Ahlers',
  };
  expect(
    analyse(email).evidence.some((e) => e.channel === 'r' && e.text === 'für eine Mitbewerberin entschieden'),
  ).toBe(true);
});

describe("a careers office on the student's own domain", () => {
  const relay = (forwardedFrom: string) => ({
    from: 'Placement Office <placements@kestrel.ac.example>',
    to: 'Amir Hassan <a.hassan@kestrel.ac.example>',
    subject: 'Fwd: Your placement application',
    date: '2026-03-02T10:00:00+00:00',
    body: `Hi Amir,\n\nPlease see the employer's reply below.\n\nPlacement Office\n\n---------- Forwarded message ---------\nFrom: ${forwardedFrom}\nSubject: Your placement application\n\nDear Amir,\n\nThank you for applying for our summer placement. We are delighted to offer you a place as Summer Engineering Intern, starting on 15 June. Please confirm your acceptance by 20 March.\n\nKind regards,\nEmma Clarke\nEarly Careers, Norbridge Engineering`,
  });

  it("passes on another organisation's decision: no internal mail", () => {
    expect(classifyEmail(relay('Emma Clarke <emma.clarke@norbridge-eng.example>')).kind).toBe('offer');
    expect(analyse(relay('Emma Clarke <emma.clarke@norbridge-eng.example>')).evidence.map((e) => e.text)).not.toContain(
      'internal mail',
    );
  });

  it('forwarding a colleague on the same domain is still internal mail', () => {
    expect(analyse(relay('Emma Clarke <emma.clarke@kestrel.ac.example>')).evidence.map((e) => e.text)).toContain(
      'internal mail',
    );
  });
});

describe("a scheduling tool's notice to the interviewer", () => {
  const notice = (to: string, body: string, from = 'Calendly <benachrichtigungen@calendly.example>') => ({
    from,
    to,
    subject: 'Neuer Termin: Bewerbergespräch (45 Min.)',
    date: '2026-04-10T09:00:00+02:00',
    body,
  });

  it.each([
    ['Eingeladene', 'Stefan Maurer <stefan@apotheke-nord.example>', 'Eingeladene:\nLena Hoffmann'],
    ['Invitada', 'Jorge Salinas <jorge@andina.example>', 'Invitada:\nSofía Paredes'],
    ['Candidat', 'Karim Haddad <karim@sylvea.example>', 'Candidat : Hugo Lemaire'],
  ])('is other when its "%s" label names someone else', (_label, to, line) => {
    const body = `Hallo,\n\nein neues Ereignis wurde geplant.\n\n${line}\n\nDatum/Uhrzeit:\n11:15 - 12:00, Montag, 20. April 2026 (Mitteleuropäische Zeit)\n\nEreignis in Calendly ansehen`;
    expect(analyse(notice(to, body)).evidence.map((e) => e.text)).toContain('booked by someone else');
  });

  it('names the reader in the confirmation the candidate gets: still an interview', () => {
    const body =
      'Hallo Lena,\n\nIhr Termin ist bestätigt.\n\nEingeladene:\nLena Hoffmann\n\nDatum/Uhrzeit:\n11:15 - 12:00, Montag, 20. April 2026 (Mitteleuropäische Zeit)\n\nOrt: Filiale Kiel-Holtenau';
    expect(
      analyse(notice('Lena Hoffmann <lena.hoffmann@web.example>', body)).evidence.map((e) => e.text),
    ).not.toContain('booked by someone else');
  });
});
