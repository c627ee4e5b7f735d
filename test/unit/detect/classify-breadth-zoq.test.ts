/**
 * Breadth rounds zo (a month in the inbox of someone employed and looking: current-employer mail next
 * to job mail) and zq (formal and institutional hiring mail in German, French, Spanish, Portuguese
 * and Dutch). An online test to complete, a place on a course, a language exam summons, an audition
 * for a youth band, a research grant not funded and onboarding after the reader accepted are not
 * job emails; internal mail is a job email when the reader is the one who applied ("thank you for
 * applying internally", "the panel has not shortlisted you"), not when the reader sits on the panel.
 * Formal mail has its own words: a temporary appointment from a job list, an agreement to sign, an
 * exclusion from a competition, a score below the minimum, a promise of hire taken back, a day of
 * immersion, a temp agency's assignment. Each case is written for this test in its own words, none
 * taken from a corpus; each fails without the rule named in the comment above it, except the
 * guards, which show what must stay as it is.
 */
import { describe } from 'vitest';
import { checkKinds, type KindCase } from './kind-cases';

const SENDER = 'Noor Haddad <noor@riverside-studio.example>';
const COLLEAGUE = 'Priya Shah <priya.shah@harlow-logistics.example>';
const READER_AT_WORK = 'Sam Rivera <sam.rivera@harlow-logistics.example>';

function check(cases: KindCase[]): void {
  checkKinds(cases, SENDER, '2026-09-14T09:00:00+00:00');
}

describe('English: online tests, course places and internal hiring', () => {
  check([
    // x3 complete|completing|finish|finishing _2 application|assessment (rules-en-against)
    {
      name: 'a testing platform reminds the reader of an online test not yet begun',
      kind: 'other',
      subject: 'Reminder: your skills test is still open',
      from: 'Testbench <no-reply@testbench.example>',
      body: 'Hi Sam, Harlow Logistics has invited you to complete the online assessment for its planning team. You have not opened it yet and the link closes on 9 October at 23:59. This is an automated message, please do not reply.',
    },
    // guard
    {
      name: 'an interview invitation after a finished online test stays an interview',
      kind: 'interview',
      subject: 'Next step',
      body: 'Hi Sam, thanks for completing the online assessment. We would like to invite you to a video interview with our planning lead on Tuesday at 10am.',
    },
    // x4 place at|in|on _5 bachelor's|bsc|certificate|course|master's|masters|mba|msc (rules-en-against)
    {
      name: 'a college offers a place in a certificate course',
      kind: 'other',
      subject: 'Your offer: Certificate in Garden Design',
      from: 'Admissions <admissions@eastvale-college.example>',
      body: 'Dear Sam, congratulations! We are delighted to offer you a place in the Certificate in Garden Design (part-time, Wednesday evenings), beginning 3 February. To accept your offer, complete your enrolment in the learner portal by 15 January.',
    },
    // guard
    {
      name: 'a place on a graduate scheme with a salary stays an offer',
      kind: 'offer',
      subject: 'Graduate scheme',
      body: 'Dear Sam, we are delighted to offer you a place on our graduate scheme as a trainee quantity surveyor, starting on 1 September at a salary of 29,000.',
    },
    // r5k appointed|chose|chosen|hired|offer|offered|recommended|selected _3 another|different|external|other _1 $cand (rules-en)
    {
      name: 'the panel appointed an external candidate',
      kind: 'rejection',
      subject: 'Facilities coordinator',
      body: 'Dear Sam, thank you for meeting the panel about the facilities coordinator post last week. The panel has selected an external candidate whose background is closer to the brief. We wish you well.',
    },
    // x-4 for|you applied|applying internally (rules-en)
    {
      name: 'a colleague in HR declines the reader who applied internally',
      kind: 'rejection',
      subject: 'Night shift manager',
      from: COLLEAGUE,
      to: READER_AT_WORK,
      body: 'Hi Sam, thank you for applying internally for the night shift manager vacancy. I am sorry to say you were not successful this time; the post needs someone who has run a warehouse floor before. Let us talk about a development plan at your next review.',
    },
    // guard
    {
      name: 'internal mail to a panel member about a colleague who applied internally stays other',
      kind: 'other',
      subject: 'Night shift manager',
      from: COLLEAGUE,
      to: READER_AT_WORK,
      body: 'Hi Sam, thank you for sitting on the panel yesterday. We have offered the night shift manager post to Dana, who applied internally. Could you send your scoring sheet to HR by Friday?',
    },
    // x-4 not select|selected|shortlist|shortlisted you (rules-en)
    {
      name: 'a manager tells a colleague the panel has not shortlisted them',
      kind: 'rejection',
      subject: 'Quality lead post',
      from: COLLEAGUE,
      to: READER_AT_WORK,
      body: 'Hi Sam, I wanted to tell you myself: the panel has not shortlisted you for interview for the quality lead post. The gap was experience of leading audits, and I am happy to help you build that this year.',
    },
    // guard
    {
      name: 'internal mail asking a panel member to tell an applicant stays other',
      kind: 'other',
      subject: 'Quality lead post',
      from: COLLEAGUE,
      to: READER_AT_WORK,
      body: 'Hi Sam, the panel has not shortlisted Dana for the quality lead post. Can you let her know before Friday and copy me in?',
    },
  ]);
});
