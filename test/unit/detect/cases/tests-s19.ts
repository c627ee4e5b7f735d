/**
 * An invitation to an online test (aptitude, psychometric, coding, language) is a step of the
 * hiring process but no interview: nobody meets the reader, and there is nobody to thank. The
 * training labels say "other" for such mail (12 of 15 since session 19's sets), and an interview
 * it leads to, or one that follows a test, stays an interview. Emails written for this test, none
 * taken from a corpus.
 */
import type { CaseGroup } from './kind-case';

/** A talent team: writes each email that names no other sender. */
export const SENDER = 'Talent Team <careers@ormond-freight.example>';
export const DATE = '2026-03-10T08:30:00+00:00';

export const GROUPS: CaseGroup[] = [
  {
    title: 'an invitation to an online test alone stays other',
    cases: [
      {
        name: 'English: an aptitude test to complete by a date',
        kind: 'other',
        subject: 'Next step: online assessment for Logistics Planner',
        body: `Hello Sam,

Thank you for your interest in the Logistics Planner vacancy. The next step is a short online assessment: a numerical reasoning test and a work-style questionnaire, about 30 minutes in all.

Please complete it by Sunday 15 March using the link below. You can pause between the two parts.

https://assess.ormond-freight.example/start/LP-4471

Kind regards,
Ormond Freight Talent Team`,
      },
      {
        name: 'English: a coding challenge on a test platform, a recruiter writing',
        kind: 'other',
        subject: 'Coding challenge – Backend Developer',
        from: 'Priya Nair <priya.nair@ormond-freight.example>',
        body: `Hi Sam,

Thanks for your application for the Backend Developer role. The next step is a coding challenge on our test platform: two problems, 75 minutes, in the language of your choice.

Your link opens when you are ready and stays valid until Friday at 6pm.

Good luck!
Priya`,
      },
      {
        name: 'English: several words between "complete" and "assessment", a deadline after',
        kind: 'other',
        subject: 'Your application: next step',
        body: `Hi Jordan,

Thanks for applying to Ormond Freight. Please complete our short online numerical reasoning assessment within five days of this email; it takes about 40 minutes and can be done on a phone.

Ormond Freight Talent Team`,
      },
      {
        name: 'English: "invite you to complete" a timed coding challenge',
        kind: 'other',
        subject: 'Platform Engineer application',
        body: `Hello Jordan,

We would like to invite you to complete a 90-minute coding challenge for the Platform Engineer position. The link stays open until Friday 13 March at 23:59 GMT.

Best wishes,
Ormond Freight Talent Team`,
      },
      {
        name: 'German: an online test ("Online-Test") with a deadline',
        kind: 'other',
        subject: 'Ihre Bewerbung: Online-Test',
        body: `Hallo Sam,

vielen Dank für Ihre Bewerbung als Disponent (m/w/d). Im nächsten Schritt bitten wir Sie, unseren Online-Test zu bearbeiten. Er dauert etwa 40 Minuten und prüft logisches Denken und Deutschkenntnisse.

Bitte schließen Sie den Test bis zum 16. März ab: https://test.ormond-freight.example/de/8812

Viele Grüße
Ihr Recruiting-Team`,
      },
      {
        name: 'Spanish: online tests ("pruebas online") before any interview',
        kind: 'other',
        subject: 'Pruebas online – Técnico de Logística',
        body: `Hola Sam:

Gracias por tu candidatura. Para seguir en el proceso, te pedimos que completes dos pruebas online (razonamiento y nivel de inglés) antes del viernes 13 de marzo a las 23:59 h.

Enlace: https://pruebas.ormond-freight.example/es/31

Un saludo,
Equipo de Selección`,
      },
      {
        name: 'Dutch: an online assessment to do this week',
        kind: 'other',
        subject: 'Online assessment Planner',
        body: `Beste Sam,

Bedankt voor je sollicitatie. Als volgende stap vragen we je om deze week een online assessment te maken. Het duurt ongeveer een half uur en je kunt het thuis doen.

Link: https://assessment.ormond-freight.example/nl/77

Met vriendelijke groet,
Team Werving`,
      },
    ],
  },
  {
    title: 'an interview next to a test stays an interview',
    cases: [
      {
        name: 'a chat in the store after the online assessment was done',
        kind: 'interview',
        subject: 'Store Supervisor – next step',
        from: 'Dev Malik <dev.malik@ormond-freight.example>',
        body: `Hi Sam,

Your online assessment results came back well. I'd like to meet you for a proper chat about the Store Supervisor role: could you come to the Dock Road depot on Thursday at 2pm? Allow about an hour.

Thanks,
Dev`,
      },
      {
        name: 'an interview booked, with a short test to complete before it',
        kind: 'interview',
        subject: 'Interview for Platform Engineer',
        from: 'Dev Malik <dev.malik@ormond-freight.example>',
        body: `Hi Jordan,

We'd like to invite you to a video interview for the Platform Engineer position on Wednesday 18 March at 10:00 GMT with me and our lead engineer. Before then, please complete the short coding exercise linked below within three days.

Thanks,
Dev`,
      },
      {
        name: 'an assessment day with a panel interview and a test',
        kind: 'interview',
        subject: 'Invitation: assessment day, Warehouse Team Leader',
        body: `Dear Sam,

We are pleased to invite you to our assessment day on Tuesday 17 March at 9:30am at our Felixstowe site. The day includes a panel interview, a short written test and a site tour.

Please confirm your attendance by replying to this email.

Ormond Freight Talent Team`,
      },
    ],
  },
];
