/**
 * The phrase rules of the classifier, written from how hiring mail is phrased in each language
 * (generic wording, no company names or sentences from any corpus). Format: see match.ts. Words
 * are folded: lower case, no accents, "ß" → "ss". Channels: o offer, r rejection, i interview,
 * x "not a job email for the reader" (marketing, auto-replies, alerts, newsletters, internal
 * hiring mail, the candidate's own voice, decisions on grants, papers, flats, loans), j job
 * context. Weights add up; classify.ts turns the sums into a decision.
 *
 * Sections: English offer, rejection, interview, not-for-the-reader, job context; then German,
 * French, Spanish, Portuguese and Dutch. (No comments inside the string: it ships as is.)
 */
const ENGLISH = `
$pos position|role|job|post|place|vacancy|opening|contract|internship|appointment|spot|seat|employment
$happy pleased|delighted|happy|excited|thrilled|glad
$wd monday|tuesday|wednesday|thursday|friday|saturday|sunday
$cand candidate*|applicant*|person|finalist*|individual|profile*|someone|somebody
$verb mov*|progress*|proceed*|pursu*|advanc*|invit*|offer*|continu*|tak*|extend*|mak*|hir*
o5k offer|offering you _7 $pos
o4 offer you _1 full-time|part-time|permanent|temporary|seasonal|freelance|fixed-term
o5k $happy|love|like _2 to offer _1 you? _7 $pos|salary|compensation
o2 $happy|love|like _2 to offer
o4 $happy _2 to extend
o5k extend|extended|extending _1 you|a|an|the|this|our _2 offer
o4 make|making you _1 an|a|the _1 offer
o4 offer of employment|appointment|engagement|contract
o4 offer of a|an _1 place|position|role|post|job
o5k letter of offer|appointment|intent|employment
o4 appointment|employment letter
o4 contract of employment
o4 appointment to the|this _3 position|role|post
o4 confirm your appointment as|to
o3 joining _2 as
o3 start with us|the
o4 come work with|for us
o3 joining date|bonus|formalities
o3 date of joining
o3 your joining
o3 ctc|lpa|lakhs
o4 onboard you
o5k offer it|this|that to you
o5k offer the role|position|job to you
o5k you|you've|u _1 got the|this job|role|position|gig|offer
o4 want you|u on the|our team
o4 your|a place on|in our|the _3 programme|program|internship|scheme|team
o4 renew|renewing|renewal of? your contract|engagement|assignment
o5k you're|youre|ur|u hired
o5k you|u are hired
o3 you're|youre|ur in
o4 welcome to the crew|family
o4 you|u got it
o2 can you|u start
o5k forward with _1 an|the|your _1 offer
o4 $happy|love _2 for you to join
o4 you|you've have? been successful
o3 confirm _2 acceptance
o2 your acceptance
o2 starting salary|pay|wage|rate
o2 contract _3 attached|enclosed
o2 attached _3 contract|agreement|letter
o3 approved your hire|hiring
o2 offer call
o3 revised|updated|new|amended terms|letter|package|numbers|contract
o3 offer letter|letters|pack|packet|package|details|paperwork|terms|summary
o3 job|employment|formal|written|official|verbal|conditional|revised|updated|final|internship|contract|firm|contingent offer
o2 offer is|remains _2 contingent|conditional|subject|valid
o2 your|the offer
o1 offer
o5k job|role|position|spot|post|place is yours
o5k selected|chosen for the|this _4 position|role|job|post|vacancy|opening
o4 we'd|would|we _2 love|like _1 you to join|be
o4 we'd|would|we _2 love|like _2 to have you _3 join|on|back|as|aboard
o4 love|like to bring|take you on
o4 bring|take you on as|board|aboard
o4 we want you as|on
o4 they|client want|wants you for|as
o5k want|like|love _1 to hire you
o4 hire you for|as
o4 welcome you to the|our team
o2 welcome to the|our team
o2 welcome aboard|onboard
o4 keep|kept you on
o4 extension of your contract|engagement|assignment|appointment
o4 extend your contract|engagement|assignment|appointment
o3 contract extension
o3 come|came back with an|their offer
o2 congratulations|congrats
o2 accept|accepting the|this|our|your offer
o2 sign|signing _2 return|electronically
o2 sign _3 offer|letter|agreement|contract
o2 countersign|countersigned
o2 accept or decline
o2 to accept _2 please|reply|click|sign
o2 start|starting date
o1 salary|stipend|compensation|wage|rate|pay
o1 base salary|pay|rate
o1 sign-on|signing bonus?
o1 per hour|annum|year|hr|week
o1 equity|options|rsus|pto|benefits|bonus|pension|relocation
o1 start|starting on|$wd|#d
o1 what we can do|offer
o1 new hire paperwork|orientation
o1 notice period
o1 give _1 notice
o1 reporting to
o2s offer|offers
o1s welcome
r5k decided|decision|chosen|chose|opted|elected|determined _3 not to
r5k not to $verb|shortlist*|go
r5k not _1 be $verb
r5k won't|wont _2 be? $verb
r5 not mov*|progress*|proceed* forward|ahead|further
r4 won't|wont|not _1 be able to offer|progress|move|proceed|take
r4 not able to mov*|proceed|progress|offer|take|continue|invite|extend
r4 unable to progress|proceed|move|offer|take|consider
r5k application|candidacy|candidature _3 declined|rejected|unsuccessful|withdrawn|closed
r4 with other|another|different _1 candidate*|applicant*|finalist*
r4 internal candidate|applicant|hire|transfer
r4 hired|appointed|found|identified someone|somebody|another
r4 selected|chosen|identified|appointed|hired|found _1 a|the _1 candidate|applicant|person|individual _2 who|whose|that|with
r3 a no from
r3 they've|they|client|company|team|facility|manager|panel _2 passed|pass
r4 didn't|not _2 make|made it
r4 didn't|not progress|advance|pass _2 to|beyond|through
r3 with regret
r3 successful candidate|applicant
r1 however
r2 future endeavo*
r4k candidacy|application|candidature|profile _3 closed|archived
r3 closed the|this _1 position|role|requisition|vacancy|opening|search
r4 won't|can't|cannot|unable|not _3 take you on
r4 don't|do not _1 have _3 spot|place|position|opening|room _2 for you
r3 no _1 spot|place|position|opening|room for you
r4 not taking|accepting _2 new|any|more _1 students|interns|applicants|candidates|people|staff|hires
r3 don't|do|not _2 have _2 any? _1 openings|vacancies|positions|spots|places|funding
r3 not suitable|shortlisted
r1 merit list|pool
r3 close decision|call
r2 selection process _3 completed|concluded|closed
r1 afraid
r3 do|does|did not _1 match|meet|align
r3 don't|doesn't|didn't _1 match|meet|align
r4 pursu*|proceed*|continu*|progress*|move|moving|go|going _3 candidates|applicants|profiles whose|who|with|that
r4 filled it|that|this
r3 not|isn't|wasn't _1 good|great|better|the news
r3 decided against
r4 cancel|cancelled|canceled|cancelling|pause|paused|pausing|close|closed|closing _2 the|this|our _1 role|position|requisition|vacancy|opening|search|hiring|recruitment
r4 not _2 fill|filling|recruit|recruiting|hire|hiring _2 the|this|for
r4 hiring _1 freeze|pause|paused|hold
r4k closing|close|closed _2 your _1 application|candidacy|file
r3 other|another _1 student*|intern|interns|freelancer*|contractor*
r5k unable|cannot|can't|not _2 offer you _4 $pos
r3 unable|cannot|can't _1 to? offer you
r5 move|moving|moved|go|going|went|gone|proceed*|progress*|continu* forward|ahead _2 with another|other|a|different $cand
r5k went|gone|going|go|decided _2 with someone|somebody
r5k went|gone|going|go|decided _2 with another|other _1 else|$cand
r5k selected|chosen|chose|offered|hired|appointed _3 another|other|different _1 $cand
r4 another|other|different _1 candidate|candidates|finalist|finalists
r3 another|other|different _1 applicant|applicants|person|individual
r2 someone|somebody else
r5k offered the|this position|role|job|post _1 to
r5 pursu* other|another|different candidate*|applicant*
r5k position|role|vacancy|post|job|opening|requisition _4 has|have|was|been|is _1 already? _1 filled
r5 filled internally
r4 filled the position|role|vacancy|post
r4 has|have|had already? been filled
r5k not be filled
r5k no longer _2 consideration|considered|available|open
r5k no longer _2 recruiting|hiring|filling|pursuing|moving
r4k closed|closing|close _2 all? _1 applications|candidacies|recruitment|process
r3 no|not _2 space|room|capacity|funding|budget _3 for|to
r4 can't|cannot|won't|unable|not _3 take on _2 any|another|new|more|anyone
r5k not _2 selected|successful|shortlisted|chosen|referred
r4 unsuccessful|unsucessful
r4 not _3 taking|take you|your _2 forward|further
r4 not _2 progress|progressing _3 application|candidacy|you
r4 decline|declined|declining _1 your application|candidacy
r5k rescind*|withdr*|revok*|retract*|pull|pulled _3 offer
r5k offer _2 rescinded|withdrawn|revoked|retracted|cancelled|canceled
r5k have|had|has to rescind|revoke|retract
r5k no longer _6 offer
r5k unable|cannot|can't _2 proceed|honour|honor|continue _3 offer
r4 requisition|position|role|opening|vacancy _3 cancelled|canceled|closed|eliminated|withdrawn|paused|hold
r3 regret to inform|advise|tell|let
r3 we|i _1 regret that
r2 unfortunately|regrettably|sadly
r2 sorry to say|tell|let|share|inform|report|be
r3 not|isn't|wasn't the news|outcome|answer _3 hoping|hoped|wanted
r2 not the|a _1 right? _1 fit|match
r3 closer|closely|better _1 fit|match*|aligned|aligns|align
r3 more closely _1 match*|align*|fit*
r5k going|decided|have|had _1 to pass
r3 passed on your|you
r4k different direction
r5k decided|going|chose|chosen _2 to? hire|hired|appoint|appointed|offer _1 someone|somebody|another|other
r3 go|going|gone|went|decided _3 direction|way
r4k not among the
r4 not referred
r4k not _2 offered _2 position|role|job|place|post
r3 sorry|unfortunately|regret _3 let|inform|tell you
r3 keep your _1 resume|cv|profile|details|application _2 file|on|in
r2 future opportunities|openings|vacancies|roles|positions
r2 apply again
r2 reapply|re-apply
r3 wish you _3 luck|success|best _2 search|future|career|endeavo*
r2 luck _3 search|future|career|endeavo*
r2 wish you _2 best|luck|success
r2 on this occasion
r2 after careful _1 consideration|review|deliberation
r2 talent pool|community|network
r3 hard|difficult|tough _1 decision
r1 competitive _1 process|pool|field
r3 cold comfort
r4 gone with
r3 remain on the eligible list
r3 notice of results|non-selection
r3s update on your application|candidacy
r3s application update|status|outcome
r2s your application
r2s outcome|regret|unsuccessful|decision
i5k invit* _3 you|to _4 interview*|assessment|screen*|call|chat|conversation|session|day|centre|center|round|stage|meeting|meet|visit|onsite|on-site|walkthrough|shift|lesson|panel|trial
i5k interview* _2 invitation|invite|scheduled|confirmed|booked|confirmation|notice|itinerary|details|request|rescheduled
i5k your _1 interview* _3 is|has|will|scheduled|booked|confirmed|set
i5k schedul*|arrang*|book|booking|set|setting|line|lining _2 up? _3 interview*|screen*
i3 schedul*|arrang*|set|setting _2 up? _3 call|chat|conversation|time
i5 like|love|want _1 to _1 interview you
i5 interview you for the|this|our
i5 interview* will|would _2 last|consist|include|place|held
i4 hiring manager _1 interview|call|chat|screen
i4 confirm|confirming|confirmed _2 your _1 interview|onsite|on-site|call|meeting|appointment|visit|screen
i3 your onsite|on-site
i4 conversation|call|chat|meeting|interview with _2 hiring|manager|owner|supervisor|director|head|lead|founder|ceo|panel
i4 pop|come|drop|stop in|by _3 chat|interview|meeting|talk|trial
i2 quick|short|brief|informal chat|call|conversation
i4 booked|scheduled|pencilled|penciled|put you _1 in|down _2 for
i3 call you on|via teams|zoom|meet|skype|webex
i2 #d at|@ #d
i1 cet|cest|gmt|bst|est|edt|pst|pdt|cst|cdt|mst|mdt|utc|aest|aedt|sast|ist|mez|mesz|pt|et|ct|mt
i3 see you $wd|tomorrow|next|on|at
i3 meet|meeting|speak|conversation with the|our ceo|cfo|coo|cto|founder|founders|board|md|chief|president|director|principal|headteacher
i2 final stage|step
i3 meet the team|hiring|panel
i3 speaking|talking|chatting|meeting with you on|at|tomorrow|next
i4 which _3 times|slots|dates|days _2 work|suit|suits
i3 you'll|will _1 meet|speak with
i2 bring _3 portfolio|id|identification|references|resume|cv|certificates|documents|license|licence|reel
i4 successful _4 next|interview|shortlist*
i4 like|love _1 to _1 invite you
i4 like|love|want|wants|would _1 to meet|see you
i4 like|love|want _1 to have you _1 in|come
i5 have you _1 come in|back _3 interview*|trial|shift|day|chat|meeting|visit
i4 come|coming in|back _2 for _3 interview*|trial|chat|meeting|visit|conversation|shift|assessment
i4 phone|video|technical|panel|onsite|on-site|in-person|person|final|first|second|third|next|formal|working|virtual|competency-based|board|zoom|teams|initial|screening|follow-up|group|final-round|one-way|recorded|live|coding|case|behavio*|portfolio|in-store|store _1 interview*|screen|round|session|assessment
i5 screening|intro|introductory|exploratory|initial|recruiter _1 screen|call
i3 interview|interviews|interviewing
i2 next step|steps|stage|round
i4 move|moving|progress*|advanc*|invit* _2 you _1 forward|through|on _3 next|second|final|another|round|stage|interview*
i4 you've|you|have|has been? progressed|advanced|shortlisted|moved
i4 shortlisted|selected|chosen for _3 interview*|assessment
i5 trial shift|shifts|day|lesson
i5 working interview
i4 assessment centre|center|day
i4 demonstration|demo|sample|teaching lesson
i4 pair programming|pairing
i4 pairing session|exercise
i3 technical|coding _1 exercise|assessment|challenge|test|task
i4 your availability
i4 are you free|available _4 #d|at|on|tomorrow|today|next|this|$wd|morning|afternoon
i4 would|does|can|could _6 work|suit for you
i4 send|share|give _2 me|us? _2 few|some|two|three|couple _2 times|slots|days|dates|windows|options
i4 times|slots|dates that work
i4 pick|choose|select|book|grab _1 a|your|the? _1 time|slot|date|day|spot
i3 book _2 slot|time|meeting|call
i3 scheduling|calendar|booking _1 link|page|tool
i3 calendar invite|invitation|hold
i3 time|available slot|slots|times
i3 reschedul*
i4 move your|the _1 interview|call|meeting
i3 confirm your attendance|availability|place|slot
i3 confirm _3 time|slot|attendance|appointment
i2 see you then|tomorrow
i2 $wd|tomorrow _2 at|@ #d
i1 #d am|pm|a.m|p.m|uhr|h|uur
i2 zoom|teams|meet|webex link|invite|call
i2 video call|link
i1 duration|interviewers|panel|itinerary|agenda|venue
i2 it's|you're _1 booked|set
i3s interview|interviews|interviewing|screen|trial|assessment|itinerary|invitation|invite|invited|chat|meet|call|round
i2s next step|steps|stage|round
i2s let's talk|chat|meet
i-2 thank|thanks _1 you? _2 for _3 interview*|time|coming|meeting|speaking|chatting|attending|joining|participating|completing|taking
i-2 after|following|since|throughout _3 interview*|assessment|round|trial|visit|on-site|onsite|panel|conversation|call
i-1 during|at _1 the|your _1 interview*
i-2 interview* _1 last|yesterday|earlier
x3 unsubscribe|unsubscribed|opt-out|subscribed
x3 manage|update|change _3 preferences|subscription|subscriptions|alerts|alert|settings|frequency
x2 receiving this _1 email|message|alert|because
x3 signed up for|on|at|to
x3 pre-approved|preapproved|prescreened|pre-qualified|prequalified
x2 #d off
x3 limited time|offer
x4 exclusive|special|members-only|limited-time|promotional|introductory|personal|upgrade|flash|best _1 offer*
x2 offer ends|expires|applies|code
x3 promo|coupon|discount|voucher _1 code
x2 cashback|rewards|promo|subscription|deal|deals|upgrade
x3 intro|introductory|purchase apr
x1 discount
x2 shop|buy|order|claim|upgrade|book _1 now|today
x3 claim my|your spot|offer
x2 view in browser
x3 newsletter|digest|webinar|masterclass|bootcamp
x4k podcast|episode
x4 radio|broadcast|broadcaster
x4k on air
x4k radio|tv|television show|station|programme|program|segment|interview|host
x2 issue #d
x2 read _2 article|story|more
x2 article|articles|listeners|subscribers
x1 tips
x3 reporter|journalist
x3 television|tv|newspaper|magazine|on-air|press|viewers|readers
x4k media interview
x4 i just|finally _1 heard back
x3 i heard back
x3 i applied
x4 i was|i've|i _1 been? rejected|turned|ghosted
x3 story on|about
x4k mock interview*
x4 career centre|center|services|coach|fair|expo
x4 job|jobs|vacancy|vacancies _1 alert*|digest|matching|recommendations
x4 jobs for|near you
x4 new jobs|vacancies|postings
x4 #d new|more _1 jobs|vacancies|positions|roles|openings
x4 saved search
x4 easy apply
x4 see|view all jobs|vacancies
x4 early applicant
x1a #d applicants
x3 matching|matches|match your _1 alert|search|profile|preferences
x4a received your application|applications|cv|resume
x4a application _2 received|submitted|landed|registered|complete|completed
x4a your application _3 received|submitted|landed|registered
x4a successfully submitted|applied|received
x4a will|we'll|team|recruiters|person _2 review|reviewing|reads|read _2 every|your|all|each _1 application*|profile|cv|resume|candidacy
x3a be reviewing it|your|applications
x4a if|should your _2 background|experience|qualifications|skills|profile _2 match|matches|meet|meets|lines|fit|align
x3a if you are|we _2 selected|shortlisted
x2a contact you _3 if
x2a reach out _3 if
x3 finish|complete|completing|finishing your application
x1a unmonitored|no-reply|noreply|donotreply
x1a not monitored
x1a do|don't not? reply
x4 came across your profile|github|linkedin|background|work|portfolio|resume|cv|name
x3 open to _1 hearing|exploring|a|new|discussing|chatting|learning|talking
x3 would you be _1 open|interested
x3 are you open|interested|looking
x3 not looking
x3 worth a _1 conversation|chat|call
x3 working with a|an _3 company|client|startup|firm|business
x2 hiring a|an
x2 even if the timing
x3 new message from a recruiter
x3 inmail
x3 recruiter message|messages
x3 job spec
x2 no pressure|commitment
x2 first day|week
x4 glad|excited|thrilled|happy|delighted you're|you _2 joining|accepted|accepting|aboard
x1 onboarding|laptop|badge|payroll|induction
x4 background check|screening _3 authoriz*|consent|disclosures
x4 authoriz*|authoris* _3 background|screening|check
x3 signed _1 letter|contract|offer|agreement
x3 new starter|starters
x4 can|could|would you _1 interview|cover|take|sit|join _3 candidate|slot|panel|loop|interview
x4 interview|interviewing a|the|our|this _1 candidate|applicant
x4 like|love|want|please|could|can _2 interview|meet|call him|her|them
x3 his|her|their availability|cv|resume
x2 the candidate|candidates|applicant|applicants
x3 candidate a|b|c|#d
x4 scorecard|scorecards
x2 debrief|debriefs
x3 feedback form
x4 feedback|scorecard|scores _1 due
x4 approve|approval|approved|approving _1 the|this|an|a _2 offer|requisition|headcount|hire
x4 offer approval|approvals
x4 offer for _3 candidate
x3 hiring manager|managers _1 approval
x4 send|sent the rejection|regret
x3 moving to offer
x3 hold as backup
x4k listed you as a reference
x4 reference for
x4 $happy _1 to accept
x5 i'm|i|i've _1 am|have|would|will? _2 accept|accepted|accepting|decline|declined|declining|withdraw|withdrawing
x5 i've|i _2 decided _2 to? decline|accept|stay|withdraw|turn|remain
x5 i accept
x5 thank|thanks _1 you? _3 for the|your _2 offer|proposal
x5 thank|thanks _1 you? _2 for organizing|organising|arranging|hosting
x4 for having|interviewing|hosting me
x5 withdraw|withdrawing my|from _1 application|candidacy|consideration|process
x3 my application|candidacy|interview|interviews|offer|resume|cv
x5 i got _3 offer|job|rejection|no|it|position|role|call|interview|through|callback
x4 i've|i _1 got|made it _2 through|to the
x4 i didn't|did not _1 get
x4 offered|rejected|hired|ghosted me
x4 turned me down
x4 got the|a _1 no|rejection|offer|job|call
x3 excited about the|this _1 role|position|opportunity
x3 look forward to hearing _1 from you? _2 next steps
x3 i'd|i _1 love _1 to interview for
x2 my|our _1 son|daughter|kid|kids|husband|wife|mom|dad|mum|sister|brother
x1 lol|haha|omg|xoxo
x3 grant|grants application|proposal|funding|decision|panel|cycle|committee|program|applications|proposals
x3 research grant|grants
x3 funding decision|panel|cycle|application|applications|proposal
x4k for funding
x3 funded|funders
x5k scholarship|scholarships|bursary
x2 fellowship
x4k manuscript|paper|abstract|submission|talk|poster _2 decision|accepted|reject*|not
x4k talk|paper|poster|session|workshop _1 proposal|proposals|submission|submissions|abstract
x3 reviewers|reviewer|cfp|proceedings
x3 program|programme committee
x3 call for papers
x4k camera-ready|proceedings
x4k poster session|presentation
x2 journal
x4k admission|admissions|enrolment|enrollment _1 decision|decisions|committee|office|portal|status|letter|offer
x4 admission|admissions|enrolment|enrollment
x3 waitlist|waitlisted|wait-list|waiting list
x4k rental|tenancy|lease|apartment|flat|property|home|house _1 application|applications
x4k application|applying|applied _3 apartment|flat|unit|property|rental|tenancy|lease|loan|mortgage|scholarship|grant|bursary
x3 rental|rentals|rent|lease
x4 landlord|landlords
x2 apartment|apartments|tenancy
x3 application fee|fees
x3 screening report
x3 holding|security deposit
x2 bedroom|bedrooms|one-bedroom|one-bedrooms|two-bedroom
x4k loan|mortgage|credit _1 application|applications|approval|decision
x3 loan|loans|mortgage
x3 credit card|score|report|limit
x4 refund|refunds
x3 shipment|invoice
x3 return request|policy|window
x3 order #d
x4 rfp|solicitation|proposers|tender|rfq|rfi|itt|tenders
x4 award|awarded _3 contract|tender|bid
x4 sellers|seller|escrow|realtor|realty|buyers
x4 listing agent|brokerage
x3 home inspection
x3 counter-offer|counteroffer
x4k offer on _2 property|house|home|flat|apartment|unit|condo
x4 asking|purchase price
x4 estate agent
x4 real estate
x4 conveyancer|conveyancing
x3 open house|viewing|viewings
x4 letting|lettings agent|agency|agents
x4 property _1 at #d
x3 for the property
x3 tenant|tenants
x4 other|our|available|similar properties
x3 the owner|landlord|vendor|vendors|owners
x3 move-in|movein
x2 inspection|inspections|viewing
x3 bid|bids|bidding|bidder|bidders
x3 supplier|suppliers|vendors
x3 scam|scams|phishing|fraud|fraudulent
x3 security alert
x2s newsletter|digest|alert|sale|deal|webinar|podcast|episode
x3s #d off
x4s new jobs|vacancies
x4s job alert|alerts
x3s jobs
x4s application received|submitted|confirmation
j1 position|role|job|vacancy|opening|post|candidacy|candidate|recruit*|hiring|employment|career|careers|interview*|resume|cv|shortlist*|req|requisition|internship|onsite|on-site|employer|salary
j0.5b engineer|developer|analyst|manager|nurse|teacher|assistant|associate|specialist|coordinator|technician|consultant|designer|officer|clerk|driver|cook|server|cashier|accountant|intern|administrator|scientist|advisor|adviser|representative|supervisor|lead|director|architect|therapist|pharmacist|electrician|operator|receptionist|editor|writer|researcher|lecturer|professor|postdoc|chef|barista|agent|executive
j0.5 applicant|applicants
j0.5 application|applied|applying
j1 talent acquisition|team|partner
j1 human resources
j1 people team|operations|ops
j1 hr
`;

