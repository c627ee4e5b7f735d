/**
 * Wording our first corpus lacked and a probe written in other styles showed: hard negatives that
 * borrow job words (mail to the hiring manager, acknowledgements that say what may come, friends'
 * news, school admissions, surveys, auto-replies, neutral status notices), notification wrappers
 * around a personal message, a decision beside a mention of an interview stage, and phrasings in
 * every supported language. Emails written for this test, none taken from a corpus.
 */
import type { CaseGroup } from './kind-case';

/** A recruiter: writes each email that names no other sender. */
export const SENDER = 'Noor Aziz <noor.aziz@brightfield.example>';
export const DATE = '2026-04-06T09:00:00+00:00';

const FRIEND = 'Jo Park <jo.park@mail.example>';

export const GROUPS: CaseGroup[] = [
  {
    title: 'hard negatives that borrow job words stay other',
    cases: [
      {
        name: 'an ATS notice to the hiring manager about a named candidate',
        kind: 'other',
        subject: 'Offer signed off: Warehouse Lead - Jordan Pike',
        from: 'Hiring Platform <no-reply@hireflow.example>',
        to: 'Renee Ortiz <renee.ortiz@northwind.example>',
        body: `Hi Renee,

The offer for Jordan Pike (Warehouse Lead, req 2231) was signed off by finance this morning. Please phone the candidate to share the verbal offer; the written offer letter goes out once they agree.

Base salary: $61,500
Proposed start date: June 2

You get this notification because you're the hiring manager on this requisition.`,
      },
      {
        name: 'an acknowledgement that says it will tell whether it invites the reader',
        kind: 'other',
        subject: 'Thanks for applying - Line Cook',
        body: 'Thanks for applying for the Line Cook role. Our kitchen manager reads every application personally, and we will let you know whether we would like to invite you to a tasting shift within two weeks.',
      },
      {
        name: 'a Dutch acknowledgement: "laten je weten of we je uitnodigen"',
        kind: 'other',
        subject: 'Ontvangen: je reactie op Magazijnmedewerker',
        body: 'Bedankt voor je reactie op de vacature Magazijnmedewerker. We bekijken je cv deze week en laten je daarna weten of we je uitnodigen voor een kennismaking.',
      },
      {
        name: 'an acknowledgement that says silence means no',
        kind: 'other',
        subject: 'Credit Controller vacancy',
        body: 'We acknowledge receipt of your application for the Credit Controller post. Please note that only shortlisted applicants will be contacted. If you have not heard from us within four weeks of the closing date, your application has not been successful on this occasion.',
      },
      {
        name: "a friend's news about their own rejection, quoting the stock line",
        kind: 'other',
        subject: 'ugh',
        from: FRIEND,
        body: "Got rejected by the bakery chain today, after two rounds! They sent the classic 'we have decided to pursue other applicants' line. Drinks Friday?",
      },
      {
        name: 'a friend\'s news in Spanish: "me llegó la respuesta"',
        kind: 'other',
        subject: 'nada',
        from: FRIEND,
        body: 'Oye, me llegó la respuesta del hotel: que gracias pero que se quedaron con otra candidata. Y eso que la entrevista salió bien. ¿Cenamos el viernes?',
      },
      {
        name: 'a university offer of a place on a course',
        kind: 'other',
        subject: 'Your application: MSc Data Science',
        from: 'Postgraduate Admissions <pg-admissions@uni-harrowgate.example>',
        body: 'Congratulations! We are pleased to make you a conditional offer of a place on the MSc Data Science course starting in September. Please accept the offer through the applicant portal, where you will also find details of tuition fees and postgraduate funding.',
      },
      {
        name: "a French master's admission decision",
        kind: 'other',
        subject: 'Résultat de votre candidature - Master 1 Droit des affaires',
        from: 'Scolarité <scolarite@univ-lisere.example>',
        body: "Madame, Monsieur,\n\nLa commission pédagogique du Master 1 Droit des affaires a étudié votre dossier. Nous avons le regret de vous informer que votre candidature n'a pas été retenue.\n\nLe service de scolarité",
      },
      {
        name: 'a candidate-experience survey after an interview',
        kind: 'other',
        subject: 'Two minutes for your thoughts?',
        body: "Thanks for interviewing with us for the Store Supervisor position last week. Could you complete a short survey about how the process went? Your answers are anonymous and won't affect any hiring decision.",
      },
      {
        name: 'a neutral status notice: referred to the hiring manager',
        kind: 'other',
        subject: 'Application status: Referred',
        from: 'Careers <careers-noreply@county-works.example>',
        body: 'You were found qualified for the Budget Analyst position, and your application has been referred to the hiring manager for further consideration.',
      },
      {
        name: 'a Portuguese acknowledgement: "retornaremos informando se você foi selecionado"',
        kind: 'other',
        subject: 'Candidatura recebida - Analista Financeiro',
        from: 'Recrutamento <vagas@brightfield.example>',
        body: 'Olá, Sam! Recebemos seu currículo para a vaga de Analista Financeiro. Nossa equipe vai analisar o seu perfil e retornaremos informando se você foi selecionado para a entrevista com a gestora.',
      },
    ],
  },
  {
    title: 'more hard negatives: staff on a panel, ratings, school places, reviews in progress',
    cases: [
      {
        name: 'a reminder to a panel member',
        kind: 'other',
        subject: 'Panel reminder',
        body: 'Reminder: you are on the interview panel for Alex Chen tomorrow at 10am in Room 4B. Please read the CV beforehand.',
      },
      {
        name: 'a request to rate the interview experience',
        kind: 'other',
        subject: 'Tell us about your interview',
        body: 'We would love your feedback on your recent interview experience with Brightfield. Please rate us on a scale of 1 to 5.',
      },
      {
        name: 'a school offering a pupil a place',
        kind: 'other',
        subject: 'Your place in September',
        from: 'Admissions <office@northbridge-college.example>',
        body: 'We are delighted to offer you a place at Northbridge Sixth Form College for September 2026. Please confirm your place by 1 July.',
      },
      {
        name: 'an application being reviewed, a decision to come',
        kind: 'other',
        subject: 'Application update',
        from: 'Careers <careers-noreply@brightfield.example>',
        body: 'Your application for Data Analyst is being reviewed by the hiring team. We will update you once a decision has been made.',
      },
    ],
  },
  {
    title: 'out-of-office replies stay other in every language',
    cases: [
      {
        name: 'English',
        kind: 'other',
        subject: 'Automatic reply: Interview availability',
        body: "I'm out of the office until Monday 14 April with no access to email. For anything about interviews or offers, please write to careers@brightfield.example.",
      },
      {
        name: 'German',
        kind: 'other',
        subject: 'Abwesend: Ihre Bewerbung',
        body: 'Vielen Dank für Ihre Nachricht. Ich bin bis zum 22. April nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen zu Vorstellungsgesprächen wenden Sie sich bitte an bewerbung@brightfield.example.',
      },
      {
        name: 'French',
        kind: 'other',
        subject: 'Réponse automatique : Entretien',
        body: 'Bonjour, je suis absente jusqu’au 18 avril inclus. Pour toute question sur les entretiens ou les candidatures, merci de contacter recrutement@brightfield.example.',
      },
      {
        name: 'Spanish',
        kind: 'other',
        subject: 'Respuesta automática: Entrevista',
        body: 'Hola, estoy fuera de la oficina hasta el 21 de abril. Para temas de entrevistas o candidaturas, escribe a seleccion@brightfield.example.',
      },
      {
        name: 'Portuguese',
        kind: 'other',
        subject: 'Resposta automática: Entrevista',
        body: 'Olá! Estou de férias até 20 de abril, com acesso limitado ao e-mail. Para assuntos de entrevistas e vagas, fale com rh@brightfield.example.',
      },
      {
        name: 'Dutch',
        kind: 'other',
        subject: 'Automatisch antwoord: Sollicitatiegesprek',
        body: 'Dank voor je bericht. Ik ben afwezig tot en met 19 april. Voor vragen over sollicitatiegesprekken kun je terecht bij werving@brightfield.example.',
      },
    ],
  },
  {
    title: 'a notification wrapper does not outweigh the personal message inside',
    cases: [
      {
        name: 'an offer in a message notification with a digest footer',
        kind: 'offer',
        subject: 'Omar sent you a message',
        from: 'Network Messages <messages-noreply@proconnect.example>',
        body: `Omar Haddad
Founder at Tidewell

Sam, we talked it over and we'd like to bring you on as our first data engineer. I'll send the paperwork tomorrow.

View message

You are receiving message digest emails. Unsubscribe`,
      },
      {
        name: 'an invitation inside an InMail notification',
        kind: 'interview',
        subject: 'A Platform Engineer role at Tidewell',
        from: 'Network Messages <inmail-noreply@proconnect.example>',
        body: `Priya Nair
Talent Partner at Tidewell

Hi Sam, thanks for sending your portfolio. The team would love to set up a 45-minute interview with you for the Platform Engineer role. Would Wednesday at 11am CET work?

This is an InMail. You are receiving InMail notification emails. Unsubscribe`,
      },
    ],
  },
  {
    title: 'a decision beats a mention of an interview stage',
    cases: [
      {
        name: 'scores not high enough to progress to the final interview',
        kind: 'rejection',
        subject: 'Assessment centre outcome',
        body: 'Thank you for attending the assessment centre. Unfortunately, on this occasion your scores were not high enough to progress to the final interview.',
      },
      {
        name: 'a failed test that names the assessment centre stage',
        kind: 'rejection',
        subject: 'Your test results - Graduate Engineer',
        from: 'Graduate Team <graduates@brightfield.example>',
        body: 'Thank you for completing the situational judgement test. Your score did not meet the benchmark needed to progress to the assessment centre stage, so we cannot move your application forward this year.',
      },
      {
        name: 'an offer after an interview board: "proposes to appoint you"',
        kind: 'offer',
        subject: 'Outcome of interview board',
        body: 'Following the interview board, I am pleased to tell you that the board proposes to appoint you to the post of Clerical Officer, subject to references and a medical.',
      },
      {
        name: 'a Dutch rejection after a second interview',
        kind: 'rejection',
        subject: 'Uitslag tweede gesprek',
        body: 'Dank je voor het tweede gesprek van vorige week. Na lang wikken en wegen hebben we gekozen voor een andere sollicitant voor de functie van Planner.',
      },
    ],
  },
  {
    title: 'phrasings of every kind, in every language',
    cases: [
      {
        name: 'rejection: "unable to take your candidacy further"',
        kind: 'rejection',
        subject: 'Service Desk Analyst',
        body: 'Thank you for your interest in the Service Desk Analyst role. We are unable to take your candidacy further at this time.',
      },
      {
        name: 'German rejection: "bedauern … nicht berücksichtigt"',
        kind: 'rejection',
        subject: 'Ihre Bewerbung als Buchhalterin',
        body: 'Sehr geehrte Frau Rivera,\n\nwir bedauern, dass Ihre Bewerbung für die Stelle als Buchhalterin im weiteren Auswahlverfahren nicht berücksichtigt werden kann.\n\nMit freundlichen Grüßen',
      },
      {
        name: 'Spanish rejection: "la plaza ya se ha cubierto"',
        kind: 'rejection',
        subject: 'Auxiliar Administrativo',
        body: 'Hola Sam, te escribo para contarte que la plaza de Auxiliar Administrativo ya se ha cubierto. Gracias por tu tiempo y mucha suerte.',
      },
      {
        name: 'offer: "the job\'s yours"',
        kind: 'offer',
        subject: 'deli counter',
        body: "Sam - talked to the manager and the job's yours if you still want it. Starts Monday, 7am.",
      },
      {
        name: 'offer: "we want you on the night crew"',
        kind: 'offer',
        subject: 'after your trial',
        body: 'Great shift yesterday. We want you on the night crew from next week, four nights, $21 an hour to start.',
      },
      {
        name: 'Spanish offer: "queremos que te incorpores"',
        kind: 'offer',
        subject: 'Buenas noticias',
        body: 'Hola Sam, queremos que te incorpores al equipo como Analista de Datos. La propuesta es de 2.100 euros brutos mensuales. ¡Cuéntame qué te parece!',
      },
      {
        name: 'Portuguese offer: "te ter como"',
        kind: 'offer',
        subject: 'Novidade boa',
        body: 'Oi Sam! A gente adoraria te ter como desenvolvedora no nosso time a partir de maio, com contrato PJ e 100% remoto. Você topa?',
      },
      {
        name: 'interview in text-speak: "can u do tmrw 10am"',
        kind: 'interview',
        subject: 'cashier',
        body: 'hey Sam can u do tmrw 10am for a chat about the cashier job? - Noor',
      },
      {
        name: 'Dutch interview: next round, when are you available',
        kind: 'interview',
        subject: 'Volgende ronde - Planner',
        body: 'Beste Sam,\n\nWe gaan graag met je door naar de volgende ronde voor de functie Planner. Welke momenten ben je volgende week beschikbaar?\n\nGroet,\nNoor',
      },
      {
        name: 'Spanish interview: "pases a la siguiente etapa"',
        kind: 'interview',
        subject: 'Proceso de selección - Analista',
        body: 'Hola Sam:\n\nTras revisar tu candidatura, nos gustaría que pases a la siguiente etapa del proceso: una prueba técnica de 60 minutos que puedes hacer esta semana.\n\nSaludos,\nNoor',
      },
    ],
  },
  {
    title: 'regional and informal wording in Spanish, Portuguese, Dutch, German and French',
    cases: [
      {
        name: 'Spanish offer: "nos encantaría que te unas"',
        kind: 'offer',
        subject: 'Buenas noticias',
        body: 'Hola Sam, nos encantaría que te unas al equipo a partir del 1 de junio como desarrolladora.',
      },
      {
        name: 'Spanish rejection: "decidimos avanzar con otro perfil para la posición"',
        kind: 'rejection',
        subject: 'Tu postulación',
        body: 'Hola Sam, te agradecemos por participar, pero en esta oportunidad decidimos avanzar con otro perfil para la posición.',
      },
      {
        name: 'Brazilian offer: "queremos muito você no time"',
        kind: 'offer',
        subject: 'Aprovada!',
        body: 'Oi Sam, você foi aprovada! Queremos muito você no time. Salário de R$ 6.000 no regime CLT.',
      },
      {
        name: 'Brazilian invitation: "bora marcar um papo na quinta às 10h"',
        kind: 'interview',
        subject: 'Papo',
        body: 'Oi Sam! Bora marcar um papo na quinta às 10h sobre a vaga de designer?',
      },
      {
        name: 'Flemish rejection: "jammer genoeg … niet verder … je kandidatuur"',
        kind: 'rejection',
        subject: 'Je kandidatuur',
        body: 'Dag Sam, jammer genoeg hebben we beslist om niet verder te gaan met je kandidatuur.',
      },
      {
        name: 'Flemish invitation: "langs kunnen komen voor een gesprek"',
        kind: 'interview',
        subject: 'Gesprek',
        body: 'Dag Sam, zou je volgende dinsdag om 14u langs kunnen komen voor een gesprek?',
      },
      {
        name: 'German offer: "in unserem Team begrüßen zu dürfen"',
        kind: 'offer',
        subject: 'Willkommen',
        body: 'Hallo Sam, wir freuen uns, dich ab 1. Juli in unserem Team begrüßen zu dürfen!',
      },
      {
        name: 'German invitation: "Hätten Sie am Dienstag um 10 Uhr Zeit"',
        kind: 'interview',
        subject: 'Telefonat',
        body: 'Hätten Sie am Dienstag um 10 Uhr Zeit für ein kurzes Telefonat zu Ihrer Bewerbung?',
      },
      {
        name: 'French invitation: "seriez-vous disponible jeudi à 14 h"',
        kind: 'interview',
        subject: 'Échange',
        body: 'Bonjour Sam, seriez-vous disponible jeudi à 14 h pour un échange téléphonique au sujet du poste ?',
      },
      {
        name: 'German cold outreach without a day stays other',
        kind: 'other',
        subject: 'Kurze Frage',
        body: 'Hallo Herr Rivera, ich bin Personalberaterin. Hätten Sie diese Woche Zeit für ein kurzes Telefonat über eine spannende Position bei einem meiner Kunden?',
      },
      {
        name: 'French cold outreach without a day stays other',
        kind: 'other',
        subject: 'Opportunité',
        body: 'Bonjour Sam, je suis consultante en recrutement. Seriez-vous disponible pour un échange sur une opportunité chez un de mes clients ?',
      },
      {
        name: 'Dutch cold outreach for a short call stays other',
        kind: 'other',
        subject: 'Mooie functie',
        body: 'Hoi Sam, ik ben recruiter. Heb je deze week tijd voor een kort telefoontje over een mooie functie bij een klant van mij?',
      },
    ],
  },
];
