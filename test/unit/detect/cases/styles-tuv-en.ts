/**
 * English wording two more outside writers' sets (probe t and v) showed the classifier lacked: mail
 * where the reader sits on the hiring side (an interview panel's scoring rubric, scores asked for a
 * candidate, candidates coming in, regret letters sent to others), staff announcements, a union
 * bulletin, a car dealer's cash offer, a privacy notice, a friend's news; and job mail written
 * without stock words (an internal transfer or secondment offered, a contract extended "you", a
 * start written "resume", a rejection that says "another route", "filled the spot", "not
 * recommended", a trial shift "pop by Thursday", a job title only in a reply's subject). Each case
 * is written for this test in its own words, none taken from a corpus; each fails without the rule
 * it names in a comment.
 */
import type { CaseGroup } from './kind-case';

/** An employer: writes each email that names no other sender. */
export const SENDER = 'Nadia Fenwick <nadia.fenwick@harrowbrook.example>';
export const DATE = '2026-06-08T09:00:00+00:00';

const COLLEAGUE = 'Owen Pryce <owen.pryce@harrowbrook.example>';
const FRIEND = 'Tess Lowry <tess.lowry@gmail.com>';
const READER_PERSONAL = 'Sam Rivera <sam.rivera@gmail.com>';

export const GROUPS: CaseGroup[] = [
  {
    title: 'the reader on the hiring side, staff news, notices',
    cases: [
      // x4 scoring rubric|sheet|sheets|grid|guide|matrix
      {
        name: 'a recruiter sends an interviewer the day plan and the scoring rubric',
        kind: 'other',
        subject: 'Interview schedule - pharmacy technician, Wednesday',
        from: 'Hiring Team <hiring@kestrelcare.example>',
        body: 'Hi Sam,\n\nHere is Wednesday. 9:30 Lena Ortiz, 10:15 Marcus Bell, 11:00 Priya Dass, all in meeting room 3.\n\nPlease complete the scoring rubric after each interview so we can decide by Friday.\n\nHiring Team',
      },
      // x4 scores|ratings for|on him|her|them|each|both
      {
        name: "the hiring manager wants the reader's scores for a candidate",
        kind: 'other',
        subject: 'Fwd: Thanks for today - junior buyer interview',
        from: COLLEAGUE,
        to: 'Sam Rivera <sam.rivera@fastmail.com>',
        body: "Sam, see below, a kind note from her. Could you send me your scores for her by Tuesday? I'd like to get the offer out this week.\n\nOwen\n\n---------- Forwarded message ---------\nFrom: Ada Kim <ada.kim@mail.example>\nSubject: Thanks for today - junior buyer interview\n\nDear Owen, thank you for the interview this morning for the junior buyer position. I would be glad to hear about an offer.\n\nAda",
      },
      // x3 applicants|candidates|finalists|interviewees coming in|through
      {
        name: 'a department head asks the reader to sit on the panel: candidates coming in',
        kind: 'other',
        subject: 'Chemistry teacher interviews',
        from: COLLEAGUE,
        body: "Sam,\n\nWe have three candidates coming in on Monday afternoon for the chemistry vacancy, forty minutes each. I'd really like you on the interview panel since you'll share the lab with whoever we hire.\n\nOwen",
      },
      // x4 regret|rejection emails|letters|notes
      {
        name: 'HR tells the hiring manager the regret letters went out and who has the offer',
        kind: 'other',
        subject: 'RE: Site engineer - decisions',
        from: COLLEAGUE,
        to: 'Sam Rivera <sam.rivera@mail.example>',
        body: 'Sam, all done. The regret letters went out to the two runners-up this morning, and Dev has the written offer for the site engineer post, start 1 July once his references are back.\n\nOwen',
      },
      // x4 join me|us in congratulating|welcoming
      {
        name: 'a staff announcement about a new head after interviews',
        kind: 'other',
        subject: 'A new head of customer service',
        from: 'Office of the CEO <ceo@harrowbrook.example>',
        to: 'Sam Rivera <sam.rivera@mail.example>',
        body: 'Dear colleagues,\n\nAfter a long search and two days of interviews, Ravi Menon will lead customer service from September. Thank you to everyone who took part in the interviews. Please join me in welcoming Ravi.\n\nGrace',
      },
      // x4 updated|updating our _3 notice|policy|privacy|terms
      {
        name: "a careers portal's privacy update mentions scheduling interviews",
        kind: 'other',
        subject: 'Changes to how we handle applicant data',
        from: 'Careers Privacy <privacy@brightmoor.example>',
        body: 'Hello,\n\nWe have updated our applicant privacy notice. We now use an outside tool to schedule interviews, and we keep unsuccessful applications for one year instead of two.\n\nNothing is needed from you.\n\nBrightmoor Careers',
      },
      // x4 bargaining committee|session|table|team|update|updates
      {
        name: "a union bulletin about the employer's pay offer",
        kind: 'other',
        subject: 'Members bulletin: the pay offer',
        from: 'Teachers Union Local 9 <news@tul9.example>',
        body: "BARGAINING UPDATE\n\nThe district's pay offer came in at 2% per year for two years, with a one-off bonus. Your bargaining team said no, and talks go on next month.\n\nLocal 9",
      },
      // r4 internal applicant|candidate|hire (no longer "transfer": a staff notice about transfers is no rejection)
      {
        name: 'a staff notice about the internal transfer window',
        kind: 'other',
        subject: 'Transfer window opens Monday',
        from: 'People Team <people@harrowbrook.example>',
        to: 'Sam Rivera <sam.rivera@mail.example>',
        body: 'Hi all,\n\nThe spring window for an internal transfer opens on Monday. Open positions are on the intranet job board; talk to your line manager first.\n\nPeople Team',
      },
      // x4 best|cash|exclusive|flash|instant|… _1 offer*
      {
        name: "a car buyer's instant offer for the reader's van",
        kind: 'other',
        subject: 'Your instant offer is ready',
        from: 'WheelsNow <offers@wheelsnow.example>',
        body: 'Sam, your offer is ready!\n\n2019 Ford Transit, 54,000 miles.\n\nYour instant offer: $17,200. Pick a time for the pickup and we pay on the spot.',
      },
    ],
  },
  {
    title: "a friend's own news",
    cases: [
      // x3 didn't|didnt get it
      {
        name: 'a friend did not get the job after several rounds',
        kind: 'other',
        subject: 'so that was that',
        from: FRIEND,
        to: READER_PERSONAL,
        body: "Sam, news from the library board: didn't get it. Four rounds for the job and they went with someone else. Honestly, I'm fine.\n\nT",
      },
      // x3 beers|drinks|pint|pints friday|saturday|tonight|tomorrow|later
      {
        name: 'a friend heard the post was filled and proposes drinks',
        kind: 'other',
        subject: 'meh',
        from: FRIEND,
        to: READER_PERSONAL,
        body: "Sam, the museum emailed back. They've filled the job, after three rounds with me. Drinks tonight?\n\nT",
      },
    ],
  },
  {
    title: 'an offer without stock words',
    cases: [
      // $pos … promotion|secondment|transfer (in o5k offer|offering you _7 $pos)
      {
        name: 'an internal secondment offered',
        kind: 'offer',
        subject: 'Your secondment',
        body: 'Hi Sam,\n\nGood news: we would like to offer you the twelve-month secondment to the Leeds depot, from 1 September. Your pay and leave stay as they are.\n\nNadia',
      },
      // o4 extend|extending|renew|renewing you as|for|on|through|until
      {
        name: 'an agency extends a contractor for six more months',
        kind: 'offer',
        subject: 'Phase two',
        body: 'Hi Sam,\n\nThe client is very happy with the migration work. We would like to extend you for another six months, July to December, on the same day rate.\n\nNadia',
      },
      // o4 can|could|to|will resume _1 $wd|#d|as|at|duty|from|on|work
      {
        name: 'a shop owner tells the reader to resume as a cashier',
        kind: 'offer',
        subject: 'Start',
        from: 'Ike Obi <ikeobi.stores@mail.example>',
        body: 'Sam,\n\nWe are okay with you. You can resume as cashier at the Garki branch from Monday, 8am. Salary is 90,000 monthly.\n\nIke',
      },
      // o2 probation|probationary
      {
        name: 'a start with a salary and a probation period',
        kind: 'offer',
        subject: 'Next steps',
        body: 'Dear Sam,\n\nYour salary will be $41,000, with a three-month probation period. Please sign the letter attached.\n\nNadia',
      },
      // o4 got|have|found a|an _1 $pos for you as|on
      {
        name: 'a farm has a place for the reader on the picking crew',
        kind: 'offer',
        subject: 'Harvest 2026',
        from: 'Mel Carter <mel@orchardhill.example>',
        body: "Hi Sam!\n\nWe've got a place for you on the apple picking crew this autumn, September to late October. Accommodation is on site.\n\nMel",
      },
      // o4 want|wants you for the _4 … spot
      {
        name: 'an agency: the client wants the reader for the spot',
        kind: 'offer',
        subject: 'Good news',
        from: 'Rosa Diaz <rosa@staffline.example>',
        body: 'Sam,\n\nGreat news, the bakery wants you for the early shift baker spot. $21/hr, Monday to Friday. Let me know by Wednesday.\n\nRosa',
      },
    ],
  },
  {
    title: 'a rejection without stock words',
    cases: [
      // r3 news isn't|wasn't _1 better|good|great
      {
        name: "a manager is sorry the news isn't better",
        kind: 'rejection',
        subject: 'Warehouse supervisor',
        body: "Hi Sam,\n\nThanks for coming to see us about the warehouse supervisor job. We've settled on an applicant with more forklift training. I'm sorry the news isn't better.\n\nNadia",
      },
      // r4 go|going|gone|went _2 another|different|other|separate direction|route|way
      {
        name: 'a charity goes another route with the post',
        kind: 'rejection',
        subject: 'Fundraising officer post',
        body: 'Dear Sam,\n\nThank you for your time last week. After a lot of thought we are going another route with the fundraising officer post.\n\nWarm regards,\nNadia',
      },
      // r4 filled the gig|job|place|position|post|role|spot|vacancy
      {
        name: 'a café has filled the spot',
        kind: 'rejection',
        subject: 'Re: weekend job',
        from: 'Bea <bea.cafe@mail.example>',
        body: "hi sam, sorry but we've filled the spot, my cousin is taking the weekends. thanks for dropping in\n\nBea",
      },
      // r5k not _2 chosen|recommended|referred|selected|shortlisted|successful
      {
        name: 'a university: not recommended for appointment',
        kind: 'rejection',
        subject: 'Recruitment to the post of Lecturer (History)',
        from: 'Registrar <registrar@eastvale.example>',
        body: 'Sir,\n\nI am directed to inform you that, on the advice of the Selection Committee, you have not been recommended for appointment to the above post.\n\nDeputy Registrar',
      },
      // r4 not recommend you
      {
        name: 'a panel did not recommend the reader after the interview',
        kind: 'rejection',
        subject: 'Outcome: Research Officer',
        from: 'Registrar <registrar@eastvale.example>',
        body: 'Dear Sam,\n\nWith regard to your interview on 2 June for the research officer position: the selection panel did not recommend you for the post.\n\nDeputy Registrar',
      },
      // r5k application|candidacy|candidature _2 not be considered|processed|progressed|taken further|forward
      {
        name: 'a graduate scheme will not process the application further',
        kind: 'rejection',
        subject: 'Graduate programme 2026',
        from: 'Recruitment <recruitment@deltaline.example>',
        body: 'Dear Sam,\n\nFollowing the aptitude test on 3 May, your application will not be processed further for the graduate programme.\n\nRecruitment Unit',
      },
      // i5k interview|interviews _2 …request… (no longer interview*: "interviewed may request")
      {
        name: 'an internal rejection where interviewed candidates may request feedback',
        kind: 'rejection',
        subject: 'Senior Analyst (internal)',
        body: 'Dear Sam,\n\nThe panel has completed its review and you were not selected for the senior analyst position. Candidates who interviewed may request a feedback meeting with the hiring manager.\n\nNadia',
      },
      // j0.5s <job titles> (in rules.ts): a job title in a reply's subject is job context
      {
        name: "a studio's short no, the role named only in the subject",
        kind: 'rejection',
        subject: 'Re: Junior Architect',
        body: "Hi Sam,\n\nSorry for the slow reply. We've gone another way on this one, someone with more site experience.\n\nNadia",
      },
    ],
  },
  {
    title: 'an interview or trial without stock words',
    cases: [
      // i4 come|drop|pop|stop by|in|over|round|through _3 chat|interview|meeting|talk|trial
      {
        name: 'a workshop owner: come through for a chat',
        kind: 'interview',
        subject: 'Re: welder CV',
        from: 'Piet Muller <piet@mullerworks.example>',
        body: 'Sam\n\nThanks for the CV. Come round for a chat at the yard, any morning this week is fine.\n\nPiet',
      },
      // i4 drop|pop|stop|swing by _4 $wd|$tmw|next|this
      {
        name: 'a bar owner: pop by Thursday and pull a few pints',
        kind: 'interview',
        subject: 'Re: bar job',
        from: 'Dara Quinn <daraquinn.bar@mail.example>',
        body: "got your cv. pop by the bar Thursday afternoon and we'll see how you handle the taps\n\nDara",
      },
      // i4 come|coming back|in _2 for _3 … stage|trial|tryout|visit
      {
        name: 'a chef: come in for a stage',
        kind: 'interview',
        subject: 'Re: Commis chef',
        from: 'Luca Ferri <chef@trattoriaferri.example>',
        body: 'Sam,\n\nThanks for the resume. Come in for a stage Friday from 3, bring your knives.\n\nLuca',
      },
      // i4 drop|fire|give|ping|send|share|shoot _2 me|us? _2 couple|few|… _2 dates|days|…|times|windows
      {
        name: 'a founder: fire over a few times',
        kind: 'interview',
        subject: 'hello',
        from: 'Kit Moran <kit@tallyapp.example>',
        body: "Hi Sam,\n\nA friend passed on your portfolio. We're a small team and need a designer. Up for a coffee next week? Fire over a few times and I'll pick one.\n\nKit",
      },
      // i4 dates|days|slots|times that|which suit|work
      {
        name: 'a hiring manager asks for times that suit',
        kind: 'interview',
        subject: 'Designer role',
        body: "Hi Sam,\n\nLoved your portfolio. I'd like a proper chat about the designer role. Let me know two or three times that suit you next week.\n\nNadia",
      },
    ],
  },
  {
    title: 'an acknowledgement that names the silent no',
    cases: [
      // x4a acknowledge|confirm|confirming receipt of
      // x4a … will _2 assess|compare|evaluate|…|screen _2 all|each|every|your _1 application*
      {
        name: 'a portal confirms receipt; no reply within 30 days means unsuccessful',
        kind: 'other',
        subject: 'Your application - Ref 44/DBN',
        from: 'Careers <careers@coastfreight.example>',
        body: 'Dear Sam\n\nWe confirm receipt of your application for the Route Planner position. Our team will assess all applications against the requirements.\n\nNote that should you not hear back within 30 days of the closing date, you may consider your application unsuccessful.\n\nTalent Acquisition',
      },
    ],
  },
];