const GERMAN = `
o5 ihnen|dir|euch _8 anbieten
o5 anbieten _2 zu konnen|durfen
o4 zusage _3 fur|zur|zu|geben|erteilen
o4 freuen|freue _4 zusage
o4 vertragsangebot|arbeitsvertrag|arbeitsvertrags|vertragsentwurf|vertragsunterlagen|einstellungszusage|jobangebot|stellenzusage
o3 unser|unseres|unserem|ein|das|dein|ihr _1 angebot
o4 ihre|deine einstellung _1 als
o4 fur sie|dich entschieden
o4 gerne _6 team|bord|einstellen
o4 willkommen im|an _1 team|bord
o3 einstellen|einstellung|eingestellt
o2 herzlichen|herzlich glueckwunsch|gluckwunsch|willkommen
o2 gluckwunsch|glueckwunsch
o2 gehalt|jahresgehalt|bruttojahresgehalt|bruttogehalt|monatsgehalt|verguetung|vergutung|stundenlohn|urlaubstage|probezeit|eintrittsdatum|eintritt|arbeitsbeginn|unbefristet|befristet
o2 unterschreiben|unterschrift|unterschriebenes|unterzeichnen|gegenzeichnen
o2 zusagst|zusagen|zusage
o1 angebot
o4 passen _2 angebot
r5 leider _6 nicht _4 berucksichtigen|weiterverfolgen|anbieten|zusagen|fortsetzen|einladen|weiter
r5 nicht _3 berucksichtigen|weiterverfolgen|weiterhin
r5 nicht _2 weiter verfolgen|berucksichtigen
r5 nicht _3 engere auswahl|wahl
r5 fur|zugunsten _2 andere|anderen|anderer _1 bewerber*|kandidat*|person|profil*|losung
r5 stelle|position|vakanz _4 besetzt|vergeben|anderweitig
r4 absage|absagen|abgelehnt|einstellungsstopp
r4 keine|keinen positive|positiven|positiveren _1 ruckmeldung|nachricht|antwort|bescheid
r4 nicht _2 in betracht
r4 angebot _3 zuruckziehen|zuruckgezogen|zurucknehmen|widerrufen
r2 leider|bedauern|bedauerlicherweise|bedaure
r4 leider _3 mitteilen|mitzuteilen
r2 reiflicher uberlegung
r4 gegen _2 entschieden
r4 nicht weiter _2 auswahl*|prozess|verfahren|berucksichtigt
r3 entschieden _2 andere|anderen
r3 fur ihre|deine _1 weitere|berufliche|weiteren _1 zukunft|stellensuche|jobsuche|suche|laufbahn|weg
r2 alles gute
r2 viel erfolg
r2 talentpool|bewerberpool
i5 vorstellungsgesprach|bewerbungsgesprach|kennenlerngesprach|kennenlerntermin|vorstellungstermin|zweitgesprach|erstgesprach|telefoninterview|videointerview|auswahlgesprach|probearbeit*|probetag|schnuppertag|hospitation
i5k einladung|einladen|laden|lade _6 gesprach|interview|termin|kennenlernen|assessment|probe*|vorstellung*
i5 personlich kennenlernen
i5 gesprach|vorstellungsgesprach|interview|kennenlernen _4 einladen|einzuladen
i2 videocall|teams-call|videotelefonat
i4 kennenlernen
i4 gesprach|interview|termin _5 am|um _3 #d|uhr
i4 terminverschiebung|verschieben|verschoben|alternativtermin
i3 termin
i3 neuer vorschlag|termin
i3 bestatigen _3 termin
i3 wann _2 zeit|passt
i3 gesprach|gesprache
i2 uhr|mez|mesz
i3s gesprach|einladung|termin
x5 ich hab|habe _3 zusage|angebot|job|stelle|absage
x5 mir _4 angebot gemacht|bekommen
x5 ich nehme _3 angebot _1 an
x5 ziehe _3 bewerbung _1 zuruck
x4a eingangsbestatigung|empfangsbestatigung
x4 abmelden|abbestellen|abmeldung
x4a eingang _4 bewerbung*|unterlagen
x4a bewerbung _3 erhalten|eingegangen
x4 rabatt|gutschein|sichern|aktion
x4 stellenangebote|jobangebote|jobalarm|job-alert|suchauftrag
x4 neue stellen
x4 jobs fur sie
x4 kannst du _6 ubernehmen|fuhren|machen
x4 kandidat|kandidaten|kandidatin|bewerber|bewerberin _3 gesprach|abgesagt|lebenslauf|notizen
x3 ich _2 abgesagt
x3 sie erhalten diese
j1 bewerbung|stelle|position|vakanz|bewerber*|personal*|recruiting|karriere|gesprach|lebenslauf|vorstellungsgesprach
`;

