/**
 * Session 28: mail on one domain that is the reader's own job mail, and its look-alikes.
 * - An internal vacancy's offer or decline from the reader's own employer, a university careers
 *   office passing an employer's decision to its student, a colleague passing on an interview slot:
 *   sender and reader share a domain, which alone no longer outweighs the job phrase (engine.ts,
 *   SAME_DOMAIN).
 * - On the same domain, mail to the reader as hiring manager or interviewer stays "other"; so does a
 *   decision the reader is asked to pass on ("could you let him know?").
 * Emails written for this test, none taken from a corpus.
 */
import type { CaseGroup } from './kind-case';

export const SENDER = 'Priya Natarajan <priya.natarajan@halden-foods.example>';
export const DATE = '2026-05-12T10:20:00+01:00';
const COLLEAGUE = 'Sam Rivera <sam.rivera@halden-foods.example>';
const STUDENT = 'Sam Rivera <s.rivera@students.kelburn.ac.example>';

export const GROUPS: CaseGroup[] = [
  {
    title: 'the reader’s own job mail on one domain',
    cases: [
      {
        name: 'an internal promotion is offered by the reader’s manager',
        kind: 'offer',
        to: COLLEAGUE,
        subject: 'Shift Manager (internal)',
        body: 'Hi Sam,\n\nGood news: the panel picked you for the Shift Manager post on nights, starting 1 June. HR will send the new contract this week.\n\nWell done,\nPriya',
      },
      {
        name: 'an internal application is declined',
        kind: 'rejection',
        to: COLLEAGUE,
        subject: 'Your application: Quality Lead',
        body: "Dear Sam,\n\nThank you for applying for the internal Quality Lead vacancy. I'm sorry to say your application was not successful on this occasion. Do keep an eye on the vacancy board.\n\nPriya Natarajan\nPeople Partner",
      },
      {
        name: 'a careers office passes an employer’s internship offer to its student',
        kind: 'offer',
        from: 'Hannah Cole <h.cole@careers.kelburn.ac.example>',
        to: STUDENT,
        subject: 'Fw: Summer placement – Lindqvist Engineering',
        body: 'Hi Sam,\n\nLindqvist Engineering have asked me to let you know they would like to offer you their 12-week summer placement in the process team. Please reply to them directly by Friday to accept.\n\nHannah\nCareers & Placements',
      },
    ],
  },
  {
    title: 'mail on one domain to the reader as staff',
    cases: [
      {
        name: 'the reader is asked to interview a candidate',
        kind: 'other',
        to: COLLEAGUE,
        subject: 'Interview panel Thursday',
        body: 'Hi Sam,\n\nCould you sit on the panel for the Warehouse Supervisor interviews on Thursday from 2pm? The candidate packs are on the shared drive; please score each one on the sheet.\n\nThanks,\nPriya',
      },
      {
        name: 'the reader is asked to pass an offer on',
        kind: 'other',
        to: COLLEAGUE,
        subject: 'Night shift lead',
        body: "Sam, we've agreed to offer the night shift lead role to Tomasz. Could you tell him before he goes home today? HR will follow up on Monday.\n\nPriya",
      },
    ],
  },
  {
    title: 'asking the reader to tell someone, in the reader’s own job mail',
    cases: [
      {
        name: 'an interview invitation saying whom to tell about parking',
        kind: 'interview',
        subject: 'Interview on Tuesday',
        body: 'Dear Sam,\n\nThank you for applying. We would like to invite you to an interview on Tuesday 19 May at 11am. Maria from reception will meet you; please let her know if you need a parking space.\n\nPriya Natarajan\nHalden Foods',
      },
    ],
  },
];
