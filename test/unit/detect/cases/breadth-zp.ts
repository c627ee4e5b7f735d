/**
 * Breadth round zp: the rest of life speaks hiring's words. A clinic offers the reader an
 * appointment, a passport office cannot go on with an application, a study invites a participant,
 * a bank declines a card, a shelter has no place on its rota for a volunteer, an immigration office
 * books an interview: the reader is a patient, an applicant for a document, a customer, a
 * participant or a volunteer, not a candidate. Hiring mail from the same places (a surgery
 * hiring a receptionist, a lab hiring an assistant, a bank declining a job application) stays what
 * it is, and so does a rejection that suggests setting up job alerts. Each case is written for this test in its own words, none taken from a corpus; each fails
 * without the rule named in the comment above it, except the guards, which show what must stay as
 * it is.
 */
import type { CaseGroup } from './kind-case';

export const SENDER = 'Priya Lund <priya@harbourside.example>';
export const DATE = '2026-05-11T09:00:00+00:00';

export const GROUPS: CaseGroup[] = [
  {
    title: 'the reader as a patient',
    cases: [
      // x4 your _2 doctor|gp|medication|medicines|prescription|self-referral|symptoms (rules-en)
      {
        name: 'a surgery offers a slot to go over the reader’s inhaler prescription',
        kind: 'other',
        subject: 'Appointment available',
        body: 'Dear Ms Rivera, we can offer you an appointment on Thursday 14 May at 09:20 to review your asthma prescription. Reply YES to take it, or we will offer it to someone else.',
      },
      // guard: a surgery hiring a receptionist is still an interview
      {
        name: 'a surgery offers the reader an interview for its reception post',
        kind: 'interview',
        subject: 'Receptionist post',
        body: 'Dear Sam, thanks for applying for the receptionist post at our practice. We would like you to come for an interview on Thursday 14 May at 13:00 with the practice manager.',
      },
      // guard: a job title that names patients is a job
      {
        name: 'an interview for a patient liaison post',
        kind: 'interview',
        subject: 'Your application for Patient Liaison Officer',
        body: 'Dear Sam, we are pleased to invite you to interview for the Patient Liaison Officer role on Monday 18 May at 10:30 at the hospital.',
      },
    ],
  },
  {
    title: 'the reader as an applicant for a document',
    cases: [
      // x4k citizenship|consular|embassy|immigration|naturali*|passport|visa appointment|interview (rules-en-against, widened)
      {
        name: 'a naturalisation interview is booked',
        kind: 'other',
        subject: 'Your naturalisation interview',
        body: 'Dear Sam Rivera, you are invited to attend an interview on Tuesday 2 June at 14:00 at the regional office. Please bring your residence card and proof of address.',
      },
      // x4k apartment|credit|…|passport|… _1 application*|approval|decision (rules-en-against, merged and widened)
      {
        name: 'a passport office cannot go on until a new photo arrives',
        kind: 'other',
        subject: 'Action needed',
        body: 'Dear Sam Rivera, we cannot proceed with your passport application: the signature on the form is missing. Please sign and send it back within 14 days.',
      },
    ],
  },
  {
    title: 'the reader as a customer',
    cases: [
      // x4 card application* (rules-en-against)
      {
        name: 'a store declines a card application after a credit check',
        kind: 'other',
        subject: 'Your store card',
        body: "Dear Sam, thank you for applying for our store card. After careful consideration of your credit report, we're sorry to let you know your card application was declined.",
      },
      // guard: a bank declining a job application is a rejection
      {
        name: 'a bank declines the reader’s application for a job',
        kind: 'rejection',
        subject: 'Your application: Customer Service Adviser',
        body: 'Dear Sam, thank you for applying for the Customer Service Adviser position at our bank. We regret to tell you that you have not been selected for interview this time.',
      },
    ],
  },
  {
    title: 'the reader as a participant in research',
    cases: [
      // x4k take|taking part in _4 research|studies|study (rules-en-against)
      {
        name: 'a sleep lab invites the reader to a first session of its study',
        kind: 'other',
        subject: 'Your first session',
        body: 'Hi Sam, you can take part in our reading and attention study. We would like to invite you for a session on Friday 15 May at 11:00 in the psychology building.',
      },
      // x4 as a thank|thank-you|thankyou|thanks (rules-en-against)
      {
        name: 'a design agency wants a call about how the reader shops, with a voucher',
        kind: 'other',
        subject: 'Your shopping habits',
        body: 'Hi Sam, we would like to invite you to a video call on Wednesday at 4pm to talk about how you plan your weekly shop. As a thank you for your time, you will get a 40 GBP voucher.',
      },
      // x4 participant|participants information|recruitment (rules-en-against)
      {
        name: 'a research panel asks the reader to try an app in a video session',
        kind: 'other',
        subject: 'Travel apps',
        body: 'Hi Sam, could you join a video session on Tuesday at 2pm to try out a new travel app?\n\nJo\nParticipant Recruitment, Northfield Insights',
      },
      // guard: a lab hiring an assistant who will run study sessions is an offer
      {
        name: 'a lab offers the reader an assistant job running study sessions',
        kind: 'offer',
        subject: 'Research assistant',
        body: 'Dear Sam, I am happy to offer you the research assistant position in our lab, 20 hours a week at 19 an hour, mostly running participant sessions for our memory study. Start date 1 June.',
      },
    ],
  },
  {
    title: 'the reader as a volunteer',
    cases: [
      // x4k applying|offering|signed|signing up? to volunteer (rules-en)
      {
        name: 'a food bank has no free slot for the reader who offered to help',
        kind: 'other',
        subject: 'Thank you',
        body: 'Dear Sam, thank you for offering to volunteer with us this spring. Every slot is already taken, so we are not able to offer you a place at the moment. We will keep your details on file.',
      },
      // guard: a job coordinating volunteers is a job
      {
        name: 'an interview for a paid volunteer coordinator post',
        kind: 'interview',
        subject: 'Volunteer Coordinator interview',
        body: 'Dear Sam, thank you for applying for the Volunteer Coordinator post. We would like to invite you to interview on Wednesday 20 May at 15:00.',
      },
    ],
  },
  {
    title: 'an interview offered in so many words',
    cases: [
      // i5k offer|offering you _2 interview|interviews (rules-en)
      {
        name: 'a pharmacy can offer the reader an interview',
        kind: 'interview',
        subject: 'Dispenser vacancy',
        body: 'Dear Sam, thanks for applying. We can offer you an interview on Friday 22 May at 9:30; you will deal with two practice prescriptions at the counter.',
      },
    ],
  },
  {
    title: 'an unpaid part in a play',
    cases: [
      // x3 unpaid (rules-en-against): amateur theatre, a community event
      {
        name: 'an amateur company casts the reader, unpaid as ever',
        kind: 'other',
        subject: 'Autumn play',
        body: "Hi Sam, great news, we'd love you to join the cast as the innkeeper! The read-through is Monday 7 September, 7pm. It's unpaid as ever. Can you confirm you're in by Friday?",
      },
      // guard: an unpaid internship offered is still an offer
      {
        name: 'an unpaid summer internship is offered',
        kind: 'offer',
        subject: 'Internship',
        body: 'Dear Sam, we are delighted to offer you a place on our summer internship from 1 July to 28 August. The internship is unpaid, but we cover your travel and lunch.',
      },
    ],
  },
  {
    title: 'a rejection that suggests job alerts',
    cases: [
      // x-4 set up _2 alert|alerts (rules-en): an invitation to set up alerts is no alert
      {
        name: 'a council turns the reader down and suggests setting up job alerts',
        kind: 'rejection',
        subject: 'Your application: Porter',
        body: 'Dear Sam,\n\nThank you for applying for the Porter vacancy. We regret to tell you that you have not been shortlisted.\n\nWhy not set up job alerts in your account so you hear about new vacancies first?\n\nThis mailbox is not monitored.',
      },
      // guard: an alert the reader set up stays an alert
      {
        name: 'a job board sends the alert the reader set up',
        kind: 'other',
        subject: 'New jobs for you',
        body: 'Hi Sam, you are getting this because you set up a job alert for porter jobs. 6 new jobs near you: Night Porter, Hospital Porter, Hotel Porter. Manage alerts | Unsubscribe',
      },
    ],
  },
  {
    title: 'other languages',
    cases: [
      // x4k aufenthaltserlaubnis|aufenthaltstitel|auslanderamt|auslanderbehorde|… (rules-de)
      {
        name: 'de: an immigration office confirms an appointment, bring the work contract',
        kind: 'other',
        subject: 'Ihr Termin',
        body: 'Guten Tag Herr Rivera,\n\nwir bestätigen Ihren Termin zur Verlängerung der Aufenthaltserlaubnis am Montag, 8. Juni, 9:40 Uhr. Bringen Sie bitte Ihren Pass und Ihren Arbeitsvertrag mit.\n\nIhre Ausländerbehörde',
      },
      // o5k aprovada|aprovado para _4 estagio (rules-pt)
      {
        name: 'pt: the reader is accepted for a paid internship at a radio newsroom',
        kind: 'offer',
        subject: 'Boas notícias',
        body: 'Oi Sam, tudo certo? Você foi aprovada para o nosso programa de estágio na redação da rádio, a partir de 1 de junho, com bolsa de R$ 1.500. Me manda seus documentos até sexta.',
      },
      // x4k jornalista (rules-pt, narrowed): a newsroom's job title that names reporting is no journalist's request
      {
        name: 'pt: an offer for an intern in the reporting desk',
        kind: 'offer',
        subject: 'Estágio',
        body: 'Olá Sam, você foi selecionada para a vaga de estagiária de reportagem! Começa segunda, bolsa de R$ 1.400, seis horas por dia. Seja bem-vinda!',
      },
    ],
  },
];