const FRENCH = `
o5 proposition|promesse _1 d' embauche
o2 offre d' emploi
o5 lettre d' offre|embauche
o5 vous|te|t' _1 offrons|offrir|proposer|proposons _4 poste|emploi|stage|contrat|cdi|cdd|role|fonction
o3 vous|te|t' _1 accueillir|compter
o5k accueillir _4 stage|poste|equipe|cdi|cdd|alternance
o3 souhaitons|ravis|heureux|plaisir _4 accueillir|embaucher|recruter
o5 ete|etes retenu|retenue|retenus|retenues|selectionne|selectionnee pour le|ce _1 poste
i5 retenu|retenue|retenus|retenues|selectionne|selectionnee _3 pour _2 entretien
o2 felicitations
o4 confirmer _3 embauche|recrutement
o2 contrat de travail
o2 date d' embauche|arrivee|debut
o3 notre proposition|offre
o3 bienvenue _2 equipe|bord
o2 remuneration|salaire|bruts|brut|gratification|signer|signee|signature
o2 prise de poste
o2 entree en fonction
o1 periode d' essai
o1 offre|proposition
r5 pas _2 retenu|retenue|retenus|retenues|poursuivre
r5 pas _2 donner|donnons _2 suite
r5 ne pouvons|pourrons|sommes _3 pas _3 suite|retenir|accueillir|proposer|offrir
r5 pas en mesure _3 suite|donner
r5 poste _4 pourvu
r5 autre|autres _1 candidat*|candidature*|profil*|personne
r4 au regret
r4 retirer|retrait|annuler|annulation _3 offre|proposition
r3 malheureusement|regrettons|navre|navree|desole|desolee
r3 ne correspond|correspondait pas
r3 bonne continuation
r2 suite favorable
r2 vos donnees seront conservees
r3 malgre _4 candidature|profil|qualites|interet
i3 entretien|entretiens
i5k convocation|convoquer
i5 entretien d' embauche
i4 nous aimerions|souhaiterions|souhaitons _2 vous|te _1 rencontrer|voir
i5 vous|te _1 rencontrer
i4 je|nous _1 vous|te _1 propose|proposons _4 lundi|mardi|mercredi|jeudi|vendredi|samedi|#d|creneau|rendez-vous|entretien
i4 creneau|creneaux|disponibilites|disponibilite
i4 confirmer _3 presence|disponibilite
i3 visio|visioconference
i3 heure de paris
i4 entretien technique|telephonique|individuel|visio|video
i4 premier|second|deuxieme entretien
i3s entretien|convocation|rendez-vous
i-2 apres|suite|merci _4 entretien|entretiens|echange|echanges|rencontre
x5 j' ai _1 decide|accepte|refuse
x4 j' ai recu _2 proposition|offre|refus
x5 je _2 retire|accepte|decline
x5 m' ont _2 propose|fait|offert
x5 je _5 remercier _4 proposition
x4 desabonner|desinscrire|desinscription|soumission|relecture
x4 ne plus recevoir
x4 offre|offres _1 exclusive|speciale|promotionnelle
x4 nouvelles offres
x4 alerte|alertes
x4a bien recu
x4a accusons reception
x4a accuse de reception
x4 comite de programme
x2 rapport
x4 offre soumise a conditions
x4a candidature _4 enregistree|recue|bien
x4 peux-tu|pourrais-tu|pouvez-vous _5 entretien _3 candidat*
x3 le|la|du candidat|candidate
j1 candidature|poste|recrutement|candidat*|embauche|emploi|entretien
`;

