/**
 * "The successful candidate will report to the CEO" describes whoever will get the job, in an advert or a headhunter's
 * first approach: no decision on the reader (rules-en: r-3 the successful applicant|candidate will|would|…, which
 * takes back r3 successful applicant|candidate). A rejection that names the successful candidate stays one. Emails
 * written for this test, none taken from a corpus.
 */
import type { CaseGroup } from './kind-case';

export const SENDER = 'Imogen Hale <imogen.hale@larchsearch.example>';
export const DATE = '2026-04-14T10:05:00+01:00';

export const GROUPS: CaseGroup[] = [
  {
    title: 'the successful candidate described is no decision',
    cases: [
      {
        name: 'a headhunter describes a finance director role and asks whether the reader is interested',
        kind: 'other',
        subject: 'Finance Director – confidential search',
        body: 'Dear Tom,\n\nWe have been retained to find the next Finance Director of a family-owned food manufacturer in the Midlands. The successful candidate will report to the Managing Director and lead a finance team of twenty across three sites.\n\nYour background came up more than once in our research, and I would be glad to share the full brief if it is of interest.\n\nKind regards,\nImogen Hale\nLarch Search',
      },
    ],
  },
  {
    title: 'a rejection that names the successful candidate',
    cases: [
      {
        name: 'the school appointed another candidate, who will start in September',
        kind: 'rejection',
        from: 'Head Teacher <head@oakfield-primary.example>',
        subject: 'Year 4 Teacher',
        body: 'Dear Ms Grant,\n\nThank you for interviewing with us last week. I am sorry to say that we have appointed another candidate to the post. The successful candidate will start in September.\n\nWith best wishes,\nJane Moss\nHead Teacher',
      },
    ],
  },
];
