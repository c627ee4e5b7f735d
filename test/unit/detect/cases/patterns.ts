/**
 * Patterns a third outside writer's emails showed (styles-c): an offer made to another person, a
 * negated offer, a past interview or trial day inside a decision, mail after an acceptance
 * (e-signature completions, new-hire paperwork, a notice to the hiring manager), applications for
 * things that are not jobs, and regional wording. Emails written for this test, none taken from a
 * corpus.
 */
import type { CaseGroup } from './kind-case';

/** A recruiter: writes each email that names no other sender. */
export const SENDER = 'Lise Marchetti <lise.marchetti@corbel.example>';
export const DATE = '2026-05-04T09:00:00+00:00';

export const GROUPS: CaseGroup[] = [
  {
    title: 'an offer made to someone else, or negated, is a rejection',
    cases: [
      {
        name: 'the offer went to a different applicant',
        kind: 'rejection',
        subject: 'Lecturer in Chemistry',
        body: 'Dear Dr Rivera, thank you for visiting the school. The panel has decided to make the offer to a different applicant, who has now accepted it. With best wishes for your search.',
      },
      {
        name: 'German: an offer made to "einer anderen Bewerberin"',
        kind: 'rejection',
        subject: 'Ihre Bewerbung',
        body: 'Liebe Sam, vielen Dank für das Gespräch. Wir haben inzwischen einer anderen Bewerberin ein Angebot gemacht, das sie angenommen hat. Alles Gute!',
      },
      {
        name: 'Spanish: an offer made to "otra candidata"',
        kind: 'rejection',
        subject: 'Tu candidatura',
        body: 'Hola Sam, gracias por la entrevista. Hemos hecho una oferta a otra candidata, que ya la ha aceptado. Mucha suerte.',
      },
      {
        name: '"not in a position to make you an offer"',
        kind: 'rejection',
        subject: 'Your application',
        body: 'Hi Sam, thanks for the time you gave us over three rounds. After a lot of thought we are not in a position to make you an offer for the Data Analyst role. Kind regards.',
      },
      {
        name: 'Spanish "no podemos hacerte una oferta"',
        kind: 'rejection',
        subject: 'Proceso de selección',
        body: 'Hola Sam, gracias por tu tiempo durante el proceso. Tras valorarlo con el equipo, no estamos en condiciones de hacerte una oferta para el puesto de cocinero. Un saludo.',
      },
      {
        name: 'Portuguese "o cargo foi atribuído a outra pessoa" after an interview',
        kind: 'rejection',
        subject: 'Candidatura – Rececionista',
        body: 'Cara Sam, agradecemos a sua disponibilidade e a conversa na entrevista de terça. Informamos que o cargo de rececionista foi atribuído a outra pessoa. Cumprimentos.',
      },
      {
        name: 'a one-line "gone a different way"',
        kind: 'rejection',
        subject: 'Re: Line cook application',
        body: "Cheers Sam, we've gone a different way on this one. All the best!",
      },
    ],
  },
  {
    title: 'a decision that mentions a past interview or trial day is that decision',
    cases: [
      {
        name: 'Spanish rejection after an interview: "nos hemos decantado por otra candidata"',
        kind: 'rejection',
        subject: 'Gracias por venir',
        body: 'Hola Sam: gracias por acudir a la entrevista del martes para camarero. Al final nos hemos decantado por otra candidata con más experiencia en sala. Suerte con todo.',
      },
      {
        name: 'German offer after a trial day',
        kind: 'offer',
        subject: 'Ihre Bewerbung als Erzieherin',
        body: 'Guten Tag Frau Rivera, vielen Dank für das Vorstellungsgespräch und den Probetag am Montag. Wir freuen uns, Ihnen hiermit eine unbefristete Anstellung als Erzieherin (m/w/d) in Teilzeit anzubieten. Die Vergütung richtet sich nach TVöD. Mit freundlichen Grüßen',
      },
      {
        name: 'a written follow-up to an offer made on the phone',
        kind: 'offer',
        subject: 'Following up on our call',
        body: 'Sam, as I said on the phone this morning, we want you at the studio as our new Junior Designer. Salary is £30,000 and the formal letter follows tomorrow. Dana',
      },
      {
        name: 'an informal offer: "we\'d love you to come on as"',
        kind: 'offer',
        subject: 'good news',
        body: "Sam! Loved having you in the kitchen on Friday. We'd love you to come on as a line cook, £13 an hour, starting next Monday. Text me!",
      },
      {
        name: 'Dutch exam: "je niet doorgaat naar de mondelinge proef"',
        kind: 'rejection',
        subject: 'Sollicitatie Beleidsmedewerker',
        body: 'Beste Sam, bedankt voor je deelname aan de schriftelijke proef voor de functie van beleidsmedewerker. Je behaalde niet de minimumscore, waardoor je niet doorgaat naar de mondelinge proef. Met vriendelijke groeten',
      },
      {
        name: 'German "können Ihnen leider keine Zusage machen"',
        kind: 'rejection',
        subject: 'Ihre Bewerbung',
        body: 'Hallo Sam, vielen Dank für Ihre Bewerbung als Lagerhelfer. Nach Prüfung Ihrer Unterlagen können wir Ihnen leider keine Zusage machen. Ihr Recruiting-Team',
      },
    ],
  },
  {
    title: 'after an acceptance, and applications that are not for a job, stay other',
    cases: [
      {
        name: 'a notice that a named candidate accepted',
        kind: 'other',
        subject: 'Offer accepted: Lena Ortiz - Support Engineer',
        from: 'Hiring Platform <notify@hireflow.example>',
        body: 'Hi Sam, Lena Ortiz has accepted the offer for Support Engineer. Start date: 3 August. Please get her laptop and accounts ready before day one.',
      },
      {
        name: 'an e-signature completion of an offer letter',
        kind: 'other',
        subject: 'Completed: Offer Letter - Sam Rivera',
        from: 'Signing Service <dse@sign.example>',
        body: 'All parties have completed Offer Letter - Sam Rivera. Your copy of the signed document is attached for your records.',
      },
      {
        name: 'a German e-signature completion of a contract',
        kind: 'other',
        subject: 'Abgeschlossen: Arbeitsvertrag Sam Rivera',
        from: 'Signaturdienst <dse@sign.example>',
        body: 'Alle Parteien haben Arbeitsvertrag Sam Rivera abgeschlossen. Eine Kopie des Dokuments ist angehängt.',
      },
      {
        name: 'Portuguese new-hire paperwork',
        kind: 'other',
        subject: 'Documentação de admissão',
        body: 'Olá Sam, seja bem-vinda ao time! Para a sua admissão, envie o CPF, o RG e o comprovante de residência até sexta; o exame admissional está marcado para segunda às 9h. Abraços, RH',
      },
      {
        name: 'a French flat application refused',
        kind: 'other',
        subject: 'Votre dossier',
        body: "Madame, nous avons le regret de vous informer que votre candidature pour l'appartement T2 n'a pas été retenue par la commission d'attribution des logements.",
      },
      {
        name: 'a craft fair stall not offered',
        kind: 'other',
        subject: 'Summer fair applications',
        body: "Hi Sam, thanks for applying for a pitch at the summer craft fair. Sadly we couldn't find room for your stall this time; we'd love to see you apply next year.",
      },
    ],
  },
  {
    title: 'regional and second-person wording',
    cases: [
      {
        name: 'Québec French "entrevue téléphonique … (HAE)"',
        kind: 'interview',
        subject: 'Entrevue – Commis',
        body: "Bonjour Sam, j'aimerais te parler lors d'une courte entrevue téléphonique mercredi le 6 mai à 10 h 15 (HAE) pour le poste de commis.",
      },
      {
        name: '"you\'ve got the job!" to the reader',
        kind: 'offer',
        subject: 'Great news',
        body: "Sam, you've got the job! We'll send the paperwork on Monday with your start date.",
      },
      {
        name: '"confirm your appointment as" a title',
        kind: 'offer',
        subject: 'Ward 9',
        body: 'Please confirm your appointment as Staff Nurse on Ward 9 by Friday.',
      },
      {
        name: 'a short Spanish rejection is read as Spanish',
        kind: 'rejection',
        subject: 'Re: tu postulación',
        body: 'Hola, lamentablemente no fuiste seleccionada. Gracias por postularte!',
      },
    ],
  },
  // The rules above are narrow enough that near misses stay other (these passed before them too).
  {
    title: 'near misses of the rules above stay other',
    cases: [
      {
        name: 'a rota note: "we need you on the floor at 8 as usual"',
        kind: 'other',
        subject: 'Shift tomorrow',
        body: 'Hi Sam, we need you on the floor at 8 as usual tomorrow. Thanks, Rota team',
      },
      {
        name: 'a friend asking "have you got the job yet?"',
        kind: 'other',
        subject: 'hey',
        from: 'Jo Park <jo.park@mail.example>',
        body: 'Have you got the job yet? Mum keeps asking me lol',
      },
      {
        name: 'a guest spot: "love you to come on as a guest"',
        kind: 'other',
        subject: 'Re: coffee',
        body: "We'd love you to come on as a guest on the show next month, no pay but great exposure!",
      },
      {
        name: 'a German job alert: "andere Bewerber haben sich auch angesehen"',
        kind: 'other',
        subject: 'Neue Jobs für dich',
        from: 'Jobportal <alerts@jobportal.example>',
        body: 'Hallo Sam, andere Bewerber haben sich auch diese Stellen angesehen: Koch (m/w/d), Küchenhilfe. Jetzt bewerben!',
      },
      {
        name: 'a Spanish job alert: "otro candidato como tú vio"',
        kind: 'other',
        subject: 'Empleos para ti',
        from: 'Portal de empleo <alertas@empleo.example>',
        body: 'Hola Sam, otro candidato como tú vio estas ofertas: camarero, cocinero. ¡Postúlate ahora!',
      },
      {
        name: 'a Spanish grant call: "no fue seleccionada en la convocatoria de becas"',
        kind: 'other',
        subject: 'Resolución',
        body: 'Estimada Sam: lamentamos informarle que su solicitud no fue seleccionada en la convocatoria de becas de investigación de este año. Le animamos a postularse de nuevo.',
      },
    ],
  },
  {
    title: 'patterns of a fourth outside writer (styles-d)',
    cases: [
      {
        name: 'en w someone else',
        kind: 'rejection',
        subject: 'Re: warehouse job',
        body: 'Sorry mate, we went w someone else for the warehouse job. Cheers',
      },
      {
        name: 'en gave the job to someone',
        kind: 'rejection',
        subject: 'Re: line cook',
        body: 'Thanks for coming in for the line cook trial. In the end we gave the job to someone with more grill experience.',
      },
      {
        name: 'en cannot hire you',
        kind: 'rejection',
        subject: 'Your application',
        body: 'Thanks for applying for the forklift driver position. Without a forklift licence we cannot hire you at this time.',
      },
      {
        name: 'en not able to bring anyone on',
        kind: 'rejection',
        subject: 'Re: analyst role',
        body: "Budget for the analyst role got cut, so we're not going to be able to bring anyone on this quarter. Really sorry.",
      },
      {
        name: 'en e-sign request',
        kind: 'other',
        subject: 'Please sign: Offer Letter – Sam Rivera',
        body: 'Marta Quinn (Pinecrest Labs) sent you a document to review and sign.\n\nDocument: Offer Agreement.pdf\n\nOPEN DOCUMENT',
      },
      {
        name: 'en speaking slot',
        kind: 'other',
        subject: 'Northern Makers meetup',
        body: 'Hi Sam, we would love to offer you a speaking spot at the Northern Makers meetup in June. Let us know by Friday.',
      },
      {
        name: 'en cover my phone screens',
        kind: 'other',
        subject: 'Thursday interviews - can you step in?',
        body: 'I am off on Thursday. Can you take my two phone screens for the support role, 9am and 1pm ET? Notes are on the drive.',
      },
      {
        name: 'en extend assignment',
        kind: 'offer',
        subject: 'Good news',
        body: "The ward would love to extend your night shift care assignment for another eight weeks at the same rate. Reply yes and it's done.",
      },
      {
        name: 'en book for locum',
        kind: 'offer',
        subject: 'Re: cover',
        body: "We'd like to book you for four days of locum cover next month at the agreed rate. Agreement to follow.",
      },
      {
        name: 'en guard book a session',
        kind: 'other',
        subject: 'Re: physio',
        body: "We'd like to book you for two physio sessions next week, Tuesday and Thursday.",
      },
      {
        name: 'de flat viewing',
        kind: 'other',
        subject: 'Wohnung Gartenstraße',
        body: 'Sehr geehrte Frau Rivera, danke für Ihr Interesse an der Wohnung in der Gartenstraße. Leider hat sich der Vermieter für einen anderen Bewerber entschieden.',
      },
      {
        name: 'de ack oder Absage',
        kind: 'other',
        subject: 'Deine Bewerbung',
        body: 'Hi Sam, danke für deine Bewerbung als Lagerhelfer! Du hörst innerhalb einer Woche von uns, mit einem Termin oder einer Absage.',
      },
      {
        name: 'de für jemanden entschieden',
        kind: 'rejection',
        subject: 'Probetag',
        body: 'Hallo Sam, danke fürs Probearbeiten letzte Woche. Wir haben uns am Ende für jemanden entschieden, der schon länger in der Küche steht. Sorry!',
      },
      {
        name: 'nl hoor je of we je uitnodigen',
        kind: 'other',
        subject: 'Bevestiging',
        body: 'Beste Sam, bedankt voor je sollicitatie. Binnen twee weken hoor je of we je uitnodigen voor een gesprek.',
      },
      {
        name: 'nl je mag bij ons beginnen',
        kind: 'offer',
        subject: 'Goed nieuws',
        body: 'Hoi Sam, je mag volgende maand bij ons beginnen in het magazijn, 32 uur per week. Kom je langs voor het contract?',
      },
      {
        name: 'nl guard je mag beginnen als',
        kind: 'other',
        subject: 'Sleutel',
        body: 'Hoi Sam, je mag morgen al beginnen met het schilderen van je kamer als je de sleutel van de nieuwe flat hebt opgehaald.',
      },
      {
        name: 'nl functie aan te bieden',
        kind: 'offer',
        subject: 'Teamleider',
        body: 'Beste Sam, ik ben blij je de functie van teamleider aan te bieden, met ingang van 1 april.',
      },
      {
        name: 'es contratamos a otro',
        kind: 'rejection',
        subject: 'Re: puesto de cocina',
        body: 'Gracias por venir a la prueba. Al final contratamos a otro chico con más experiencia para el puesto, lo siento.',
      },
      {
        name: 'es te unieras',
        kind: 'offer',
        subject: 'Buenas noticias',
        body: 'Hola Sam, nos encantaría que te unieras al almacén a partir de mayo, con jornada completa.',
      },
      {
        name: 'fr convocation sera envoyée',
        kind: 'other',
        subject: 'Inscription',
        body: 'Madame, votre inscription au concours est enregistrée. La convocation aux épreuves écrites sera envoyée par courrier.',
      },
      {
        name: 'fr veut te voir',
        kind: 'interview',
        subject: 'Resto',
        body: 'Salut Sam, le restaurant veut te voir pour le poste de commis, demain 10h sur place.',
      },
      {
        name: 'fr prolonger mission',
        kind: 'offer',
        subject: 'Votre mission',
        body: "Bonjour, le client souhaite prolonger votre mission de préparateur jusqu'à fin juin, aux mêmes conditions.",
      },
      {
        name: 'pt excluída do concurso',
        kind: 'rejection',
        subject: 'Concurso 12/2026',
        body: 'Informamos que V. Exa. foi excluída do concurso por não apresentar os documentos exigidos para a vaga.',
      },
      {
        name: 'pt nota mínima',
        kind: 'rejection',
        subject: 'Candidatura',
        body: 'Informamos que V. Exa. não obteve a nota mínima exigida na prova de conhecimentos para a vaga de assistente técnico.',
      },
      {
        name: 'pt convidado dinâmica',
        kind: 'interview',
        subject: 'Seleção de trainees',
        body: 'Olá Sam! Você foi convidado para a dinâmica em grupo da nossa seleção de trainees, dia 12/09 às 14h.',
      },
      {
        name: 'pt renovação do contrato',
        kind: 'offer',
        subject: 'Renovação',
        body: 'Prezado Sam, temos o prazer de propor a renovação do seu contrato de monitor por mais um semestre.',
      },
    ],
  },
  {
    title: 'forwards to family and e-signature requests in every language (styles-d)',
    cases: [
      {
        name: "a forward to a parent: 'Mum, ...'",
        kind: 'other',
        subject: 'Fwd: Your offer',
        body: 'Mum look!! can you check the notice period bit for me?\n\n---------- Forwarded message ---------\nFrom: Jo Hart <jo@kestrel.example>\nSubject: Your offer\n\nDear Sam, we are delighted to offer you the role of Buyer at a salary of £31,000. Please sign and return the offer letter by Friday.',
      },
      {
        name: "a forward to a sibling: 'sis'",
        kind: 'other',
        subject: 'Fwd: Interview on Tuesday',
        body: 'sis can you drive me there on tuesday? details below x\n\n---------- Forwarded message ---------\nFrom: Jo Hart <jo@kestrel.example>\nSubject: Interview on Tuesday\n\nHi Sam, we would like to invite you to an interview for the Buyer role on Tuesday 12 May at 11am.',
      },
      {
        name: 'German e-signature request',
        kind: 'other',
        subject: 'Bitte unterschreiben: Arbeitsvertrag',
        body: 'Jo Hart (Kestrel GmbH) hat Ihnen ein Dokument zur Unterschrift gesendet.\n\nDokument: Arbeitsvertrag Sam Rivera.pdf\n\nDOKUMENT ÖFFNEN',
      },
      {
        name: 'French e-signature request',
        kind: 'other',
        subject: "À signer : votre proposition d'embauche",
        body: "Bonjour Sam,\n\nJo Hart (Kestrel) vous a envoyé un document à signer : Proposition d'embauche - CDI - salaire brut annuel.pdf\n\nOUVRIR LE DOCUMENT",
      },
      {
        name: 'Spanish e-signature request',
        kind: 'other',
        subject: 'Firma pendiente: carta de oferta',
        body: 'Hola Sam,\n\nJo Hart (Kestrel) te ha enviado un documento para firmar: Carta de oferta - puesto de analista - salario bruto anual.pdf\n\nREVISAR DOCUMENTO',
      },
      {
        name: 'Portuguese e-signature request',
        kind: 'other',
        subject: 'Assinatura pendente: proposta de contratação',
        body: 'Olá Sam,\n\nJo Hart (Kestrel) enviou um documento para assinatura: Proposta de contratação - vaga de analista - salário.pdf\n\nABRIR DOCUMENTO',
      },
      {
        name: 'Dutch e-signature request',
        kind: 'other',
        subject: 'Ter ondertekening: arbeidsovereenkomst',
        body: 'Jo Hart (Kestrel) heeft je een document gestuurd om te ondertekenen.\n\nDocument: Arbeidsovereenkomst Sam Rivera.pdf\n\nDOCUMENT BEKIJKEN',
      },
      {
        name: 'guard: an offer mentioning mums and dads',
        kind: 'offer',
        subject: 'Your offer',
        body: 'Dear Sam, we are delighted to offer you the position of Nursery Practitioner at a salary of £24,500, starting 1 June. The mums and dads here will love you.',
      },
    ],
  },
  {
    title: 'an internship is a job in German too (styles-d)',
    cases: [
      {
        name: "German withdrawn internship: the only job word is 'Praktikum'",
        kind: 'rejection',
        subject: 'Ihr Praktikum',
        body: 'Sehr geehrte Frau Rivera, leider muss ich Ihnen mitteilen, dass das zugesagte Praktikum im Labor nicht stattfinden kann, weil das Projekt gestoppt wurde. Es tut mir sehr leid.',
      },
      {
        name: 'guard: a German internship note that is no decision',
        kind: 'other',
        subject: 'Praktikum im Sommer',
        body: 'Hallo Sam, leider habe ich erst jetzt gesehen, dass du im Sommer ein Praktikum in Wien machst. Wollen wir uns vorher noch auf einen Kaffee treffen?',
      },
    ],
  },
];
