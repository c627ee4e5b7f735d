/**
 * Breadth rounds za and zb, English: families of wording that sets written for indirect wording
 * and messy threads showed the classifier lacked. An offer taken back by withdrawing the
 * appointment or placement rather than "the offer"; the panel that chose to appoint an internal
 * person; an offer that opens by looking back on the interview ("further to your interview", "your
 * final interview went brilliantly"); "you have earned a spot on …", "you've landed the … role";
 * an agency's "the client is offering the … job" (and "they're offering the job to someone else",
 * which stays a rejection); a small employer's "the owners" are no landlords; and mail that is not
 * for the reader as a candidate: an acknowledgement that will be in touch "if you've been
 * shortlisted", the employer confirming it withdrew the application the reader asked to withdraw,
 * a reporter asking the reader to give an interview, a show that wants the reader as a guest, a
 * mentoring scheme introducing a mentee. Each case is written for this test in its own words, none
 * taken from a corpus; each fails without the rule named in the comment above it, except the
 * guards, which show what must stay as it is.
 *
 * Round ze (texting from small employers) adds the register's own forms: "u" for "you", weekday
 * abbreviations ("can u start this sat?", "could you do thurs?"), "we'd love you on the crew",
 * "yours if u do", "happy to give you the job of …", a contract sent "through", the job given "to
 * my nephew", "come round tmrw", "ring me about the cleaning job", "move ur trial"; and the same
 * register's mail that is no job mail for the reader: a writer doing a piece who wants to interview
 * the reader, a fund that could not fund the project, friends asking how someone's interview went,
 * a club's waitlist and membership secretary, a manager's chat with staff about a payslip or after
 * a shift. Round zc (hard negatives from public bodies, hospitals, insurers and the press): a radio
 * station's interview request, a permit refused, an insurance claim declined under the policy, a
 * hospital appointment rescheduled. Round zd (formal academic mail): a lecturer post "(Teaching and
 * Scholarship)" is no scholarship, and "invite you to join the School as Lecturer" is an offer.
 */
import type { CaseGroup } from './kind-case';

/** An employer: writes each email that names no other sender. */
export const SENDER = 'Tamsin Ogle <tamsin.ogle@brackenridge.example>';
export const DATE = '2026-09-14T09:00:00+00:00';

