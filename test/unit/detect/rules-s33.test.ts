/**
 * Rules, round s33: the reader's own voice, and people who are not the candidate.
 * - German: the candidate's own mail. An application closes "Über eine Einladung zu einem Gespräch freue ich mich";
 *   a reply to an invitation takes the date ("Den Termin nehme ich gern wahr", "bestätige ich gerne") and thanks for
 *   the invitation. Both stay other; the employer's invitation still is one (a guard).
 * - German: "Frau Keller ist heute nicht im Haus" says where a colleague is, in an employer's mail; only "ich bin …
 *   nicht im Büro" is an out-of-office reply (a guard: it was before too).
 * - French: a manager who "a une candidate" for the reader to supervise, and a brother who forwards his own
 *   rejection and asks about "mon CV", are not the reader's candidacy. "Nous avons décidé de retenir une autre
 *   candidate" after an interview is a rejection, however much the letter says about the interview.
 * - Dutch: "je sollicitatie is goed bij ons aangekomen" acknowledges, whatever it says will follow; "Zullen we
 *   vrijdag om 10:00 even bellen?" after a CV arrives invites; "een nieuw voorstel … hoop dat je ja zegt" with a
 *   wage offers.
 * - Spanish: a headhunter who asks "¿me dices si te interesa?" reaches out, salary or not.
 * - English: news of "a candidate you referred" is about someone else's candidacy.
 */
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../src/core/detect';
import { expectDecided } from './kind-cases';

const mail = (subject: string, body: string, from: string, to = 'Jonas Berger <jonas.berger@mail.example>') => ({
  from,
  to,
  subject,
  date: '2026-04-14T09:30:00+02:00',
  body,
});

describe("the candidate's own German mail", () => {
  it('an application that hopes for an invitation stays other', () => {
    const email = mail(
      'Bewerbung als Lagerleiter (m/w/d)',
      'Sehr geehrter Herr Vogt,\n\nmit großem Interesse habe ich Ihre Ausschreibung für die Stelle als Lagerleiter gelesen. In den letzten sechs Jahren habe ich ein Ersatzteillager mit zwölf Mitarbeitenden geführt und die Umstellung auf ein neues Lagerverwaltungssystem begleitet.\n\nÜber eine Einladung zu einem Vorstellungsgespräch freue ich mich sehr.\n\nMit freundlichen Grüßen\nJonas Berger',
      'Jonas Berger <jonas.berger@mail.example>',
      'Thomas Vogt <t.vogt@vogt-logistik.example>',
    );
    expectDecided(email, 'other', 'Über eine Einladung zu einem Vorstellungsgespräch freue ich');
  });

  it.each([
    [
      'haben Sie herzlichen Dank für die Einladung. Den Termin am Mittwoch um 14 Uhr nehme ich gern wahr.',
      'nehme ich gern wahr',
    ],
    [
      'danke für die Einladung zum Gespräch. Mittwoch, 15. April, 14:00 Uhr bestätige ich gerne.',
      'bestätige ich gerne',
    ],
  ])('a reply that takes the date stays other: %s', (line, phrase) => {
    const email = mail(
      'AW: Einladung zum Vorstellungsgespräch – Lagerleiter (m/w/d)',
      `Sehr geehrte Frau Lorenz,\n\n${line}\n\nMit freundlichen Grüßen\nJonas Berger\n\n-----Ursprüngliche Nachricht-----\nVon: Petra Lorenz <p.lorenz@vogt-logistik.example>\nBetreff: Einladung zum Vorstellungsgespräch – Lagerleiter (m/w/d)\n\nSehr geehrter Herr Berger,\nwir laden Sie herzlich zu einem Vorstellungsgespräch am Mittwoch, 15. April, um 14:00 Uhr ein.`,
      'Jonas Berger <jonas.berger@mail.example>',
      'Petra Lorenz <p.lorenz@vogt-logistik.example>',
    );
    expectDecided(email, 'other', phrase);
  });

  it("(guard) the employer's invitation is an interview", () => {
    const email = mail(
      'Einladung zum Vorstellungsgespräch – Lagerleiter (m/w/d)',
      'Sehr geehrter Herr Berger,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zu einem Vorstellungsgespräch am Mittwoch, 15. April, um 14:00 Uhr ein. Bitte bestätigen Sie uns den Termin kurz per E-Mail.\n\nMit freundlichen Grüßen\nPetra Lorenz\nPersonalabteilung\nVogt Logistik GmbH',
      'Petra Lorenz <p.lorenz@vogt-logistik.example>',
    );
    expect(classifyEmail(email).kind).toBe('interview');
  });
});