const SPANISH = `
o5 carta de oferta
o5 ofrecerte|ofrecerle|ofrecerles|ofrecemos|ofrecer _4 puesto|cargo|plaza|posicion|contrato|empleo|trabajo|vacante
o5 propuesta formal|laboral|economica
o5 propuesta de trabajo|empleo|contratacion
o4 extenderle|extenderte _2 propuesta|oferta
o4 te queremos
o2 enhorabuena|felicidades|felicitaciones
o2 contrato de trabajo
o3 te damos la bienvenida
o3 nos complace _3 ofrecer*|comunicarte|informarte
o4 bienvenido|bienvenida _2 equipo
o4 has|ha sido seleccionado|seleccionada _3 puesto|cargo|plaza
o5k has|ha sido aprobado|aprobada|seleccionado|seleccionada _3 proceso|puesto|vacante
o3 adjunto _3 propuesta|oferta|contrato
o3 incorporacion|incorporarte|incorporarse|incorporarle
o3 fecha de ingreso|incorporacion
o2 salario|sueldo|bruto|prestaciones
o2 contrato indefinido
o1 jornada completa
o2 su|tu aceptacion
o1 oferta|propuesta
r5 no _3 seguir|continuar|avanzar _2 adelante? _2 con tu|su _1 candidatura|proceso|solicitud
r5 seguir|seguimos|avanzar|continuar _2 adelante? _1 con _1 otra|otro|otras|otros _1 persona|candidat*|perfil*
r5 no ha|has|hemos _2 sido|podido _1 seleccionad*|ser
r5 puesto _3 cubierto
r4 no se ajusta|encaja|adecua|adapta
r4 no _2 continuaras|continuara|avanzaras|avanzara|superado|superaste
r4 no _2 continuar|seguir|avanzar _3 proceso
r3 en esta ocasion
r4 optado por _1 otro|otra|otros|otras
r5 otros|otras _1 perfiles|candidatos|candidaturas
r4 retirar|retiramos|anular _3 oferta|propuesta
r3 lamentablemente|desafortunadamente|lamentamos|lamento|sentimos
r3 suerte|exito en tu|su _1 busqueda|carrera|futuro
r2 base de datos|talento
i3 entrevista|entrevistas|entrevistarte|entrevistarle
i-2 gracias por _2 entrevista
i5 nos gustaria _2 conocerte|conocerla|conocerle|conocerlo
i5 hacerte|hacerle _2 una entrevista
i5k invitamos|invitarte|invitarle|invitarlo|invitarla _4 entrevista|reunion|llamada
i4 concertar|coordinar|programar|agendar _2 entrevista|llamada|reunion
i4 citarte|citarle|agendada|agendado
i4 te|le _1 vendria|viene _1 bien
i3 disponibilidad|hueco|huecos|franja|franjas
i3 hora peninsular
i2 hora de
i4 entrevista telefonica|tecnica|personal|presencial|virtual|online
i3s entrevista|cita
x5 me ofrecieron|hicieron
x5 me han ofrecido
x5 acepto _2 oferta|propuesta
x5 retiro mi candidatura
x4a hemos recibido _2 candidatura|solicitud|cv
x4a candidatura|solicitud _3 registrada|recibida
x4a registrado correctamente
x4 darte|darse|dar de baja
x4 no deseas recibir
x4 preaprobada|preaprobado|alquiler|vivienda|inmueble|inmobiliaria
x4 oferta exclusiva
x4 al candidato|aspirante
x3 el|la candidato|candidata
x3 hacerle tu
j1 candidatura|puesto|vacante|seleccion|cargo|curriculum|entrevista
`;

