/**
 * Breadth round y, English: families of wording a set written to vary each act showed the
 * classifier lacked. Offers without the word "offer" ("we'd love you to take the … post", "the
 * practice wants you as …" with a contract being drawn up, "fancy coming on as our …", "we picked
 * you for …", "we're going with you for …", "we'd like you to start on Monday", "glad to have you
 * on the team as", "we'd like you as our new …", "consider yourself hired", a locum booking, a day
 * or month rate, "yours if you still want it", an apology for the wait); rejections said by an
 * office ("sifted out", "did not pass the sift", "not considered further", "has not been taken
 * forward", "did not progress past", "we filled the … job", "decided to give the job to someone")
 * and an offer taken back ("withdraw the job we offered you", "can no longer go ahead with the
 * role we offered"); invitations without the word interview ("could you come by the bakery on
 * Wednesday", "come and spend a morning with us", "teach a lesson"); and mail where job words are
 * used by someone who is not hiring the reader: a jury summons, a benefits or unemployment office
 * or job club, the reader asked to sit in on interviews or sent the applicants' CVs, an audition
 * or a panto, a volunteer, a parents' meeting at a school, a careers fair, a driving lesson. Each
 * case is written for this test in its own words, none taken from a corpus; each fails without the
 * rule named in the comment above it.
 */
import type { CaseGroup } from './kind-case';

/** An employer: writes each email that names no other sender. */
export const SENDER = 'Odile Marsh <odile.marsh@kestrelmoor.example>';
export const DATE = '2026-07-06T09:00:00+00:00';

