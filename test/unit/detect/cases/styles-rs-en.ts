/**
 * English wording two more outside writers' sets (probe r and s: everyday hiring mail) showed the
 * classifier lacked: a rejection that says "we won't be offering you the … spot", and emails that
 * borrow job words but are not for the reader as a candidate (a friend's "didn't get it", a
 * friend's referral, a friend asking what the interviews are like, a friend asking whether to push
 * back on an offer, the reader's own withdrawal confirmed, a shop's receipt with a hiring footer, a
 * refund refused). Each case is written for this test in its own words, none taken from a corpus;
 * each fails without the rule it names in a comment.
 */
import type { CaseGroup } from './kind-case';

/** An employer: writes each email that names no other sender. */
export const SENDER = 'Lena Marsh <lena.marsh@copperline.example>';
export const DATE = '2026-05-04T09:00:00+00:00';

const FRIEND = 'Jo Park <jo.park@gmail.com>';
const READER_PERSONAL = 'Sam Rivera <sam.rivera@gmail.com>';

export const GROUPS: CaseGroup[] = [
  {
    title: 'a rejection in plain words',
    cases: [
      // r5k can't|cannot|not|unable|won't _2 offer|offering you _4 $pos
      {
        name: "a café after a try-out: we won't be offering you the spot",
        kind: 'rejection',
        subject: 'Saturday',
        body: "Hey Sam,\n\nThanks for helping out on Saturday. We've talked it over and we won't be offering you the weekend barista spot, we need someone who can do the early opens.\n\nAll the best,\nLena",
      },
    ],
  },
  {
    title: 'job words in mail that is not for the reader as a candidate',
    cases: [
      // x4s didn't|didnt get it (subject)
      {
        name: "a friend's own news in the subject: didn't get it",
        kind: 'other',
        subject: "didn't get it :(",
        from: FRIEND,
        to: READER_PERSONAL,
        body: 'Sam, the museum position? They chose somebody else for the role. Two interviews for nothing. Coffee tomorrow?\n\nJo',
      },
      // x5 you|you've have? withdrawn|withdrew your application|candidacy
      {
        name: "a portal confirms the reader's own withdrawal",
        kind: 'other',
        subject: 'Update on your application – Warehouse Lead',
        from: 'Careers <careers@harbourfreight-co.example>',
        body: 'Hello Sam,\n\nWe can confirm that you have withdrawn your application for the Warehouse Lead position. The hiring team has been told, and you do not need to do anything else. Should your plans change, you are welcome to reapply while the job is open.\n\nTalent Acquisition',
      },
      // x4 submitted|sent your referral
      {
        name: "a friend has sent the reader's referral for a role on their team",
        kind: 'other',
        subject: 'done!',
        from: FRIEND,
        to: READER_PERSONAL,
        body: 'Sam, I sent your referral for the data analyst role this morning, so expect an email from the hiring system. The recruiter usually calls referred people within a week, interviews are mostly in person.\n\nJo',
      },
      // x3 what the? interview|interviews|process _1 is|are|was|were like
      {
        name: 'a friend offers to say what the interview is like',
        kind: 'other',
        subject: 'the nursing job',
        from: FRIEND,
        to: READER_PERSONAL,
        body: "Sam, saw you're applying for the ward nurse role at my hospital. Happy to tell you what the interview process was like for me, they asked a lot of scenario questions. Call me this week!\n\nJo",
      },
      // x4 should i _2 accept|counter|negotiate|push
      {
        name: 'a friend forwards an offer and asks whether to push back',
        kind: 'other',
        subject: 'Fwd: Good news',
        from: FRIEND,
        to: READER_PERSONAL,
        body: 'Sam, see below. What do you reckon, should I push back on the salary? It feels low for the area.\n\n---------- Forwarded message ---------\nFrom: Lena Marsh <lena.marsh@copperline.example>\nSubject: Good news\n\nDear Jo,\nWe are pleased to offer you the role of Account Manager with a salary of $58,000.\nBest,\nLena',
      },
      // x3 your _1 membership|order|receipt|subscription
      {
        name: 'a shop receipt with a hiring footer',
        kind: 'other',
        subject: 'Your receipt from Corner Books',
        from: 'Corner Books <receipts@cornerbooks.example>',
        body: "Thanks for your purchase!\n\n2 x paperback   $24.00\nTotal           $24.00\n\nWe're hiring booksellers! Bring your resume to our open interviews every Thursday at 10am, or apply at cornerbooks.example/jobs. Members get a free tote with the app offer.",
      },
    ],
  },
];
