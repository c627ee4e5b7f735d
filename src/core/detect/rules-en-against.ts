/**
 * The English rules of channel x, evidence that an email is not a job email for the reader
 * (format: match.ts; conventions: rules.ts): marketing, alerts, newsletters, auto-replies, internal
 * hiring mail, the candidate's own voice, flats, grants, papers, … They only ever lower a job
 * kind's score (weights above zero), so an email the other English rules (rules-en.ts) leave
 * "other" stays "other" with them: the content script loads them with import() only for an email
 * that those rules call a job email (engine.ts, classifyEmail), and the rest of mail never needs
 * them. Rules with a weight below zero (for a job kind) stay in rules-en.ts, and so do the
 * acknowledgements of the commonest auto-replies (flag a: "we received your application", "under
 * review"; the rest and the subject-line notices, flag s, are here): where
 * a rule against a job kind lives changes no result, only which part of the content script
 * carries its bytes, so the line between the two files is drawn by the two parts' budgets (every
 * webmail page's, and the job email's with a language's extraction words).
 */
export const RULES = `
$happy delighted|excited|glad|happy|pleased|thrilled
x4 your _2 doctor|gp|medication|medicines|prescription|self-referral|symptoms
x4k applying|offering|signed|signing up? to volunteer
x4 out of _1 the? office
x4 auto|automatic reply|response
x1a #d applicants
x4a person|recruiters|team|we'll|will _2 assess|compare|evaluate|read|reads|review|reviewing|screen _2 all|each|every|your _1 application*|candidacy|cv|profile|resume
x4a acknowledge|confirm|confirming receipt of
x4a not hear|heard _4 after|by|within
x3a let|letting you know whether
x4 can|could you let|tell her|him
x4a only _3 selected|shortlisted|successful _1 applicants|candidates
x3a forwarded|passed|referred _4 hiring|selecting _1 manager|managers|official|officials|panel
x3 change|manage|update _3 alert*|frequency|preferences|settings|subscription*
x2 receiving this _1 alert|because|email|message
x3 signed up at|for|on|to
x3 are|been|you're|youre pre-approved|pre-qualified|preapproved|prequalified|prescreened
x2 #d off
x3 limited offer|time
x4 best|cash|exclusive|flash|instant|introductory|limited-time|members-only|personal|promotional|special|upgrade _2 offer*
x2 offer applies|code|ends|expires
x3 coupon|discount|promo|voucher _1 code
x2 cashback|deal|deals|promo|rewards|subscription|upgrade
x3 intro*|purchase apr
x1 discount
x1 tips for|on|to
x2 book|buy|claim|order|shop|upgrade _1 now|today
x3 claim my|your offer|spot
x4 broadcast*
x4k on air
x4k radio|television|tv _2 host|interview|program*|segment|show|station
x4k appear|appearing|come|coming on our|the _2 programme|show
x4k re-sit|resit the? exam|examination|module|modules|paper|papers
x2 issue #d
x2 read _2 article|more|story
x4k give|giving a|an _2 interview|interviews
x4k interview* _4 for _2 article|episode|feature|newsletter|piece|podcast|segment|story
x4 do|doing|writing a|an _2 article|feature|piece|story about|for|on
x4 putting together a|an _2 article|feature|piece|profile|story
x4k interview* request _3 article|episode|feature|newsletter|piece|podcast|segment|story
x4 i finally|just _1 heard back
x4 get|getting|got ghosted|rejected
x3 rejected from
x3 i|i've got|received the|their _10 email|mail
x3 i heard back
x3 i applied
x4 sent|submitted your referral
x5k candidate|someone you referred
x3 what the? interview*|process _1 are|is|was|were like
x4 i i|i've|was _1 been? ghosted|rejected|turned
x3 story about|on
x4k mock interview*
x4 place|places|spot at|in our|the? childcare|creche|daycare|kindergarten|kita|preschool
x4 you interview all|both|each|them|these|three|two
x4 career|careers center|centre|coach|expo|fair|services
x4 job|jobs|vacancies|vacancy _1 alert*|digest|matching|recommendations
x4 jobs for|near you
x4 new jobs|postings|vacancies
x4 #d more|new _1 openings|positions|roles
x4 #d more _1 jobs|vacancies
x4 saved search
x4 easy apply
x3 apply now|online|today
x4 see|view all jobs|vacancies
x4 early applicant
x3 match* your _1 alert|preferences|profile|search
x3 complete|completing|finish|finishing _4 application|assessment|challenge
x2 aptitude|coding|cognitive|numerical|online|personality|psychometric|reasoning|verbal _1 assessment|assessments|challenge|questionnaire|quiz|test|tests
x2 assessment|test link|platform|portal
x2 complete|take _5 assessment|challenge|exercise|quiz|test|tests _4 before|by|within
x4 came across your background|cv|github|linkedin|name|portfolio|profile|resume|work
x3 open to _1 a|chatting|discussing|exploring|hearing|learning|new|talking
x3 would you be _1 interested|open
x3 are you interested|looking|open
x3 not looking
x3 worth a _1 call|chat|conversation
x3 working with a|an _3 business|client|company|firm|startup
x2 hiring a|an
x3 job spec
x2 no commitment|pressure
x2 first day|week
x4 staff meeting
x4 how did we do
x4 complete|fill|take _3 questionnaire|survey
x4 how _3 experience|process felt|was|went
x4 rate|rating _2 experience|process|us
x4 limited|no access to _2 e-mail|email*
x4 on annual? holiday|leave|vacation returning|until
x4a $happy you|you're _2 aboard|accepted|accepting|joining|yes
x2 drug screen|screening|test|tests
x4 asked _2 to complete|conduct|perform|run _4 background|check|checks|screening|verification
x5k asked|engaged|requested us to complete|conduct|perform|run
x3 complete|start your _1 background|pre-employment? screening
x4 background check|screening _3 authoriz*|consent|disclosures
x3 signed _1 agreement|contract|letter|offer
x3 new starter*
x4 can|could|would you _1 cover|interview|join|sit|take _3 candidate|candidates|interview|loop|panel|slot
x4 interview|interviewing a|our|the|this _1 applicant|candidate
x4 can|could|like|love|please|want _2 call|interview|meet her|him|them
x3 her|his|their availability|cv|cvs|resume|resumes
x4 you _3 sit|sitting in|on
x4 you cover|take the _3 questions
x4 interview skills|tips
x4 look at|what just|they|this
x2 the applicant|applicants|candidate|candidates
x3 candidate #d|a|b|c
x4 scorecard*
x2 debrief|debriefs|inspection*|viewing*
x4 feedback|scorecard|scores _1 due
x3 approval|approve|approved|approving _1 a|an|the|this _2 headcount|hire|offer|requisition
x5 are|you're|youre a|an|the|their? hiring manager*
x4 as the? hiring approver|interviewer|manager
x4 scoring grid|guide|matrix|rubric|sheet*
x4 ratings|scores for|on both|each|her|him|them
x3 applicants|candidates|finalists|interviewees coming in|through
x3 has|have accepted _2 offer
x4 won't|wont be joining us
x5k all parties _2 completed|signed
x3 sent you a document* to review|sign
x5k offer* you a speaker|speaking slot|spot
x2 blah
x3 the recruiter called|emailed|phoned|rang|texted
x3 has applied for|to
x4 research|usability|user _1 interview|session|study
x4 cover|take my|the _3 interviews|screenings|screens
x5 you are|you're on the? _2 hiring|interview*|selection _1 committee|loop|panel
x4 offer|offers to the|this|your applicant|candidate|finalist
x4 approver*
x4 send|sent the regret|rejection
x4 regret|rejection emails|letters|notes
x4 join me|us in congratulating|welcoming
x4k gave|listed|named|provided you as _3 contact|manager|referee|reference|supervisor
x4 reference for a|an|her|him|my|our|the|them|this|your
x4 $happy _1 to accept
x5 i|i'm|i've _1 am|have|will|would? _2 accept|accepted|accepting|decline|declined|declining
x5 i|i've _2 decided _2 to? accept|decline|remain|stay|turn|withdraw
x3 is it _1 bad|greedy|normal|ok|okay|rude|weird to ask|negotiate|push
x4 should i _2 accept|counter|negotiate|push
x4k exit interview*|survey
x5 thank* _1 you? _3 for the|your _2 offer|proposal
x5 thank* _1 you? _2 for arranging|hosting|organising|organizing
x4 for having|hosting|interviewing me
x5 withdraw|withdrawing from|my _1 application|candidacy|consideration|process
x5 we|we've|you|you've have? withdrawn|withdrew your application|candidacy
x3 my application|candidacy|cv|interview|interviews|offer|resume
x3 didn't|didnt get it
x3 beers|drinks|pint* _2 friday|later|saturday|tmrw|tomorrow|tonight
x5 i got _3 call|callback|interview|it|job|no|offer|position|rejection|role|through
x4 ghosted|hired|invited|offer|offered|rejected|turned me
x4 got a|the _1 call|job|no|offer|rejection
x3 same _2 as usual
x3 excited about the|this _1 opportunity|position|role
x2 my|our _1 brother|dad|daughter|husband|kid|kids|mom|mum|sister|son|wife
x1 haha|lol|omg|xoxo
x3 funding|grant|grants application|applications|committee|cycle|decision|funding|panel|program|proposal|proposals
x3 research grant*
x4 been funded
x4k for funding
x4k fund|funded|funding this|your _1 project|proposal
x4k application|applied|applying for|to our|the|this _2 award|fund|grant|prize
x4k grant|grants officer|officers|portal|round|team
x5k bursaries|bursary
x5k a|for|our|the|this|your _3 scholarship*
x5k scholarship* application|applications|award|committee|decision|fund|panel|program|programme
x2 fellowship
x4k abstract|manuscript|paper|poster|talk _2 accepted|decision|not|reject*
x4k paper|poster|session|talk|workshop _1 abstract|proposal*|submission*
x4 places|seats|spots|tickets for _3 course|lesson|lessons|tour|workshop|workshops
x3 camera-ready|cfp|journalist|proceedings|reporter|reviewer*
x3 program* committee
x2 journal
x4k admission*|enrollment|enrolment
x4k ucas
x3 bsc|hons|mphil|msc|pgce
x4 place at|in|on _5 bachelor's|bsc|certificate|course|master's|masters|mba|msc
x4 place at|in _4 academy|college|nursery|school|university
x4 childcare|creche|daycare|nursery|preschool place|places
x3 sixth form
x4 unconditional offer
x3 wait-list|waiting|waitlist* list
x4k apartment|credit|flat|home|house|lease|loan|mortgage|passport|property|rental|tenancy _1 application*|approval|decision
x4k stall|stallholder*|stalls
x4k application|applied|applying _3 apartment|bursary|course|flat|grant|lease|loan|mortgage|property|rental|scholarship|tenancy|unit !administrator|adviser|advisor|agent|analyst|assistant|associate|broker|clerk|consultant|coordinator|director|inspector|lead|leader|manager|officer|officers|originator|processor|representative|specialist|supervisor|underwriter|writer
x3 lease|rent*|tenant*
x4 landlord*
x2 apartment*|tenancy
x3 application|tuition fee|fees
x3 screening report
x3 holding|security deposit
x2 bedroom*|one-bedroom*|two-bedroom
x3 loan*|mortgage !administrator|adviser|advisor|agent|analyst|assistant|associate|broker|clerk|consultant|coordinator|director|inspector|lead|leader|manager|officer|officers|originator|processor|representative|specialist|supervisor|underwriter|writer
x3 credit card|limit|report|score
x4 refund|refunds
x3 invoice|shipment
x3 return policy|request|window
x4 itt|proposers|rfi|rfp|rfq|solicitation|tender|tenders
x4 buyers|realtor|realty|sellers
x3 counter-offer|counteroffer
x4k offer on _2 apartment|condo|flat|home|house|property|unit
x4 asking|purchase price
x4 estate|leasing|letting*|listing agency|agent*|team
x4 conveyanc*
x4 bargaining committee|session|table|team|update*
x4 updated|updating our _3 notice|policy|privacy|terms
x4 available|other|our|similar properties
x3 the owner|vendor*
x3 move-in|movein
x3 bid|bidd*|bids
x3 supplier*|vendors
x3 fraud*|phishing|scam*
x4 refused
x4 insurance claim|excess|policy|premium
x4 clinic|dental|hospital|outpatient appointment|appointments
x4k hackathon*
x4k judges|judging
x4k year award|awards
x4 choir|choral|chorus
x3k audition*|panto|pantomime|read-through
x5k jury duty|service|summons
x4k jobcenter|jobcentre|jobseeker*|reemployment|unemployment|work-focused
x4k claimant|universal commitment|credit
x4k job|work club|coach|coaches
x3 mentor|mentoring match|pair|pairs|portal|program|programme
x4 mentee*
x3 as a|our guest
x4k parent|parent-teacher|parents conference*|evening*|interview*
x4k offer* you a seat
x4k spot|spots at|in _3 camp|conference|event|festival|hackathon
x4k citizenship|consular|embassy|immigration|naturali*|passport|visa interview
x4 citizenship|consular|embassy|immigration|naturali*|passport|visa appointment
x4k take|taking part in _4 research|studies|study
x4 card application*
x4 as a thank|thank-you|thanks|thankyou
x4 participant|participants information|recruitment
x3 unpaid
x4 i|i'm am? booked|scheduled for
x3 my current employer|job|manager|role|team
x4 candidate*|cv|resume for your _3 opening|position|role|vacancy
x4 interview* _4 for|in|of our|the|this studies|study
x3 gift card|cards
x4 hiring|job|jobs|recruiting|recruitment expo|fair|fairs
x3 #d|participating|registered employers
x4 congratulated|endorsed you
x4 i start at|on my|the new
x4 i will|can attend _2 interview*
x4 i'll attend _2 interview*
x3 your _1 membership|order|receipt|subscription
x4 answers|responses are|go _3 anonymous|confidential
x3 temporary password
x4 fair credit reporting
x4k volunteer application|role|shift
x4k offer|offered|give|gave _2 the room
x5k notifications for|on _2 calendar
x4 as a|an|our volunteer
x3 discuss _2 progress
x4 your child's|daughter's|son's
x3 of|on a|the waitlist
x4 how did|was _3 interview*|trial _1 go|going|went?
x3 payslip*
x3 after|before ur|your next? shift
x3 membership application|committee|renewal|secretary|team
x4k tryout|tryouts|try-outs
x4a deemed|found _2 eligible|qualified
x4a inform|notify|update you once|when _3 decision
x4a if|should your _2 background|experience|profile|qualifications|skills _2 align|fit|lines|match|matches|meet|meets
x3a if we|you|you've _2 selected|shortlisted
x2a contact you _3 if
x3a back to you _2 either|within
x4a back to you _3 early|next|this _1 week
x4a still _2 deciding|finalising|finalizing|interviewing|reviewing
x4a decision|decisions _3 yet
x2a reach out _3 if
x1a donotreply|no-reply|noreply|unmonitored
x1a not monitored
x1a do|don't not? reply
x2a inmail
x5ks automatic reply|response
x5ks out of office
x3s #d off
x4s new jobs|vacancies
x4s job alert|alerts
x3s jobs
x4s didn't|didnt get it
x4s application|submission confirmation|received|submitted
`;