export const GROUPS: CaseGroup[] = [
  {
    title: 'an offer without the word offer',
    cases: [
      // o4 like|love|want you to accept|take on? the|this|our _2 apprenticeship|…|job|…|post|role|vacancy
      {
        name: 'we would love you to take the deckhand job',
        kind: 'offer',
        subject: 'Deckhand',
        body: 'Hi Sam, we would love you to take the deckhand job on the ferry from 1 August. Let me know by Friday? Odile',
      },
      {
        name: 'we want you to take on the role of shift lead',
        kind: 'offer',
        subject: 'Shift lead',
        body: 'Sam, after last week we want you to take on the role of shift lead at the Mill Lane store. Odile',
      },
      // ... a job, not any place: a choir that would love the reader to take a seat is not hiring
      {
        name: 'an orchestra would love the reader to take the second oboe seat',
        kind: 'other',
        subject: 'Orchestra',
        from: 'Ivo Penn <ivo@rivertownorchestra.example>',
        body: 'Hi Sam, the committee would love you to take the second oboe seat this season. Rehearsals are Wednesdays at 7:30pm. Ivo',
      },
      // ... x3 audition*|panto|pantomime|read-through: an amateur show's lead role is no job
      {
        name: 'a village panto would love the reader to take the lead role',
        kind: 'other',
        subject: 'Christmas show',
        from: 'Ivo Penn <ivo@fernleyplayers.example>',
        body: 'Hi Sam, the committee would love you to take the lead role in our Christmas panto. The first read-through is on Sunday at 4pm. Ivo',
      },
      // o3 like|love|want|wants you as, with o2 contract|contract's _4 drawn|over|with
      {
        name: 'the practice wants the reader as its locum vet, the contract being drawn up',
        kind: 'offer',
        subject: 'Winter cover',
        body: 'Sam, good news: the practice wants you as locum vet for December and January. The contract is being drawn up now. Odile',
      },
      // o3 coming|joining _2 as
      {
        name: 'fancy coming on as our rigger for the tour, with a day rate',
        kind: 'offer',
        subject: 'Autumn tour',
        body: 'Hey Sam, fancy coming on as our rigger for the autumn tour? 160/day, 20 days from 9 October. Say the word and I will send the crew contract. Odile',
      },
      // o2 #d a|per? day|month (with "joining … as")
      {
        name: 'a monthly wage and dates for a seasonal post',
        kind: 'offer',
        subject: 'Harvest',
        body: 'Hi Sam, how about joining us as a picker for the harvest? 2,300 a month, March to May, lodging included. Odile',
      },
      // o5k chosen|picked|selected you? for the|this _4 apprenticeship|job|opening|position|post|role|vacancy
      {
        name: 'we picked you for the line cook job',
        kind: 'offer',
        subject: 'Line cook',
        body: 'Hi Sam, after the trial shifts we picked you for the line cook job. Odile',
      },
      // o4 forward|going with you for|as the|a|an|our _4 $pos
      {
        name: 'we are going with you for the junior planner role',
        kind: 'offer',
        subject: 'Junior planner',
        body: 'Sam, we are going with you for the junior planner role! Odile',
      },
      // o3 approved your appointment|hire|hiring
      {
        name: 'the board approved the appointment, with a start date',
        kind: 'offer',
        subject: 'Bursar',
        body: 'Dear Sam, the governors approved your appointment as school bursar yesterday. Your start date will be 1 September. Odile',
      },
      // o3 yours if u|you _1 want
      {
        name: 'the spot is yours if you still want it, in a family firm',
        kind: 'offer',
        subject: 'the workshop',
        body: 'Sam,\n\nTalked to Mum last night and the trainee joiner spot is yours if you still want it. Starting 3rd August.\n\nOdile',
      },
      // o3 we|we'd _2 like|love|want you to start on? $wd|$tmw|#d|next
      {
        name: 'we would like you to start on Monday, for a named job',
        kind: 'offer',
        subject: 'Shop assistant',
        body: 'Hi Sam, thanks for Saturday. For the shop assistant job, we would like you to start on Monday at 7am. Odile',
      },
      // o4 we|we'd|would _2 like|love|$happy _2 to have you _3 aboard|as|back|join|on
      {
        name: 'we would be glad to have the reader on the team as groundskeeper',
        kind: 'offer',
        subject: 'Groundskeeper',
        body: 'Sam, we would be glad to have you on the team as our groundskeeper from next month. Odile',
      },
      // ... x4 as a|an|our volunteer: a food bank glad to have the reader as a volunteer is not hiring
      {
        name: 'a food bank would be happy to have the reader on board as a volunteer driver',
        kind: 'other',
        subject: 'Saturdays',
        from: 'Ivo Penn <ivo@townfoodbank.example>',
        body: 'Hi Sam, we would be happy to have you on board as a volunteer driver on Saturday mornings. Ivo',
      },
      // o3 like|love|want|wants you as (with a job named)
      {
        name: 'a yes from us: we would like you as our new receptionist',
        kind: 'offer',
        subject: 'Receptionist',
        body: 'Sam, it is a yes from us! We would like you as our new receptionist, starting on the 4th. Odile',
      },
      // o5k u|ur|you're|youre|yourself hired
      {
        name: 'consider yourself hired',
        kind: 'offer',
        subject: 'Saturday',
        body: 'Hi Sam, consider yourself hired. See you Monday at 7 for your first shift. Odile',
      },
      // an employer's "sorry I did not get back to you sooner" is no friend's "I did not get it" (x4 i did|didn't not _1 get, dropped)
      {
        name: 'an offer that apologises for the wait',
        kind: 'offer',
        subject: 'Studio assistant',
        body: 'Hi Sam, sorry I did not get back to you sooner. The studio assistant job is yours if you want it. Odile',
      },
      // o4 like to book you _1 as|for _4 locum|shift|shifts
      {
        name: 'a hospital would like to book the reader as a locum',
        kind: 'offer',
        subject: 'August cover',
        body: 'Hi Sam, the hospital would like to book you as a locum radiographer for four weeks from 3 August. Odile',
      },
    ],
  },
  {
    title: 'a rejection said by an office, and an offer taken back',
    cases: [
      // r5k you|your _3 screened|sifted|weeded out
      {
        name: 'an application sifted out at the shortlisting stage',
        kind: 'rejection',
        subject: 'Vacancy 7741: Estates Officer',
        body: 'Dear Sam,\n\nVacancy: Estates Officer\n\nYour application was sifted out at the shortlisting stage.\n\nRecruitment Team',
      },
      // r5 not be? considered _1 further
      {
        name: 'applicants who missed a criterion are not considered further',
        kind: 'rejection',
        subject: 'Competition EO-22',
        body: 'Dear Sam, applicants who did not hold a full driving licence, including you, are not considered further for the Estates Officer post. Recruitment Team',
      },
      // r5 not been moved|put|taken forward|further|through
      {
        name: 'an application that has not been taken forward',
        kind: 'rejection',
        subject: 'Your application',
        body: 'Dear Sam, your application for the ward clerk post has not been taken forward. Recruitment Team',
      },
      // r5k pull|pulled|rescind*|retract*|revok*|withdr* _3 apprenticeship|contract|internship|job|position|post|role _2 offered
      {
        name: 'the employer withdraws the job it offered',
        kind: 'rejection',
        subject: 'Stable hand',
        body: 'Sam, I am sorry, but we have had to withdraw the stable hand job we offered you on Monday: the yard has been sold. Odile',
      },
      // r5k no longer _8 offer|offered
      {
        name: 'the employer can no longer go ahead with the role it offered',
        kind: 'rejection',
        subject: 'Payroll assistant',
        body: 'Dear Sam, unfortunately we can no longer go ahead with the payroll assistant role we offered you, as the budget has been frozen. Odile',
      },
      // r5k you _2 not|didn't|haven't pass|passed _4 assessment|exam|interview*|round|screen*|sift|stage|test
      {
        name: 'the reader did not pass the sift',
        kind: 'rejection',
        subject: 'Policy Officer',
        body: 'Dear Sam, you did not pass the sift for the Policy Officer vacancy. Recruitment Team',
      },
      // r4 didn't|not advance|pass|progress _2 beyond|past|through|to
      {
        name: 'an application that did not progress past the first screening',
        kind: 'rejection',
        subject: 'Outcome',
        body: 'Dear Sam, your application for the porter vacancy did not progress past the first screening. Recruitment Team',
      },
      // ... the reader's own application, not those the reader is told about as a hiring manager
      {
        name: 'an agency tells a hiring manager that two applicants were screened out',
        kind: 'other',
        subject: 'Finance manager search',
        from: 'Ivo Penn <ivo@penn-search.example>',
        to: 'Sam Rivera <sam.rivera@orchardmills.example>',
        body: 'Hi Sam, two of the five applicants were screened out on the right to work check; the other three CVs are attached for you to review. Ivo',
      },
      // r5k gave|give|given|offered the|this _5 job|opening|position|post|role|spot to a|an|another|…|someone|the|them
      {
        name: 'the employer decided to give the job to someone with more experience',
        kind: 'rejection',
        subject: 'Studio assistant',
        body: 'Hi Sam, thanks for coming in. We have decided to give the studio assistant job to someone with more print experience. Odile',
      },
      // r4 filled the _2 gig|job|place|position|post|role|spot|vacancy
      {
        name: 'we filled the job last week',
        kind: 'rejection',
        subject: 'Application',
        body: 'Sam, thanks for coming in on Friday. We filled the studio assistant job this week, sorry for the silence. Odile',
      },
      // r4 we|we've have? now? appointed to
      {
        name: 'we have now appointed to the post',
        kind: 'rejection',
        subject: 'Support worker',
        body: 'Dear Sam, thank you for your interest in the support worker post. We have now appointed to the post. Odile',
      },
      // ... the reader appointed to the post is an offer, not someone else's appointment
      {
        name: 'the reader has been appointed to the post',
        kind: 'offer',
        subject: 'Support worker',
        body: 'Dear Sam, I am pleased to tell you that you have been appointed to the support worker post, starting on 1 September. Odile',
      },
    ],
  },
  {
    title: 'an invitation without the word interview',
    cases: [
      // i4 can|could u|you come|drop|pop|stop by|in|into|over _4 $wd|$tmw|next|this
      {
        name: 'could you come by the bakery on Wednesday to talk it over',
        kind: 'interview',
        subject: 'Your application',
        body: 'Hi Sam, thanks for applying for the counter assistant job. Could you come by the bakery on Wednesday afternoon to talk it over? Odile',
      },
      // ... x3 discuss _2 progress: a school asking a parent to come in is not an invitation
      {
        name: "a school asks a parent to come in on Tuesday about a child's progress",
        kind: 'other',
        subject: 'Meeting',
        from: 'Mrs Penn <office@brookfieldprimary.example>',
        body: "Dear Mr Rivera, could you come in to school on Tuesday at 3:30pm to discuss Ada's progress with her class teacher? Mrs Penn",
      },
      // i4 come|coming and|to shadow|spend
      {
        name: 'come and spend a morning with the team',
        kind: 'interview',
        subject: 'Care assistant role',
        body: 'Hi Sam, thanks for your CV for the care assistant role. Come and spend a morning with the team on Friday so we can see how you get on. Odile',
      },
      // ... a friend's weekend is no invitation
      {
        name: 'a friend asks the reader to come and spend the weekend',
        kind: 'other',
        subject: 'August',
        from: 'Ivo Penn <ivo.penn@mail.example>',
        body: 'Sam! Come and spend the weekend with us at the lake, bring your boots. Ivo',
      },
      // i4 deliver|teach _4 lesson
      {
        name: 'a school asks the applicant to teach a lesson',
        kind: 'interview',
        subject: 'Maths teacher',
        body: 'Dear Sam, thank you for applying for the maths teacher post. We would like you to teach a 30 minute lesson to Year 9 on Tuesday 14 July. Odile',
      },
      // ... a driving school's lesson is no invitation
      {
        name: 'a driving school books the first lesson',
        kind: 'other',
        subject: 'Booking confirmed',
        from: 'Ivo Penn <bookings@pennsdriving.example>',
        body: 'Hi Sam, thanks for booking! Your instructor will teach your first driving lesson on Tuesday at 5pm. Ivo',
      },
    ],
  },
  {
    title: 'job words in mail that is not hiring the reader',
    cases: [
      // x5k jury duty|service|summons
      {
        name: 'a jury deferral refused though the reader has a job interview',
        kind: 'other',
        subject: 'Deferral request',
        from: 'Jury Office <jury@northmoorcourts.example>',
        body: 'Dear Mr Rivera, your request to defer jury service because of a job interview has been refused. You must attend the court on Monday 7 September at 9:30am. Jury Office',
      },
      // x4k jobcentre|jobcenter|jobseeker*|work-focused
      {
        name: 'a benefits office calls the reader to a work-focused interview',
        kind: 'other',
        subject: 'Your appointment',
        from: 'Benefits Office <noreply@benefits-office.example>',
        body: 'Dear Sam, you must attend a work-focused interview on 14 July at 11am about your claim. Bring photo ID.',
      },
      // x4k claimant|universal commitment|credit
      {
        name: 'a benefits office reviews the claimant commitment at an interview',
        kind: 'other',
        subject: 'Appointment',
        from: 'Benefits Office <noreply@benefits-office.example>',
        body: 'Dear Sam, please attend an interview on Tuesday 14 July at 11am to review your claimant commitment and job search.',
      },
      // x4k work coach
      {
        name: 'an appointment with a work coach about the job search',
        kind: 'other',
        subject: 'Next appointment',
        from: 'Benefits Office <noreply@benefits-office.example>',
        body: 'Dear Sam, your next interview with your work coach is on Tuesday 21 July at 10:40am. Bring a list of the jobs you applied for.',
      },
      // x4 you _3 sit|sitting in|on
      {
        name: 'the reader is asked to sit in on interviews for a post',
        kind: 'other',
        subject: 'Interviews Monday',
        from: 'Ivo Penn <ivo@harbourrowingclub.example>',
        body: 'Sam, three coaches are coming in on Monday for the junior coach job. Would you be able to sit in from 6pm? I will do the questions on pay. Ivo',
      },
      // x3 her|his|their availability|cv|cvs|resume|resumes
      {
        name: 'the reader will get the applicants CVs before the interviews',
        kind: 'other',
        subject: 'Monday interviews',
        from: 'Ivo Penn <ivo@harbourrowingclub.example>',
        body: 'Sam, interviews for the junior coach job are on Monday at 6pm in the boathouse. I will send you their CVs on Sunday. Ivo',
      },
      // x2 audition*|rehearsals
      {
        name: 'a theatre group offers a part after the auditions',
        kind: 'other',
        subject: 'Casting',
        from: 'Ivo Penn <ivo@millstreetplayers.example>',
        body: 'Congratulations Sam! After the auditions the director would like to offer you the part of the Miller in our summer show. Rehearsals start Tuesday at 7pm. Ivo',
      },
      // x4 your child's|daughter's|son's
      {
        name: 'a school invites a parent to a meeting about their son',
        kind: 'other',
        subject: 'Meeting request',
        from: 'Mrs Penn <office@brookfieldprimary.example>',
        body: "Dear Mr Rivera, could you pop into school on Thursday at 4pm to meet your son's new teacher? Mrs Penn",
      },
      // x4k job|work club|coach|coaches
      {
        name: 'a job club session at an employment support centre',
        kind: 'other',
        subject: 'Job club',
        from: 'Employment Support <support@townemployment.example>',
        body: 'Dear Sam, your next job club session is on Thursday at 2pm. Bring your CV and a list of the jobs you applied for.',
      },
      // x4 career|careers center|centre|coach|expo|fair|services
      {
        name: 'a careers fair that will not go ahead',
        kind: 'other',
        subject: 'Careers fair',
        from: 'Careers Service <careers@northmoor-uni.example>',
        body: 'Dear students, the spring careers fair will not go ahead on 3 March because of the strike. Employers will be in touch about their jobs. Careers Service',
      },
      // x4k jobcentre|jobcenter|jobseeker*|reemployment|unemployment|work-focused
      {
        name: 'an unemployment office books a reemployment appointment',
        kind: 'other',
        subject: 'Your claim',
        from: 'State Workforce Agency <noreply@workforce-agency.example>',
        body: 'Dear Sam, you must attend an interview about your unemployment insurance claim on Tuesday 9 June at 9am. Bring your work search log and your resume.',
      },
      // x4 you _3 sit|sitting in|on
      {
        name: 'the reader agreed to sit on an interview panel',
        kind: 'other',
        subject: 'Interview panel',
        from: 'Ivo Penn <ivo@harbourcare.example>',
        body: 'Dear Sam, thank you for agreeing to sit on the interview panel for the deputy manager post on 12 June at 10am. The packs will follow. Ivo',
      },
    ],
  },
];