const PORTUGUESE = `
o5 proposta de emprego|trabalho|contratacao
o5 proposta salarial|formal
o5 carta-proposta
o5 carta proposta
o5 vaga _6 e sua
o5 foi selecionado|selecionada _1 para integrar
o4 foi selecionado|selecionada _3 vaga|cargo|funcao|posicao
o5k foi|foste|voce aprovado|aprovada _3 processo|vaga|seletivo|cargo|selecao
o3 proposta _3 anexo
i4 marcar|agendar|combinar _3 conversa|entrevista|reuniao|bate-papo
i5 selecionado|selecionada _3 proxima|entrevista|etapa|fase
o2 parabens
o3 temos o prazer _3 comunicar|informar|oferecer
o5 oferecer|oferecemos _4 vaga|cargo|posicao|emprego|lugar
o4 fazer parte _1 do|da _1 time|equipe|equipa
o4 gostariamos de te|lhe _1 convidar _2 fazer parte
o3 seja bem-vindo|bem-vinda
o2 salario|remuneracao|admissao|clt
o1 estagio
o2 inicio previsto
o2 data de inicio
o2 contrato de trabalho
o2 sem termo
o1 de acordo
o1 proposta
r5 nao _2 seguira|seguir|seguiremos|avancar|avancaremos|continuar|prosseguir|prosseguiremos _2 proxima|processo|candidatura|frente|com
r5 avancar|seguir|prosseguir _1 com _1 outro|outra|outros|outras _1 candidat*|perfil*|pessoa
r5k vaga|cargo|posicao _12 preenchida|preenchido
r4 optamos por _1 um|uma|outro|outra|seguir|continuar|avancar
r2 boa sorte
r5 nao _2 foi|foste _1 selecionad*
r4 nao _2 aprovado|aprovada|aprovados
r4 nao foi possivel
r2 nesta oportunidade
r2 desta vez
r4 retirar _3 proposta
r3 infelizmente|lamentamos|lamento
r3 desafortunadamente|desilusao
r3 sucesso na sua|tua _1 jornada|carreira|busca
r2 banco de talentos
i5k convid* _5 entrevista|conversa|bate-papo|etapa
i5 agendar|agendada|agendamos _3 entrevista|conversa|horario
i4 gostariamos de _1 te|lhe? _1 conhecer
i3 disponibilidade
i3 horario de brasilia
i3 hora de lisboa
i2 proxima etapa
i-2 participado|participar|participacao _5 entrevista
i3s convite
x5 fizeram-me|ofereceram-me _2 proposta|oferta
x5 me fizeram|ofereceram _2 proposta|oferta
x5 aceito _2 proposta
x5 retiro _2 candidatura
x4a recebemos _2 candidatura|curriculo
x4a candidatura _3 recebida|registrada|registada|enviada
x3a caso _4 perfil
x4a sua|seu|a _1 inscricao _3 recebida|realizada|confirmada|concluida
x2a acompanhe|acompanhar _3 status|andamento
x3 o|a candidato|candidata
x4 novas vagas
x4 alerta de vagas
x4 reembolso|encomenda|descadastrar
x4 cancelar _2 inscricao
x3 ouvintes|episodio
j1 candidatura|vaga|recrutamento|cargo|curriculo|entrevista|seletivo|selecao
`;