describe('"nicht im Haus" (de)', () => {
  it("about a colleague, in an employer's mail that confirms the interview, is no out-of-office reply", () => {
    const email = mail(
      'AW: Einladung zum Vorstellungsgespräch',
      'Sehr geehrter Herr Berger,\n\nFrau Keller ist heute nicht im Haus, daher antworte ich Ihnen in ihrer Vertretung. Danke für Ihre Bestätigung: Es bleibt bei Mittwoch, 15.04.2026, 9:30 Uhr.\n\nParken können Sie gern direkt auf dem Hof vor der Halle 2.\n\nMit freundlichen Grüßen\nMonika Albers\nAssistenz der Geschäftsführung\nVogt Logistik GmbH',
      'Monika Albers <m.albers@vogt-logistik.example>',
    );
    const result = classifyEmail(email);
    expect(result.kind).toBe('interview');
    expect(result.evidence).not.toContain('nicht im Haus');
  });

  it('(guard) "ich bin … nicht im Büro" is an out-of-office reply', () => {
    const email = mail(
      'Abwesenheitsnotiz: Ihre Bewerbung',
      'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 24. April nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@vogt-logistik.example.\n\nPetra Lorenz',
      'Petra Lorenz <p.lorenz@vogt-logistik.example>',
    );
    expect(classifyEmail(email).kind).toBe('other');
  });
});

describe('people who are not the candidate (fr)', () => {
  it('a manager who has a candidate for the reader to supervise', () => {
    const email = mail(
      'Essai mardi',
      "Lucie,\n\nJ'ai un candidat pour le poste de commis de salle, Théo, qui vient faire un service d'essai mardi midi. Tu es en poste ce jour-là, je te le confie de 11h à 15h. Dis-moi ensuite ce que tu en as pensé.\n\nMerci,\nKarim",
      'Karim Benali <karim@brasserie-lavoute.example>',
      'Lucie Martin <lucie.martin@mail.example>',
    );
    expectDecided(email, 'other', "J'ai un candidat");
  });

  it('a brother who forwards his own rejection and asks about his CV', () => {
    const email = mail(
      'Fwd: Votre candidature – Préparateur de commandes',
      "encore un refus... tu pourrais jeter un oeil à mon CV ce week-end ? je sais plus quoi changer\n\n---------- Message transféré ---------\nDe : Recrutement <recrutement@entrepots-rhone.example>\nObjet : Votre candidature – Préparateur de commandes\n\nBonjour Maxime,\n\nNous vous remercions pour l'intérêt porté à notre entreprise. Malheureusement, nous ne pouvons pas donner une suite favorable à votre candidature.\n\nCordialement,\nService Recrutement",
      'Maxime Martin <maxime.martin@mail.example>',
      'Lucie Martin <lucie.martin@mail.example>',
    );
    expectDecided(email, 'other', 'mon CV');
  });

  it('"décidé de retenir une autre candidate" after an interview is a rejection', () => {
    const email = mail(
      'Suite à votre entretien du 8 avril',
      "Madame Martin,\n\nNous vous remercions d'être venue nous rencontrer pour l'entretien relatif au poste d'assistante de direction. Votre disponibilité et votre aisance lors de la mise en situation ont été remarquées. Le poste demande cependant une prise de fonction immédiate, et nous avons donc décidé de retenir une autre candidate.\n\nNous vous souhaitons une bonne continuation.\n\nCordialement,\nSophie Garnier\nResponsable RH",
      'Sophie Garnier <s.garnier@cabinet-arnaud.example>',
      'Lucie Martin <lucie.martin@mail.example>',
    );
    expectDecided(email, 'rejection', 'décidé de retenir une autre candidate');
  });
});