export const GROUPS: CaseGroup[] = [
  {
    title: 'an offer taken back without the word offer',
    cases: [
      // r5k pull|pulled|rescind*|retract*|revok*|withdr* _5 appointment|offer|placement
      {
        name: 'a school withdraws the appointment it confirmed',
        kind: 'rejection',
        subject: 'Your start in January',
        body: 'Dear Sam,\n\nI am sorry to write this. The governors have cut next year’s budget and we must withdraw your appointment to the maths post, which was due to begin in January. We will cover the costs you have already had.\n\nTamsin Ogle\nHeadteacher',
      },
      {
        name: 'an agency rescinds the placement it agreed',
        kind: 'rejection',
        subject: 'Monday',
        body: 'Hi Sam, bad news I am afraid. The client has rescinded the placement we lined up for you from Monday, as their contract with the depot fell through. Your start date is off. Really sorry. Tamsin',
      },
      // guard: a clinic that withdraws appointments speaks of no job
      {
        name: 'guard: a clinic withdraws its routine appointments',
        kind: 'other',
        subject: 'Your appointment on Tuesday',
        from: 'Reception <reception@harbourside-surgery.example>',
        body: 'Dear Sam, because of staff illness we have had to withdraw all routine appointments this week, including yours on Tuesday. We will text you a new time.',
      },
    ],
  },
  {
    title: 'a rejection for an internal person',
    cases: [
      // r5k chose|chosen|decided|going _2 to? appoint|appointed|hire|hired|offer _1 another|internal|…
      {
        name: 'the panel decided to hire an internal colleague, under an interview subject',
        kind: 'rejection',
        subject: 'Re: Final interview - Payroll Lead',
        body: 'Hi Sam,\n\nThanks for waiting. After the final panel on Friday we decided to hire an internal colleague who has covered payroll since the spring. You came a very close second.\n\nTamsin',
      },
    ],
  },
  {
    title: 'an offer that looks back on the interview first',
    cases: [
      // i-2 further to _3 assessment|call|conversation|interview*|…
      {
        name: 'further to your interview, you have been successful',
        kind: 'offer',
        subject: 'Your interview',
        body: 'Dear Sam,\n\nFurther to your interview on Thursday, we are pleased to say you have been successful. Your salary will be £27,500.\n\nTamsin',
      },
      // i-2 the|your _2 assessment|call|chat|interview*|trial went
      {
        name: 'a recruiter: the final interview went brilliantly, and the client is offering',
        kind: 'offer',
        subject: 'Great news',
        from: 'Ned Alvo <ned@peakline-recruit.example>',
        body: 'Sam! Your final interview went brilliantly and the client is offering the planner job at 38k. Call me when you can.',
      },
    ],
  },
  {
    title: 'an offer said as something won',
    cases: [
      // o3 you|you've have? earned|landed|secured|won _3 job|place|position|post|role|spot
      {
        name: 'you have earned a spot on the Saturday team',
        kind: 'offer',
        subject: 'Saturday team',
        body: 'Hi Sam, good news: you have earned a spot on our Saturday market team. The rate is £12 an hour and your first shift is on the 4th.',
      },
      // guard: a place won at an event is no job
      {
        name: 'guard: you have secured a place at the webinar',
        kind: 'other',
        subject: 'See you on Thursday',
        from: 'Events <events@ledgerly.example>',
        body: 'Hi Sam, you have secured a place at our Thursday webinar on year-end accounts. The link will arrive an hour before we start.',
      },
    ],
  },
  {
    title: "an agency's 'they are offering the job'",
    cases: [
      // o4 client|they|they're|we|we're _1 offering the _4 job|position|post|role
      {
        name: "a recruiter: they're offering the night supervisor job",
        kind: 'offer',
        subject: 'Warehouse',
        from: 'Ned Alvo <ned@peakline-recruit.example>',
        body: "Sam - just off the phone with the site. They're offering the night supervisor job at £34k plus shift pay. Ring me tonight if you can.",
      },
      // r5k gave|give|given|offered|offering the|this _5 job|… to a|an|another|…|someone
      {
        name: "a recruiter: they're offering the job to someone else",
        kind: 'rejection',
        subject: 'Warehouse',
        from: 'Ned Alvo <ned@peakline-recruit.example>',
        body: "Sam - sorry, just heard from the site. They're offering the night supervisor job to someone who already works there.",
      },
    ],
  },
  {
    title: "a small employer's owners are no landlords",
    cases: [
      // x3 the owner|vendor* (no longer "owners"): the owners of a restaurant decide on the pay
      {
        name: 'the owners were asked and we want you as head cook',
        kind: 'offer',
        subject: 'Re: head cook',
        body: 'Sam, I ran it past the owners and we want you as head cook from the 1st, five shifts a week. Tamsin',
      },
    ],
  },
  {
    title: 'not for the reader as a candidate',
    cases: [
      // x3a if you|you've|we _2 selected|shortlisted
      {
        name: 'an acknowledgement: in touch if you have been shortlisted for a trial shift',
        kind: 'other',
        subject: 'Thanks for applying',
        from: 'Jobs at Crumb <jobs@crumbbakery.example>',
        body: "Hi Sam, thanks for applying for the weekend counter position. Our manager reads every application and will be in touch within a week if you've been shortlisted for a trial shift.",
      },
      // x5 we|we've|you|you've have? withdrawn|withdrew your application|candidacy
      {
        name: 'the employer confirms it withdrew the application at the reader’s request',
        kind: 'other',
        subject: 'Re: Site Manager',
        body: 'Dear Sam,\n\nThanks for telling us, and well done on the new job. As you asked, we have withdrawn your application for the Site Manager position and closed your file.\n\nBest wishes,\nTamsin',
      },
      // x4 won't|wont be joining us: the employer answers the reader's own decline of the offer
      {
        name: "sorry you won't be joining us, after the reader declined",
        kind: 'other',
        subject: 'Re: Offer of employment - Site Planner',
        body: "Hi Sam,\n\nThanks for telling me, and congratulations on the other role. We're sorry you won't be joining us, but I understand the shorter commute made the difference. I've cancelled the contract on our side.\n\nAll the best,\nTamsin",
      },
      // x4 give|giving a|an _2 interview|interviews
      {
        name: 'a reporter asks the reader to give an interview',
        kind: 'other',
        subject: 'Interview request',
        from: 'Lyle Brandt <lyle.brandt@valleyherald.example>',
        body: 'Dear Dr Rivera,\n\nI write for the Valley Herald and I am preparing a feature on the new bypass. Would you be able to give a short interview next Tuesday, by phone or in person?\n\nLyle Brandt',
      },
      // x3 as a|our guest
      {
        name: 'a live stream would love the reader to come on as a guest',
        kind: 'other',
        subject: 'Re: hello',
        from: 'Ivy Marr <ivy@marrkitchen.example>',
        body: "Hi Sam, we'd love you to come on as a guest for our live stream next week. It's unpaid but the audience is huge.",
      },
      // x4 mentee*
      {
        name: 'a mentoring scheme introduces a mentee preparing for interviews',
        kind: 'other',
        subject: 'Meet your mentee',
        from: 'Stepping Up Mentoring <hello@steppingup.example>',
        body: 'Hi Sam, your mentee this year is Femi, a final-year chemistry student getting ready for graduate interviews. Could you meet Femi for half an hour in the next two weeks?',
      },
    ],
  },
  {
    title: 'texting from small employers',
    cases: [
      // $wd with abbreviations (fri mon sat sun thu thur thurs tue tues wed), in i4 can|could u|you _1 do|make $wd
      {
        name: 'could you do thurs, for the kitchen porter job',
        kind: 'interview',
        subject: 'kitchen porter',
        body: 'Hi Sam, got your CV for the kitchen porter job, thanks. Could you do thurs? Any time after the lunch rush.',
      },
      // o3 like|love|want|wants u|you as
      {
        name: 'i want u as my second pair of hands',
        kind: 'offer',
        subject: 'summer',
        body: 'sam!! i want u as my second pair of hands in the shop this summer, £11 an hour, saturdays and sundays',
      },
      // o5k like|love|need|want u|you on _1 our|the _2 crew|roster|squad|staff|team
      {
        name: "we'd love you on the crew as deckhand",
        kind: 'offer',
        subject: 'deckhand',
        body: "Hi Sam, we'd love you on the crew this season as deckhand, June to September, £2,100 a month.",
      },
      // o3 can|could u|you start $wd|$tmw|next|this
      {
        name: 'can u start this sat',
        kind: 'offer',
        subject: 'Re: barista',
        body: 'great chat earlier. can u start this sat? 8 till 2',
      },
      // o3 yours if u|you _1 do|want
      {
        name: 'the cellar job is yours if u do',
        kind: 'offer',
        subject: 'cellar job',
        body: 'the cellar job is going if u want it. its yours if u do, £12 an hour, same hours as Ted had',
      },
      // o4 $happy _2 to give u|you the _3 gig|job|position|post|role|spot
      {
        name: 'pleased to give you the job of packer',
        kind: 'offer',
        subject: 'Packing job',
        body: 'Dear Sam, we are pleased to give you the job of packer at our Leeds unit, Monday to Friday, 8am to 4pm.',
      },
      // o2 contract|contract's _4 drawn|over|through|thru|with
      {
        name: 'a second shooter, the contract sent through tonight',
        kind: 'offer',
        subject: 'season',
        body: 'ok ur photos are unreal. i want u as my second shooter for the season, sending the contract through tonight',
      },
      // guard: a contract sent through by a letting agent is no job
      {
        name: 'guard: a tenancy contract sent through tonight',
        kind: 'other',
        subject: 'Re: lettings',
        from: 'Lettings <lettings@keyhaven-homes.example>',
        body: "Hi Sam, good news, the landlord has agreed to let you the flat. I'll send the contract through tonight.",
      },
      // r5k gave|give|given|offered|offering the|this _5 job|… to a|…|mi|my|…
      {
        name: 'gave the apprentice job to my nephew',
        kind: 'rejection',
        subject: 'Re: apprentice',
        body: 'alright Sam, gave the apprentice job to my nephew in the end, sorry mate.',
      },
      // i4 come|pop down|round _3 $wd|$tmw
      {
        name: 'come round tmrw about the barback job',
        kind: 'interview',
        subject: 'barback',
        body: "hiya Sam, saw ur msg about the barback job. come round tmrw after 4 and we'll see how u get on behind the bar",
      },
      // i4 call|chat|ring|talk _3 about the? _3 apprentice*|gig|job|position|role|spot|vacancy
      {
        name: 'ring me later about the cleaning job',
        kind: 'interview',
        subject: 'cleaner',
        body: "Hi Sam, I got your number from Joy. Ring me later about the cleaning job, I'm free after six.",
      },
      // i4 move the|ur|your _1 call|interview|meeting|trial
      {
        name: 'can we move ur trial to tues',
        kind: 'interview',
        subject: 'Re: trial shift',
        body: 'sam sorry, can we move ur trial to the tues instead? short staffed sat',
      },
    ],
  },
  {
    title: 'texting that is no job mail for the reader',
    cases: [
      // x4 doing|writing a|an _2 article|piece|story about|for|on
      {
        name: 'a writer doing a piece for the local paper asks for an interview',
        kind: 'other',
        subject: 'your cafe',
        from: 'Pia Lund <pia@dalegazette.example>',
        body: "Hi Sam, I'm writing a piece for the Dale Gazette about small cafes on the high street. Could I interview you on Friday at 11am? Twenty minutes at most.",
      },
      // x4k fund|funded|funding your|this _1 project|proposal
      {
        name: 'an arts fund could not fund the project; the next round opens in March',
        kind: 'other',
        subject: 'Spring round: decision',
        from: 'Sam Obi <sam@riverarts.example>',
        body: 'Dear Sam, thank you for applying to the spring round with your mural idea. We were unable to fund your project this time; we had 300 applications for 12 places. The next round opens in March.',
      },
      // x4 how did|was _3 interview*|trial _1 go|going|went
      {
        name: "friends ask how someone else's interview went",
        kind: 'other',
        subject: 'Re: interview??',
        from: 'Lea Ward <lea.ward@mail.example>',
        body: "sooo how did Tomas's interview go?? he said they asked about his notice period and he froze lol. fingers crossed for the second round",
      },
      // x3 of|on a|the waitlist, with x3 membership application|committee|renewal|secretary|team
      {
        name: "a bowls club's membership secretary: no place, on the waitlist",
        kind: 'other',
        subject: 'Evening league',
        from: 'Pat Dunn <pat@harbourbowls.example>',
        body: "Hi Sam, thanks for your interest in the evening league. Sadly we can't offer you a place this season, but you are now on the waitlist for autumn. Best wishes, Pat, Membership Secretary",
      },
      // x3 payslip*
      {
        name: 'a manager wants a chat with staff, and the payslip query is sorted',
        kind: 'other',
        subject: 'Rota',
        from: 'Kate Ives <kate@thebeanery.example>',
        body: 'hey sam can we have a quick chat thurs at 4? nothing to worry about, just want to go over holiday cover and the keyholder position. ur payslip query is sorted too',
      },
      // x3 after|before ur|your next? shift
      {
        name: 'a manager wants a chat after the reader’s shift',
        kind: 'other',
        subject: 'Rota',
        from: 'Kate Ives <kate@thebeanery.example>',
        body: 'hey sam can we have a quick chat thurs at 4 after ur shift? nothing to worry about, just want to go over holiday cover and the keyholder position',
      },
    ],
  },
  {
    title: 'public bodies, hospitals, insurers and the press',
    cases: [
      // x4k radio|television|tv _2 host|interview|program*|segment|show|station
      {
        name: 'a radio station, named after the word radio, asks for a live interview',
        kind: 'other',
        subject: 'Radio Lune: interview request',
        from: 'Ola Brand <ola@radiolune.example>',
        body: "Hi Sam, I produce the drive-time show. We'd love to interview you live on Thursday at 5:15pm about the new lifeboat station. Ten minutes, by phone.",
      },
      // x4 refused
      {
        name: 'a work permit application refused',
        kind: 'other',
        subject: 'Work permit application: decision',
        from: 'Permits <no-reply@permits.gov.example>',
        body: 'Dear Sam, a decision has been made on your work permit application for the welder position with Tarn Steel. Unfortunately your application has been refused, as the salary offered is below the threshold. You can ask for a review within 28 days.',
      },
      // x4 insurance claim|excess|policy|premium
      {
        name: 'an insurance claim declined: a change of employer is not covered',
        kind: 'other',
        subject: 'Claim update',
        from: 'Claims <claims@harbourinsure.example>',
        body: "Dear Sam, thank you for waiting while we reviewed your insurance claim for the cancelled holiday. I'm sorry to tell you that we are unable to pay it, as a change of employer is not covered by your policy.",
      },
      // x4 clinic|dental|hospital|outpatient appointment|appointments
      {
        name: 'a hospital appointment rescheduled',
        kind: 'other',
        subject: 'Appointment change',
        from: 'Bookings <bookings@eastvale-hospital.example>',
        body: 'Dear Mr Rivera, your hospital appointment with the consultant has been rescheduled to Monday 3 March at 9:40am. If you cannot attend, please call us so the slot can be offered to another patient.',
      },
      // guard: a nurse's offer in an outpatient clinic that mentions clinic appointments
      {
        name: 'guard: an offer of a staff nurse post in the outpatient clinic',
        kind: 'offer',
        subject: 'Staff Nurse - Outpatients',
        from: 'HR <hr@eastvale-hospital.example>',
        body: 'Dear Sam, we are delighted to offer you the post of Staff Nurse in our outpatient clinic, starting 1 April. Clinic appointments run 8am to 6pm, Monday to Friday.',
      },
    ],
  },
  {
    title: 'formal academic mail',
    cases: [
      // x5k a|for|our|the|this|your _3 scholarship* and x5k scholarship* application|…|committee|…
      // (no longer any 'scholarship'): a teaching-and-scholarship post is a job
      {
        name: 'an invitation to interview for a Teaching and Scholarship lectureship',
        kind: 'interview',
        subject: 'Invitation to interview: Lecturer in History (Teaching and Scholarship)',
        from: 'Recruitment <jobs@northfell.ac.example>',
        body: 'Dear Dr Rivera, on behalf of the panel I am pleased to invite you to interview for the post of Lecturer in History (Teaching and Scholarship) on Wednesday 4 March at 10:00 GMT. Please confirm your attendance by Friday.',
      },
      // guard: a scholarship's own decision stays other
      {
        name: 'guard: a trust scholarship not awarded',
        kind: 'other',
        subject: 'Harbour Trust Scholarship: outcome',
        from: 'Awards <awards@harbourtrust.example>',
        body: 'Dear Sam, thank you for applying for the Harbour Trust Scholarship. We regret that your application was not successful this year, as the panel received many strong applications.',
      },
      // o5k invite|inviting you to join _6 as
      {
        name: 'a head of school invites the reader to join the school as lecturer',
        kind: 'offer',
        subject: 'Lecturer in Ecology',
        from: 'Prof. Ines Varga <i.varga@northfell.ac.example>',
        body: 'Dear Sam, thank you for a fine presentation yesterday. I would like to invite you to join the School of Biology as Lecturer in Ecology from 1 September. People Services will send your contract.',
      },
    ],
  },
];