const DUTCH = `
o5 bieden|bied _1 je|u|jou _6 aan
o5 aanbod _3 doen
o5 je|u _1 bent aangenomen
o5 aanwerven|aannemen
o5k voor jou|u gekozen
o2 gefeliciteerd
o4 jobaanbieding|arbeidsovereenkomst|arbeidscontract
o2 voorstel
o4 welkom _2 team
o2 salaris|brutomaandloon|vakantiegeld|startdatum|opstart|dienstverband|proeftijd|akkoord
o2 bruto per maand
o2 aanbod
r5 niet verder|door _3 met|gaan
r5 besloten _3 niet
r5 andere|ander _1 kandidaat|kandidaten|sollicitant|sollicitanten|persoon
r5 niet _2 uitnodigen
r5 niet _2 uit te nodigen
r5 vacature|functie _4 vervuld|ingevuld|invullen
r4 afwijzing|afgewezen
r4 niet _2 verder
r5 keuze _2 niet _3 gevallen
r3 helaas|spijt
r4 helaas _4 weten|mededelen|meedelen
r4 niet meer _3 invullen
r3 veel succes _2 zoektocht|loopbaan|verdere|sollicitatie
i5 sollicitatiegesprek|kennismakingsgesprek|vervolggesprek|assessmentdag|proefdag|meeloopdag|proefdraaien
i5 tweede|eerste|volgende gesprek
i5k uitnodig* _4 gesprek|sollicitatiegesprek|kennismaking*|assessment*|interview|kennismakingsgesprek
i5 nodigen|nodig _4 uit _4 gesprek|sollicitatiegesprek|kennismakingsgesprek|kennismaking|interview|assessment*
i4 bevestig* _3 gesprek|afspraak
i4 gesprek|afspraak _5 om #d|uur
i3 schikt|inplannen|agenda
i3s gesprek|uitnodiging|sollicitatiegesprek
x5 ik _2 accepteer|neem _3 aanbod|aan
x5 trek _2 sollicitatie _1 in
x4a ontvangstbevestiging
x4 scorekaart|beoordelingsformulier|vacaturetekst
x4a sollicitatie _3 ontvangen
x4 kun|kan|kunnen|wil _1 je|jij|u _6 gesprek|interview|gesprekken _3 doen|voeren|overnemen|afnemen
x3 de kandidaat|sollicitant
x4a goede orde
x4 afmelden|uitschrijven
x4 meld je _2 af
x4 aanbieding|aanbiedingen|korting
x3 ervoor open
x4 eerste werkdag
x4 hebt getekend|ondertekend
j1 sollicitatie|vacature|functie|kandidaat|sollicitatiegesprek|gesprek
`;

export const RULES = [ENGLISH, GERMAN, FRENCH, SPANISH, PORTUGUESE, DUTCH].join('\n');