describe('Dutch', () => {
  const to = 'Daan Smit <daan.smit@mail.example>';
  it('an acknowledgement that says what happens next stays other', () => {
    const email = mail(
      'Bedankt voor je sollicitatie',
      'Hoi Daan,\n\nJe sollicitatie voor de functie Servicemonteur Warmtepompen is goed bij ons aangekomen. Binnen een week kijkt een van onze recruiters naar je cv. Sluit je profiel aan, dan bellen we je voor een eerste kennismaking; zo niet, dan hoor je dat per mail.\n\nTeam Recruitment\nKlimaatgroep Noord',
      'Klimaatgroep Noord <werving@klimaatgroepnoord.example>',
      to,
    );
    expectDecided(email, 'other', 'goed bij ons aangekomen');
  });

  it('"Zullen we … even bellen?" with a day and a time, after the CV, is an interview', () => {
    const email = mail(
      'Re: Servicemonteur – interesse?',
      'Hoi Daan,\n\nBedankt voor je cv, dat ziet er sterk uit. Zullen we donderdag 16 april om 10:00 even bellen? Dan vertel ik je meer over de projecten en hoor ik graag wat je zoekt.\n\nGroet,\nIris\n\nIris Bakker | Recruiter | Klimaatgroep Noord',
      'Iris Bakker <iris.bakker@klimaatgroepnoord.example>',
      to,
    );
    expectDecided(email, 'interview', 'Zullen we donderdag 16 april om 10:00 even bellen');
  });

  it('a new proposal with a wage that hopes for a yes is an offer', () => {
    const email = mail(
      'nieuw voorstel',
      'Hoi Daan,\n\nIk heb er nog eens naar gekeken. We komen uit op € 3.150 bruto per maand en je mag de bedrijfsauto mee naar huis nemen. Ik stuur je morgen het aangepaste contract, hoop dat je ja zegt!\n\nGerrit',
      'Gerrit Mulder <gerrit@mulder-installatie.example>',
      to,
    );
    expectDecided(email, 'offer', 'hoop dat je ja zegt');
  });
});

describe("a headhunter's first message (es)", () => {
  it('asks whether the reader is interested: other, though it names a salary', () => {
    const email = mail(
      'Oportunidad: Responsable de Calidad en Castellón',
      'Hola Marta,\n\nSoy Raúl, consultor en una firma de selección especializada en industria. Trabajo con una empresa cerámica que busca un/a Responsable de Calidad para su planta de Castellón.\n\n• Salario: 38.000 – 42.000 € brutos anuales\n• Jornada continua los viernes\n\n¿Me dices si te interesa y te paso la descripción completa?\n\nUn saludo,\nRaúl Ferrer',
      'Raúl Ferrer <raul.ferrer@seleccionindustrial.example>',
      'Marta Soler <marta.soler@mail.example>',
    );
    expectDecided(email, 'other', 'dices si te interesa');
  });
});

describe('a referral update (en)', () => {
  it('news of "a candidate you referred" is not the reader\'s interview', () => {
    const email = mail(
      'Referral update: Priya Nair – Product Analyst',
      "Hi Sam,\n\nHere's an update on a candidate you referred.\n\nCandidate: Priya Nair\nPosition: Product Analyst\nStatus: Interview scheduled\n\nThanks for helping us grow the team!\n\nTalent Team",
      'Referrals <referrals@larchmont.example>',
      'Sam Ortiz <sam.ortiz@larchmont.example>',
    );
    expectDecided(email, 'other', 'candidate you referred');
  });
});

