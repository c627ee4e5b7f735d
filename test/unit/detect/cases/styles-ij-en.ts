/**
 * English wording two more outside writers' sets (styles-i, styles-j) showed the classifier lacked:
 * offers that never say "offer" (a founder's "we'd like you in as …", an internal promotion with a
 * new salary, a contractor's engagement extended, an agency's "they want you for the contract", a
 * shift job's rota and hourly rate), rejections without a stock phrase ("you haven't been picked",
 * "not going to take it further", "went with someone else for the … spot", a withdrawn offer with
 * the job title inside), a small business's "could you come by Wednesday", and emails that borrow
 * job words but are not for the reader as a candidate (a screening vendor after an accepted offer,
 * a friend's news, the reader as a former manager, a paid user-research session). Each case is
 * written for this test in its own words, none taken from a corpus; each fails without the rule
 * it names in a comment.
 */
import type { CaseGroup } from './kind-case';

/** An employer: writes each email that names no other sender. */
export const SENDER = 'Lena Marsh <lena.marsh@copperline.example>';
export const DATE = '2026-05-04T09:00:00+00:00';

export const GROUPS: CaseGroup[] = [
  {
    title: 'offers that never say "offer": promotions, contract extensions, agency placements, shift work',
    cases: [
      // o4 like|love|want you aboard|in|onboard as
      {
        name: "a founder's two lines: we'd like you in as …",
        kind: 'offer',
        subject: 'so, yes',
        body: "Sam, the whole crew liked you. We'd like you in as our first support lead, $64k base plus a small stake. Say the word and I'll get things moving.\n\nLena",
      },
      // o4 like|love|want you to step|take _1 on|over|up as
      {
        name: 'an internal promotion: take over as …',
        kind: 'offer',
        subject: 'North depot',
        body: "Sam,\n\nThanks for the chat on Friday. I'm pleased to say we'd like you to take over as Depot Supervisor at North from the first of June, with a matching raise.\n\nLena",
      },
      // o4 like|love|want _2 you _1 to? work for|with us
      {
        name: 'plain English from a small business: we want that you work with us',
        kind: 'offer',
        subject: 'Shop job',
        body: 'Dear Sam,\n\nthank you for visiting our shop. We want that you work with us as part-time sales help, three days in the week, $19 per hour.\n\nLena',
      },
      // o4 like|love|want to extend|renew your _2 appointment|assignment|contract|engagement|placement
      {
        name: "a contractor's engagement extended",
        kind: 'offer',
        subject: 'After September',
        body: "Hi Sam,\n\nYour current work order ends in September. We'd like to extend your engagement until March at the same day rate. If you agree, the amendment will come through the vendor portal.\n\nLena",
      },
      // o4 want|wants you for the _4 contract|gig|job|placement|position|role
      {
        name: 'an agency: the client wants you for the contract',
        kind: 'offer',
        subject: 'Good news',
        from: 'Rob Tate <rob@keyrecruit.example>',
        body: "Sam, just off the phone with the client and they want you for the cloud engineer contract. Terms: £480/day, six months, start 2 June. You'd invoice through us as before.\n\nRob",
      },
      // o3 put|add you on|to the _1 roster|rota|schedule
      {
        name: 'a café puts the reader on the rota after a trial',
        kind: 'offer',
        subject: 'rota',
        body: "Hi Sam, you did well on Thursday. We'll put you on the rota as a barista from next week, $17/hr plus tips. Text me if that works. Lena",
      },
      // o3 pay|rate|salary|wage _2 go|goes|increase|increases|move|moves|rise|rises from|to
      {
        name: 'a promotion letter: the salary moves up',
        kind: 'offer',
        subject: 'Team lead',
        body: "Sam,\n\nGreat news: we're promoting you to team lead in the claims office, effective 1 July. Your salary would go from $51,000 to $60,500 and HR will be in touch.\n\nLena",
      },
      // o3 formal|official|written contract|letter|paperwork
      {
        name: 'the numbers after a call, with the formal letter to follow',
        kind: 'offer',
        subject: 'Numbers',
        body: "Hi Sam,\n\nHere is what we talked about today:\nBase: $120,000\nBonus: 10%\nStart: 1 June\n\nThe formal letter follows once you're happy with this.\n\nLena",
      },
      // o2 #d hr
      {
        name: 'a shift job with an hourly rate written $/hr',
        kind: 'offer',
        subject: 'rota',
        body: "Hi Sam, nice work on Thursday. We'll put you on the rota as a barista from next week, $17/hr plus tips. Lena",
      },
    ],
  },
  {
    title: 'rejections without a stock phrase',
    cases: [
      // r5k haven't|hasn't|wasn't|weren't _2 chosen|picked|selected|shortlisted|successful
      {
        name: "a shop says the reader hasn't been picked",
        kind: 'rejection',
        subject: 'Your application',
        body: "Hi Sam,\n\nThanks for applying for the weekend assistant role. Lots of people applied and this time you haven't been picked to go through to the next step.\n\nThe store team",
      },
      // r5k not|unable|cannot|can't|won't _4 continue|move|proceed|progress with your _1 application|candidacy|candidature|profile
      {
        name: 'unable to proceed with the candidature over salary',
        kind: 'rejection',
        subject: 'Your candidature',
        body: 'Dear Sam,\n\nFurther to our discussion on Monday about the Analyst position, we will not be able to proceed with your candidature, as the budget for the role is lower than your expectations. We will reach out if something suitable comes up.\n\nRegards,\nLena',
      },
      // r5k not _3 take|taking it|things|this _1 further|forward
      {
        name: 'a pub after a trial shift: not taking it further',
        kind: 'rejection',
        subject: 'Your trial shift',
        body: "Hi Sam,\n\nThanks for doing the trial shift on Sunday. We've talked it over and we're not going to take it further for the kitchen porter job, as we need someone with more experience.\n\nLena",
      },
      // r5k went|gone|going|decided _2 with|for somebody|someone _1 else? for the _4 gig|job|opening|position|post|role|spot|vacancy
      {
        name: 'a one-line note: went with someone else for the spot',
        kind: 'rejection',
        subject: 'Re: Dishwasher',
        body: 'Hey Sam, sorry, we went with someone else for the dishwasher spot. Thanks for coming in.\n-Lena',
      },
      // r6k isn't|not|wasn't among the|them|those
      {
        name: "a charity: the panel chose a shortlist and the reader isn't among them",
        kind: 'rejection',
        subject: 'Outreach Coordinator',
        body: "Dear Sam,\n\nOur selection panel met this week and has chosen a shortlist for the Outreach Coordinator post. Your application isn't among them this time.\n\nLena",
      },
      // r5k pull|pulled|rescind*|retract*|revok*|withdr* _5 offer
      {
        name: 'a founder withdraws the offer with the title inside',
        kind: 'rejection',
        subject: 'About your offer',
        body: "Sam,\n\nOur funding fell through last week, and I have to withdraw the Junior Product Designer offer we sent you. I'm very sorry.\n\nLena",
      },
      // x4 broadcast|broadcaster + x4 on|over the? radio (was: x4 broadcast|broadcaster|radio)
      {
        name: 'an apology for radio silence does not make a rejection a broadcast',
        kind: 'rejection',
        subject: 'Re: Warehouse lead',
        body: 'Hi Sam,\n\nSorry for the radio silence. The partners decided to go with a candidate who has run a warehouse before. Your interview went well.\n\nLena',
      },
      // x4a application _2 complete|completed|landed|received|submitted (was: x4a application _2 complete|completed|landed|received|registered|submitted) / x4a your application _3 landed|received|submitted + x4a application _2 been|is|was registered (was: x4a your application _3 landed|received|registered|submitted)
      {
        name: "a job title with 'Registered' in the subject is no acknowledgement",
        kind: 'rejection',
        subject: 'Update on your application - Registered Nurse',
        from: 'Ana Cruz <ana@carestaff.example>',
        body: 'Hi Sam,\n\nThank you for attending the employer interview. The hospital has sent its list and your name is not among the selected candidates for the Registered Nurse posts.\n\nAna',
      },
    ],
  },
  {
    title: 'an interview asked for in passing',
    cases: [
      // i4 can|could u|you come|drop|pop|stop by|in|over _2 $wd|$tmw|next|this
      {
        name: 'a shop owner asks the reader to come by on a weekday',
        kind: 'interview',
        subject: 'mechanic job',
        body: 'hi Sam,\n\na friend passed on your resume. Could you come by Wednesday around 5 so we can talk about the job? Should take half an hour.\n\nLena',
      },
    ],
  },
  {
    title:
      "traps that borrow job words: screening vendors, friends' news, the reader as a reference, user research, a look-back",
    cases: [
      // i-2 from our|the|your _1 assessment|call|chat|conversation|interview*|meeting|panel|screen
      {
        name: 'a follow-up whose subject looks back on a call is no invitation',
        kind: 'other',
        subject: 'Notes from our call',
        body: 'Hi Sam,\n\nAs promised, here are the pages about the Platform Engineer role, the team and our hiring process: careers.copperline.example/platform\n\nLena',
      },
      // x2 drug screen|screening|test|tests
      {
        name: 'a screening vendor asks the reader to schedule a drug screen',
        kind: 'other',
        subject: 'Action needed',
        from: 'Checkpoint Screening <no-reply@checkpoint.example>',
        body: 'Hello Sam,\n\nAs part of your onboarding, please schedule your drug screen at a clinic near you within five days.\n\nCheckpoint Screening',
      },
      // x5k asked|engaged|requested us to complete|conduct|perform|run
      {
        name: 'a screening vendor after an accepted offer',
        kind: 'other',
        subject: 'Your background screening',
        from: 'Checkpoint Screening <no-reply@checkpoint.example>',
        body: 'Hello Sam,\n\nCongratulations on your new role! As part of your conditional offer of employment, your employer has asked us to complete a background check before your start date. Please confirm your address history.\n\nCheckpoint Screening',
      },
      // x3 the recruiter called|emailed|phoned|rang|texted
      {
        name: "a friend's news: the recruiter called, they went with someone else",
        kind: 'other',
        subject: 'meh',
        from: 'Jo Park <jo.park@mail.example>',
        body: 'so no job at the bakery chain :( the recruiter called at lunch, they went with someone from inside. after three rounds!\n\ncoffee saturday?\nJo',
      },
      // x2 blah
      {
        name: "a friend's news quoting the stock phrase",
        kind: 'other',
        subject: 'ugh',
        from: 'Jo Park <jo.park@mail.example>',
        body: 'Heard back. They went with "a candidate whose experience better matches the role" blah blah. Two interviews for that.\n\nJo',
      },
      // x4k gave|listed|named|provided you as _3 contact|manager|reference|referee|supervisor
      {
        name: 'the reader as a former supervisor asked for a reference call',
        kind: 'other',
        subject: 'Reference: Alex Moore',
        body: 'Dear Sam,\n\nAlex Moore named you as his former manager at Ridgeway. We are at the final stage for our Project Coordinator role. Would Tuesday or Wednesday suit you for a short call?\n\nLena Marsh\nHR',
      },
      // x3 has applied for|to
      {
        name: 'a hiring manager asks the reader about a candidate who has applied',
        kind: 'other',
        subject: 'Quick question about Alex',
        body: "Hi Sam,\n\nAlex Moore has applied for our warehouse lead role and mentioned working under you. Would Thursday at 2pm suit you for a 20-minute call? We'd like to hear how he ran the night shift.\n\nLena",
      },
      // x4 research|usability|user _1 interview|session|study
      {
        name: 'a paid user-research interview',
        kind: 'other',
        subject: "You're booked: 30-minute interview",
        from: 'Tally Research <research@tally.example>',
        body: 'Hi Sam,\n\nYour usability session is booked for Thursday at 2 PM ET on a video call. During the interview a designer will show you a prototype and ask how you plan your week. We are testing the app, not you.\n\nTally',
      },
    ],
  },
];
