/**
 * English wording two more outside writers' sets showed the classifier lacked: rejections without
 * a stock phrase (a role filled from inside or by someone else, a search closed, an offer that
 * went to another candidate, an invitation withdrawn because it was sent in error), decisions
 * that mention the interview before them, offers that are contract renewals or a follow-up to a
 * verbal offer, and a reporter's interview request. Each case is written for this test in its own
 * words, none taken from a corpus; the near misses must stay what they are.
 */
import type { CaseGroup } from './kind-case';

/** An employer: writes each email that names no other sender. */
export const SENDER = 'Lena Marsh <lena.marsh@copperline.example>';
export const DATE = '2026-05-04T09:00:00+00:00';

const FRIEND = 'Jo Park <jo.park@mail.example>';

export const GROUPS: CaseGroup[] = [
  {
    title: 'rejections without a stock phrase',
    cases: [
      {
        name: 'a role filled from inside the company',
        kind: 'rejection',
        subject: 'Warehouse Supervisor',
        body: 'Hi Sam, a quick note on the Warehouse Supervisor opening: we decided to fill it internally, with a team lead who has covered the shift for months. Thank you for your patience.\n\nLena',
      },
      {
        name: 'the employer ended up hiring someone else',
        kind: 'rejection',
        subject: 'Bakery assistant job',
        body: 'Hi Sam,\n\nSorry this took a while. We ended up hiring a baker who already knew our ovens, so we could skip the training. Thanks for coming by and good luck.\n\nLena',
      },
      {
        name: 'going with a candidate from elsewhere, after the final interview',
        kind: 'rejection',
        subject: 'Site Manager position',
        body: 'Sam,\n\nThank you for your final interview with the directors last week. We are going with a candidate who has run a larger site before.\n\nRegards,\nLena Marsh\nHR Manager',
      },
      {
        name: 'an agency relays that the client went for someone else',
        kind: 'rejection',
        subject: 'Update',
        from: 'Rob Tate <rob@keyrecruit.example>',
        body: "Sam, the client came back on the Planner job. It's not a yes, I'm afraid, they went for someone with more rail experience. I'll call you about the other two roles.\n\nRob",
      },
      {
        name: 'the offer went to another candidate (a decision beside the words "extend an offer")',
        kind: 'rejection',
        subject: 'Research Associate search',
        body: 'Dear Sam,\n\nThank you for visiting the lab and for your talk. The committee has extended an offer for the Research Associate position to another candidate, who has accepted it.\n\nWith best wishes,\nLena Marsh',
      },
      {
        name: 'the job was offered to someone else after the final interview',
        kind: 'rejection',
        subject: 'Gallery Coordinator',
        body: 'Hi Sam,\n\nI am sorry it has taken me so long since your final interview. We offered the Gallery Coordinator job to a volunteer who has been with us for years, and she said yes.\n\nLena',
      },
      {
        name: 'seasonal spots all filled',
        kind: 'rejection',
        subject: 'Your application',
        body: 'Hi Sam, thanks for applying. The summer Cashier spots at our harbour store have all been filled. You are welcome to apply again in autumn.',
      },
      {
        name: 'not put forward to the hiring manager by a civil-service screen',
        kind: 'rejection',
        subject: 'Recruitment 4471 - Records Clerk',
        body: 'This notice concerns your application for Recruitment 4471, Records Clerk. Based on the scored questionnaire, your name will not be referred to the hiring manager for interview.\n\nHuman Resources',
      },
      {
        name: 'an interview cancelled because the position is already filled',
        kind: 'rejection',
        subject: 'Re: Interview on Friday',
        body: "Hi Sam,\n\nSorry to do this. We hired a former intern into the Studio Assistant role yesterday, so I have to cancel Friday's interview; it is a position we've already filled.\n\nLena",
      },
      {
        name: 'an invitation sent in error is withdrawn',
        kind: 'rejection',
        subject: 'About this morning',
        body: 'Dear Sam,\n\nThis morning our system emailed you an invitation to interview for the Library Aide position by mistake. Please disregard the earlier invitation: your application was not among those selected for interview.\n\nHuman Resources',
      },
      {
        name: "the panel's answer is a no",
        kind: 'rejection',
        subject: 'Update',
        body: "Hi Sam, the panel met this morning and it's a no, I'm afraid. They wanted someone who has led a team before. Thanks for all the time you gave the role.",
      },
      {
        name: 'declined after a take-home exercise',
        kind: 'rejection',
        subject: 'Your take-home',
        body: "Hi Sam,\n\nThanks for sending the take-home back so quickly. We won't be taking you forward, as we wanted to see more on the data model.\n\nLena",
      },
    ],
  },
  {
    title: 'offers in plain words',
    cases: [
      {
        name: 'a contractor assignment extended through the agency',
        kind: 'offer',
        subject: 'Good news on your contract',
        from: 'Rob Tate <rob@keyrecruit.example>',
        body: 'Hi Sam,\n\nThe client wants to extend your assignment as QA Tester for a further three months. Your rate stays at $55/hr, overtime pre-approved for release weeks. I will send the extension paperwork today.\n\nRob',
      },
      {
        name: 'a freelance retainer agreement renewed',
        kind: 'offer',
        subject: 'Next half-year',
        body: "Sam,\n\nI'd like to renew your freelance agreement for another six months on the same retainer, with your day rate for anything extra. I'll send the renewal for signature this week.\n\nLena",
      },
      {
        name: 'a written follow-up to a verbal offer',
        kind: 'offer',
        subject: 'As promised',
        body: "Hi Sam,\n\nGood speaking just now. To put it in writing: here is what I offered you over the phone for the Junior Editor role: $58k salary, 25 days' holiday and a laptop. Think it over and let me know by Monday.\n\nLena",
      },
      {
        name: 'a brief casual offer with a base figure',
        kind: 'offer',
        subject: "you're in",
        body: 'Sam! The team loved you. Data Analyst, 95k base plus the bonus we discussed, start whenever suits you in June.\n\nL',
      },
    ],
  },
  {
    title: 'near misses stay what they are',
    cases: [
      {
        name: 'a reporter asks for an interview for a story',
        kind: 'other',
        subject: 'Interview request',
        from: 'Maya Chen <maya.chen@harbourtimes.example>',
        body: "Hi Sam,\n\nI'm writing a piece on night-shift pay at the port and I'd love to interview you for the story. Could you do a call on Wednesday at 11am?\n\nMaya Chen\nReporter",
      },
      {
        name: 'a friend retells that they went with an internal candidate',
        kind: 'other',
        from: FRIEND,
        subject: 'Re: lunch?',
        body: 'So annoying, I got rejected from the bank job after three interviews. They said they went with an internal candidate. Lunch on Friday at 1pm?',
      },
      {
        name: 'a lease renewal',
        kind: 'other',
        from: 'Lettings <lettings@parkhomes.example>',
        subject: 'Your tenancy',
        body: 'Dear Sam,\n\nYour tenancy ends on 30 June. We would like to renew your lease agreement for another twelve months at the same rent. Please sign the renewal by 1 June.\n\nPark Homes Lettings',
      },
      {
        name: 'an acknowledgement that promises data is not passed on',
        kind: 'other',
        from: 'Careers <careers@copperline.example>',
        subject: 'Application received',
        body: 'Thank you for applying for the Analyst position. We have received your application and will review it shortly. Your details will not be forwarded to third parties.',
      },
      {
        name: 'a workshop whose places have all been filled',
        kind: 'other',
        from: 'Events <events@makerspace.example>',
        subject: 'Pottery workshop',
        body: 'Hi Sam, all spots for Saturday’s pottery workshop have been filled. We will let you know when the next date opens.',
      },
      {
        name: 'a friend who ended up going with another bank',
        kind: 'other',
        from: FRIEND,
        subject: 'mortgage',
        body: 'We ended up going with a different lender in the end, the rate was better. See you Sunday!',
      },
      {
        name: 'a reschedule that replaces an earlier invitation stays an invitation',
        kind: 'interview',
        subject: 'New time for your interview',
        body: 'Hi Sam,\n\nPlease disregard the earlier invitation: the panel cannot make Tuesday. Could you do your interview for the Payroll Officer role on Thursday at 2pm instead? Same video link.\n\nLena',
      },
      {
        name: 'a thank-you for the last interview that invites to the final round stays an invitation',
        kind: 'interview',
        subject: 'Thanks',
        body: "Thanks for your interview yesterday, Sam! We'd love to have you back for a final round with our CTO. Does Friday at 2pm work?\n\nLena",
      },
      {
        name: 'an offer reminder that says the role was offered to the reader stays an offer',
        kind: 'offer',
        subject: 'Checking in on your offer',
        body: 'Hi Sam, we offered the Support Lead role to you a week ago and wanted to check whether you have questions about the salary or start date before you sign the offer letter.\n\nLena',
      },
      {
        name: 'a card offer to someone who is pre-approved',
        kind: 'other',
        from: 'Northbank Cards <offers@northbank.example>',
        subject: 'Your offer is waiting',
        body: "Sam, you've been pre-approved for our Travel Rewards card. Claim your offer today: 0% intro APR for 15 months.",
      },
    ],
  },
];
