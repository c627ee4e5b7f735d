/**
 * English mail that borrows the words of hiring without being a job email for the reader as a
 * candidate, in families a new writer's hard negatives (styles-p) showed to sit close to the
 * threshold: places at events, camps and courses ("a seat", "a spot at the summit", a waitlist), a
 * visa or citizenship interview, the candidate's own mail ("I'm scheduled for", "my current
 * manager"), an agency sending a candidate to the reader as a client, research studies, hiring fairs,
 * social-network notices, a friend's own news, customer service, surveys after a process,
 * onboarding and background checks after acceptance, volunteering, and receipts of a submission;
 * and one job email the internal-mail rule hid (an internal application declined). Each case is
 * written for this test in its own words, none taken from a corpus; each fails without the rule
 * it names in a comment.
 */
import { type CaseGroup, READER } from './kind-case';

/** An event organiser: writes each email that names no other sender. */
export const SENDER = 'Ines Calder <ines.calder@northgate-events.example>';
export const DATE = '2026-05-11T09:00:00+00:00';

export const GROUPS: CaseGroup[] = [
  {
    title: 'places at events, camps and courses are not jobs',
    cases: [
      // x4k hackathon|hackathons
      {
        name: 'a hackathon team not picked for the final pitch',
        kind: 'other',
        subject: 'Final round results',
        body: 'Hi Sam,\n\nThank you for everything your team built at the spring hackathon. Unfortunately your project was not shortlisted for the final pitch round, and we have to decline your team this time.\n\nInes',
      },
      // x3 placed on a|the waitlist
      {
        name: 'a summer school application placed on the waitlist',
        kind: 'other',
        subject: 'Summer course',
        body: "Dear Sam,\n\nThank you for your application to the summer course. Unfortunately you were not selected among this year's candidates, but you have been placed on the waitlist.\n\nInes",
      },
      // x4k offer|offering you a seat
      {
        name: 'a coding school offering a seat in its next intake',
        kind: 'other',
        subject: 'Congratulations!',
        body: 'Hi Sam,\n\nWe enjoyed your application and we are delighted to offer you a seat in our autumn data analytics intake. Please confirm by paying the deposit within ten days.\n\nInes',
      },
      // x4k spot|spots at|in _3 camp|conference|event|festival|hackathon
      {
        name: 'a conference that cannot give the reader a spot at the event',
        kind: 'other',
        subject: 'Registration update',
        body: "Hi Sam,\n\nThanks for applying for a diversity pass. Sadly we can't offer you a spot at this year's event, as all the places were claimed in the first hour.\n\nInes",
      },
      // x4k volunteer application|role|shift
      {
        name: 'a volunteer application approved, with a welcome aboard',
        kind: 'other',
        subject: 'Welcome aboard',
        body: 'Hi Sam,\n\nGreat news: your volunteer application is approved and we would love to have you on the team. Welcome aboard! You start on Saturday at 9 as a delivery driver.\n\nInes',
      },
    ],
  },
  {
    title: 'interviews that are not for a job',
    cases: [
      // x4k citizenship|consular|embassy|immigration|visa appointment|interview
      {
        name: 'a citizenship interview appointment',
        kind: 'other',
        subject: 'Interview notice',
        from: 'Case Services <notices@casecentre.example>',
        body: 'Dear applicant,\n\nYour citizenship interview is scheduled for 3 June 2026 at 10:45 at the downtown field office. Bring your notice and photo ID.\n\nCase Services',
      },
      // x4 interview|interviews _4 for|in|of our|the|this studies|study
      {
        name: 'a university study inviting a participant to an interview',
        kind: 'other',
        subject: 'Next step',
        body: 'Dear Sam,\n\nYou qualify for the interview stage of our study on commuting habits. It takes 45 minutes on Zoom; please pick a time that suits you next week.\n\nInes',
      },
      // x3 gift card|cards
      {
        name: 'a research session paid with a gift card',
        kind: 'other',
        subject: 'Interview next week?',
        body: 'Hi Sam,\n\nWould you be free for a 30-minute interview on Tuesday at 2pm about how you plan trips? As a thank-you we send a $25 gift card afterwards.\n\nInes',
      },
    ],
  },
  {
    title: "the candidate's own mail and an agency writing to a client",
    cases: [
      // x4 i'm|i am? scheduled|booked for
      {
        name: "the reader, writing to a recruiter's personal address, asks to move an interview",
        kind: 'other',
        subject: 'Interview on Thursday',
        from: READER,
        to: 'Ines Calder <ines.calder@mail.example>',
        body: "Hi Ines,\n\nI'm booked for the interview on Thursday at 3pm for the analyst position, but something urgent came up. Could we find another time next week?\n\nSam",
      },
      // x3 my current employer|job|manager|role|team
      {
        name: "the reader explains a clash with their current manager's review",
        kind: 'other',
        subject: 'Re: Tuesday',
        from: READER,
        to: 'Ines Calder <ines.calder@mail.example>',
        body: 'Hi Ines,\n\nSorry, Tuesday at 10am is hard for the interview because my current manager has a review with me then. I could do Wednesday at 4pm instead.\n\nSam',
      },
      // x4 candidate|candidates|cv|resume for your _3 opening|position|role|vacancy
      {
        name: 'an agency sends the reader a candidate for their opening',
        kind: 'other',
        subject: 'Warehouse lead',
        from: 'Pat Rowe <pat.rowe@brightstaff.example>',
        to: 'Ines Calder <ines.calder@northgate-events.example>',
        body: 'Hi Ines,\n\nAttached is a strong candidate for your warehouse lead opening: nine years on the floor, forklift certified. He is free to interview on Friday morning at 10am if you can make it.\n\nPat',
      },
    ],
  },
  {
    title: 'fairs, networks, friends, shops and surveys',
    cases: [
      // x4 hiring|job|jobs|recruiting|recruitment fair|fairs|expo
      {
        name: 'a job fair moved to another date',
        kind: 'other',
        subject: 'New date',
        body: 'Hello Sam,\n\nThe county job fair has to be rescheduled because the hall flooded. Employers will still run on-the-spot interviews there; we will send the new date soon.\n\nInes',
      },
      // x3 #d|participating|registered employers
      {
        name: 'a careers event listing how many employers come',
        kind: 'other',
        subject: 'Reminder: Thursday',
        body: 'Hi Sam,\n\nA reminder that 40 employers are attending on Thursday from 10am. Several of them will interview on the spot for open positions, so bring copies of your CV.\n\nInes',
      },
      // x4 congratulated|endorsed you
      {
        name: 'a network tells the reader people congratulated them on a new job',
        kind: 'other',
        subject: 'Congrats on the new role!',
        from: 'Netlink <updates@netlink.example>',
        body: 'Sam, 9 people congratulated you on your offer and your start date as Product Analyst. Say thanks!',
      },
      // x4 i start at|on the|my new
      {
        name: "a friend's own news in a reply about dinner",
        kind: 'other',
        subject: 'Re: dinner?',
        from: 'Tom Reyes <tom.reyes@mail.example>',
        body: 'Friday works. Big news too: I start at the new firm in June, they raised the offer and the salary after I asked, plus a signing bonus!\n\nTom',
      },
      // x3 rejected from
      {
        name: 'a friend rejected from a job after several interviews',
        kind: 'other',
        subject: 'ugh',
        from: 'Tom Reyes <tom.reyes@mail.example>',
        body: 'Got rejected from the bank job this morning. Three interviews and they still went with another candidate. Pub later?\n\nTom',
      },
      // x3 your _1 membership|order|subscription
      {
        name: 'a gym that cannot refund the rest of a membership',
        kind: 'other',
        subject: 'Your request',
        from: 'Member Care <care@pulsegym.example>',
        body: 'Hi Sam,\n\nI checked your yearly membership and unfortunately we are not able to offer money back for the remaining months.\n\nMember Care',
      },
      // x4 how _3 experience|process felt|was|went (before: … went)
      {
        name: 'a survey about how the hiring process felt',
        kind: 'other',
        subject: 'Your application experience',
        from: 'Feedback <survey@listenwell.example>',
        body: 'Hi Sam,\n\nThe Store Manager position you applied for has now been filled. Whatever the outcome for your application, we would love to hear how the process felt for you.\n\nListenwell',
      },
      // x4 answers|responses are|go _3 anonymous|confidential
      {
        name: 'a candidate survey whose answers are anonymous',
        kind: 'other',
        subject: 'How was your interview?',
        from: 'Feedback <survey@listenwell.example>',
        body: 'Hi Sam,\n\nYou interviewed for the Store Manager position recently. Your answers are anonymous and help the team improve its interviews.\n\nListenwell',
      },
    ],
  },
  {
    title: 'after acceptance, and receipts',
    cases: [
      // x3 temporary password
      {
        name: 'IT sends a new starter a temporary password',
        kind: 'other',
        subject: 'Welcome to the team',
        from: 'IT Desk <it@harbourclinic.example>',
        body: 'Hi Sam,\n\nYour account is ready ahead of your start date as Practice Nurse. Your temporary password comes by text message.\n\nIT Desk',
      },
      // x4 fair credit reporting
      {
        name: 'a background screening under the Fair Credit Reporting Act',
        kind: 'other',
        subject: 'Next step for your offer',
        from: 'ScreenRight <noreply@screenright.example>',
        body: 'Hello Sam,\n\nAs part of your offer of employment, please complete the screening form so your start date stays on track. Your data is handled under the Fair Credit Reporting Act.\n\nScreenRight',
      },
      // x4a received your application|applications|cv|resume|submission
      {
        name: 'a platform confirms a take-home exercise was received',
        kind: 'other',
        subject: 'Coding exercise',
        from: 'TestDesk <no-reply@testdesk.example>',
        body: 'Hi Sam,\n\nWe have received your submission for the coding exercise (uploaded Monday at 9:40pm EST). The hiring team will review it and contact you about next steps.\n\nTestDesk',
      },
      // x4s application|submission confirmation|received|submitted
      {
        name: 'a subject line saying a submission was received',
        kind: 'other',
        subject: 'Submission received: case study assessment',
        from: 'TestDesk <no-reply@testdesk.example>',
        body: 'Hi Sam,\n\nThanks, your files are in. The hiring team will look at them and get in touch about the next step.\n\nTestDesk',
      },
      // x3a back to you _2 either|within
      {
        name: 'an auto-reply promising an answer within two weeks',
        kind: 'other',
        subject: 'Thanks for applying!',
        from: 'Hiring <jobs@oakleaf.example>',
        body: 'Hi Sam,\n\nThanks for applying for the Sales Associate role! We will get back to you within two weeks. If it is a fit, the next step is a short call with the store manager.\n\nOakleaf',
      },
    ],
  },
  {
    title: 'an internal application is a job email even on the company domain',
    cases: [
      // x-4 your internal application|applications|candidacy
      {
        name: 'an internal application declined after a panel',
        kind: 'rejection',
        subject: 'Your internal application',
        from: 'Talent Mobility <mobility@ridgeway-labs.example>',
        to: 'Sam Rivera <sam.rivera@ridgeway-labs.example>',
        body: 'Hi Sam,\n\nThank you for your internal application for the QA Lead opening. After the panel, the hiring team has chosen another candidate. Your manager will set up time to talk about next steps for you.\n\nTalent Mobility',
      },
    ],
  },
];