describe('round 14: public selection procedures, small kitchens, rentals and workshops', () => {
  it('a workshop the reader signed up for, about job interviews, is cancelled: other (nl)', () => {
    const email = mail(
      "Geannuleerd: workshop 'Solliciteren met vertrouwen' op dinsdag 3 maart",
      'Dag Anke,\n\nJe schreef je in voor onze workshop over het sollicitatiegesprek op dinsdag 3 maart om 19 uur. Omdat de trainer ziek is, gaat de sessie niet door. We sturen je een nieuwe datum zodra die vastligt.\n\nGroeten,\nHet team van Werkpunt Oost',
      'Werkpunt Oost <info@werkpuntoost.example>',
    );
    expectDecided(email, 'other', 'schreef je in voor');
  });

  it("a letting agency's decision on a flat is no rejection (en)", () => {
    const email = mail(
      'Your application for 12/4 Harbour Street – outcome',
      'Hi Priya,\n\nThanks for applying for 12/4 Harbour Street. Unfortunately your application was unsuccessful this time, as the owner has chosen another applicant.\n\nWe have several similar properties coming up next month.\n\nKind regards,\nLeasing Team\nBaywater Realty',
      'Baywater Realty <leasing@baywater.example>',
    );
    expectDecided(email, 'other', 'Leasing Team');
  });

  it('a selection office invites to the next test of the procedure: an interview (fr)', () => {
    const email = mail(
      'Sélection BX1234 – résultat et convocation',
      "Madame,\n\nVous avez réussi le test de connaissances de la sélection BX1234 – Conseiller budgétaire.\n\nVous êtes dès lors invitée à l'épreuve suivante : un entretien devant le jury, le mardi 21 avril 2026 à 10h00, rue de la Loi 51, 1040 Bruxelles.\n\nCeci est un message automatique.",
      'Sélection fédérale <noreply@selection.example>',
    );
    expectDecided(email, 'interview', "invitée à l'épreuve");
  });

  it('a selection office ends the candidacy after a failed test: a rejection (nl)', () => {
    const email = mail(
      'Selectie BX1235 – resultaat',
      'Geachte mevrouw,\n\nResultaat van de test: niet geslaagd.\n\nU kunt bijgevolg niet verder deelnemen aan deze selectieprocedure voor Beleidsmedewerker.\n\nMet vriendelijke groet,\nSelectiedienst',
      'Selectiedienst <noreply@selectie.example>',
    );
    expectDecided(email, 'rejection', 'niet verder deelnemen aan deze selectieprocedure');
  });

  it('a chef who has filled the post calls off the trial: a rejection (es)', () => {
    const email = mail(
      'Re: prueba del viernes',
      'Hola Nuria, perdona las prisas: ayer vino una chica recomendada, hizo prueba y se queda. Ya tenemos cubierto el puesto de partida, así que no hace falta que vengas el viernes. Lo siento de verdad.\n\nJavi',
      'Javi Ortega <javi@lacandela.example>',
    );
    expectDecided(email, 'rejection', 'Ya tenemos cubierto');
  });

  it.each([
    [
      'entras como',
      'Rui, falei com o sócio: entras como cozinheiro de 1.ª, contrato de um ano, 1.300€ líquidos, começas a 4 de maio. Diz-me até sexta.\n\nMarta',
    ],
    [
      'lugar é teu',
      'Olá Rui! Gostámos muito do teu dia de experiência. O lugar é teu, começas na segunda às 9h.\n\nMarta',
    ],
  ])('"%s" offers the job (pt)', (phrase, body) => {
    const email = mail('proposta', body, 'Marta Lopes <marta@tascadocanto.example>');
    expectDecided(email, 'offer', phrase);
  });

  it("a friend forwards his own invitation: 'die wollen mich … einladen' is other (de)", () => {
    const email = mail(
      'Fwd: Einladung zum Auswahltag',
      'hi, schau mal: die wollen mich zum Auswahltag einladen, was zieh ich da an?? 😅\n\n---------- Forwarded message ---------\nVon: Recruiting Brenner Bau <recruiting@brennerbau.example>\nBetreff: Einladung zum Auswahltag\n\nSehr geehrter Herr Wagner,\nwir laden Sie herzlich zu unserem Auswahltag am 28. April um 9:00 Uhr ein.',
      'Felix Wagner <felix.wagner@mail.example>',
    );
    expectDecided(email, 'other', 'wollen mich zum Auswahltag einladen');
  });
});

describe('round 15: Dutch schools, a Brazilian public selection, a recruiter in a hurry', () => {
  it.each([
    [
      'proefles',
      'Proefles groep 4',
      'Beste Sanne,\n\nDank voor het fijne gesprek. Als volgende stap nodigen we je uit voor een proefles in groep 4 op dinsdag 12 mei om 9.00 uur.\n\nMet vriendelijke groet,\nMarieke Jansen\nDirecteur OBS De Regenboog',
    ],
    [
      'meeloopmiddag',
      'Meeloopmiddag BSO',
      'Hoi Sanne,\n\nDe volgende stap is een meeloopmiddag op woensdag 13 mei van 13.30 tot 17.30 uur op de groep.\n\nGroet,\nEsther\nLocatiemanager Kinderopvang Het Nest',
    ],
  ])('a %s is a step of the selection: an interview (nl)', (phrase, subject, body) => {
    const email = mail(subject, body, 'Marieke Jansen <m.jansen@obsregenboog.example>');
    const result = classifyEmail(email);
    expect(result.kind).toBe('interview');
    expect(result.evidence.map((e) => e.toLowerCase())).toContain(phrase);
  });

  it('a school board\'s "voorstel tot benoeming" offers the post (nl)', () => {
    const email = mail(
      'Voorstel tot benoeming – groepsleerkracht',
      'Geachte mevrouw De Vries,\n\nHet College van Bestuur heeft besloten u een benoeming aan te bieden als groepsleerkracht groep 3, per 1 augustus 2026, 0,6 wtf, salaris schaal L10.\n\nMet vriendelijke groet,\nHR Stichting Wijzer Onderwijs',
      'HR Stichting Wijzer <hr@wijzeronderwijs.example>',
    );
    expectDecided(email, 'offer', 'benoeming aan te bieden');
  });

  it('"je bent daar helaas niet bij" after a phone round is a rejection (nl)', () => {
    const email = mail(
      'RE: Telefonische kennismaking',
      'Beste Sanne,\n\nNa de belronde hebben we twee kandidaten uitgenodigd voor een gesprek op school. Je bent daar helaas niet bij.\n\nVeel succes,\nLotte\nTeamleider, IKC De Horizon',
      'Lotte Brink <l.brink@ikcdehorizon.example>',
    );
    expectDecided(email, 'rejection', 'bent daar helaas niet bij');
  });

  it('a public selection "convocada para contratação" offers the contract (pt)', () => {
    const email = mail(
      'Convocação – Processo Seletivo 02/2026 – Técnica de Enfermagem',
      'Prezada candidata,\n\nFica V.Sa. convocada para contratação temporária na função de Técnica de Enfermagem, com remuneração de R$ 3.100,00. Compareça em 10/04/2026, às 9h, com os documentos do edital.\n\nComissão do Processo Seletivo',
      'Comissão PSS <pss@saude.example>',
    );
    expectDecided(email, 'offer', 'convocada para contratação');
  });

  it('a recruiter\'s "no go on <client>" is a rejection (en)', () => {
    const email = mail(
      'update',
      'hi Sam - no go on Brightline unfortunately, they want someone with more agency experience for the Account Manager role. speak next week\nJo\nJo Reid | Harbour Search',
      'Jo Reid <jo@harboursearch.example>',
    );
    expectDecided(email, 'rejection', 'no go on');
  });
});

describe('a person forwards mail sent to their own address', () => {
  const forwardOf = (
    from: string,
    to: string,
    subject: string,
    note: string,
    forwardedTo: string,
    forwarded: string,
  ) => ({
    from,
    to,
    subject,
    date: '2026-05-05T22:14:00+02:00',
    body: `${note}\n\n---------- Forwarded message ---------\nFrom: Careers <careers@brightmoor.example>\nDate: Tue, 5 May 2026 at 13:02\nSubject: ${subject.replace(/^Fwd: /, '')}\nTo: ${forwardedTo}\n\n${forwarded}`,
  });

  it('a friend forwarding her own invitation asks about her interview, not the reader’s: other', () => {
    const email = forwardOf(
      'Amina Yusuf <amina.yusuf@mail.example>',
      'Grace Otieno <grace.otieno@mail.example>',
      'Fwd: Invitation to Interview – Graduate Programme',
      'omg look!! it’s on friday. what do i wear???',
      'Amina Yusuf <amina.yusuf@mail.example>',
      'Dear Amina,\n\nCongratulations! You have been selected for an interview for our Graduate Programme on Friday 8 May at 10:00 am. Please bring your ID.\n\nBrightmoor Careers',
    );
    expect(classifyEmail(email).kind).toBe('other');
  });

  it('(guard) a mother forwarding an invitation left at her address for the reader: an interview', () => {
    const email = forwardOf(
      'Deborah Hale <deborah.hale@mail.example>',
      'Tom Hale <tom.hale@mail.example>',
      'Fwd: Weekend kitchen porter',
      'see below, ring them!!',
      '<deborah.hale@mail.example>',
      'Hi there,\n\nThis is for Tom, who left his CV with us. We would like him to come in for a quick chat about the weekend kitchen porter job on Wednesday at 3pm.\n\nMarco, Head Chef',
    );
    expect(classifyEmail(email).kind).toBe('interview');
  });
});
