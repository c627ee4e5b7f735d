/**
 * The English phrase rules (format: match.ts; conventions: rules.ts). The classifier applies them
 * to an email whose language is English only, and the content script loads this module with
 * import() for such an email only. English rules whose words mail in other languages uses too
 * (job titles, time zones, "interview", "newsletter", …) are in rules.ts, which applies to every
 * email. The rules that only lower a job kind's score (channel x, not a job email for the reader)
 * are in rules-en-against.ts, loaded only for an email these rules call a job email.
 */
export const RULES = `
$pos appointment|apprenticeship|contract|employment|internship|job|opening|place|placement|position|post|promotion|role|seat|secondment|spot|transfer|vacancy
$happy delighted|excited|glad|happy|pleased|thrilled
$wd fri|friday|mon|monday|sat|saturday|sun|sunday|thu|thur|thurs|thursday|tue|tues|tuesday|wed|wednesday
$tmw 2moro|2morrow|tmrw|tomorrow
$cand applicant*|candidate*|carer|finalist*|freelancer*|individual|nanny|person|profile*|somebody|someone|tutor
$verb advanc*|continu*|extend*|hir*|invit*|mak*|mov*|offer*|proceed*|progress*|pursu*|tak*
o5k offer|offering you _7 $pos
o4 offer you _1 fixed-term|freelance|full-time|part-time|permanent|seasonal|temporary
o5k $happy|like|love _2 to offer _1 you? _7 $pos|compensation|salary
o2 $happy|like|love _2 to offer
o4 $happy _2 to extend
o5k extend|extended|extending _1 a|an|our|the|this|you _2 offer
o4 make|making you _1 a|an|the _1 offer
o4 offer of appointment|contract|employment|engagement
o4 offer of a|an _1 job|place|position|post|role
o5k letter of appointment|employment|hire|intent|offer
o4 appointment|employment agreement|letter
o4 appointment to the|this _3 position|post|role
o5k confirm|confirming your appointment as|to
o3 coming|joining _2 as
o3 start with the|us
o3 joining bonus|date|formalities
o3 date of joining
o3 your joining
o3 ctc|lakhs|lpa
o5k offer it|that|this to you
o5k u|you|you've _1 got|have the|this _1 gig|job|offer|position|role
o5k fit|like|love|need|want u|you on _1 our|the _2 crew|roster|squad|staff|team
o3 you're|youre on our|the _2 crew|staff|team
o4 a|your place in|on our|the _3 apprenticeship|internship|program|programme|scheme|team
o5k u|ur|you're|youre|yourself hired
o5k u|you|you've have? been hired
o3 ur|you're|youre in
o2 can u|you start
o4 can come _1 work|working for|with us
o4 $happy|love _2 for you to join
o4 you|you've have? been successful
o3 you|you've have? earned|landed|secured|won _3 job|place|position|post|role|spot
o4 client|they|they're|we|we're _1 offering the _4 job|position|post|role
o3 confirm _2 acceptance
o2 your acceptance
o2 starting pay|rate|salary|wage
o2 contract _3 attached|enclosed
o2 contract|contract's _4 drawn|over|through|thru|with
o2 attached _3 agreement|contract|letter
o5 attached|enclosed _4 your _3 offer
o3 approved your appointment|hire|hiring
o5k invite|inviting you to join _6 as
o3 think it over
o4 i|i've|we|we've offered _1 on|over|you
o3 amended|new|revised|updated contract|letter|numbers|package|terms
o3 offer details|letter|letters|pack|package|packet|paperwork|summary|terms
o3 conditional|contingent|contract|employment|final|firm|formal|internship|job|official|revised|updated|verbal|written offer
o2 offer is|remains _2 conditional|contingent|subject|valid
o2 the|your offer
o1 offer
o5k gig|gig's|job|job's|jobs|place|position|position's|post|role|role's|spot|spot's _4 is? yours
o4 yours if u|you _1 do|want
o4 if _4 free|interested|keen|want _3 gig|job|job's|position|role _2 is? yours
o4 $happy _2 to give u|you the _3 gig|job|position|post|role|spot
o5k appoint|appointing|engage|engaging you _1 as|to
o3 you|you've have? be|been appointed
o3 recommended you for appointment
o4 hereby appoint|appointed
o5k chosen|picked|selected you? for the|this _4 apprenticeship|job|opening|position|post|role|vacancy
o4 you _4 indenture|indentured
o4 we|we'd|would _2 like|love _1 you to be|join
o4 he's|she's|we|we'd|would _2 $happy|like|love _2 to have u|you _3 aboard|as|back|join|on|start
o4 like|love to bring|take you on
o5k bring|put|take you in|on? aboard|as|board
o5k we take you
o4 bring|take you in|into|onto our|the _2 crew|staff|team
o4 need|want you behind our|the
o4 forward|going with you as|for a|an|our|the _4 $pos
o4 we want you as|on
o4 client|he|she|they want|wants you
o3 like|love|want|wants u|you as
o4 like|love|want you to accept|take on? our|the|this _2 apprenticeship|contract|internship|job|opening|position|post|role|vacancy
o5k like|love|want _1 to hire you
o4 hire|hired you as|for
o2 welcome you? to our|the team
o2 welcome aboard|onboard
o4 keep|kept you on
o4 extend|extending|renew|renewing you as|for|on|through|until
o4 can|could|to|will resume _1 #d|$wd|as|at|duty|from|on|work
o2 probation|probationary
o4 found|got|have a|an _1 $pos for you as|on
o4 extension of your appointment|assignment|contract|engagement
o4 extend your _3 appointment|assignment|contract|engagement
o4 like to book you _1 as|for _4 locum|shift|shifts
o4 like|love to book you as
o4 offered|offering you _2 shift|shifts
o3 contract extension
o3 extension|renewal paperwork
o4 extend|extending|extension|renew|renewal|renewing _3 consultancy|consulting|contractor|freelance|retainer _1 agreement|contract
o2 congrats|congratulations
o2 accept|accepting our|the|this|your offer
o2 sign|signing _2 electronically|return
o2 sign _3 agreement|contract|letter|offer
o2 accept or decline
o2 to accept _2 click|please|reply|sign
o2 start|starting date
o1 base pay|rate|salary
o3 contract|jo|offer signing
o4 you _3 cleared|passed all _2 interviews|rounds|stages|steps
o4 have|like|want you _1 to? coach|teach|teaching|tutor _4 classes|courses|her|him|modules|sections
o2 #d base|hr
o1 sign-on|signing bonus?
o1 what we can do|offer
o1 new hire orientation|paperwork
o1 notice period
o1 reporting to
o2s offer|offers
o1s welcome
r5k chose|chosen|decided|decision|determined|elected|opted _3 not to
r5k not to $verb|go|shortlist*
r5k not _1 be $verb
r5k won't|wont _2 be? $verb
r5k can't|cannot|not|won't|wont _2 plac* you
r5k hold|holding off _2 bring*|hir*|offer*|tak* you
r5k you _2 didn't|haven't|not pass|passed _4 assessment|exam|interview*|round|screen*|sift|stage|test
r5 not mov*|proceed*|progress* ahead|forward|further
r5k can't|cannot|not|unable|won't _4 continue|move|proceed|progress with your _1 application|candidacy|candidature|profile
r5k hasn't|haven't|wasn't|weren't _2 chosen|picked|selected|shortlisted|successful
r5k not _3 take|taking it|things|this _1 forward|further
r5k decided|going|gone|went _2 for|with somebody|someone _1 else? for the _4 gig|job|opening|position|post|role|spot|vacancy
r4 not|won't|wont _1 be|been able to move|offer|proceed|progress|take
r4 not able to continue|extend|invite|mov*|offer|proceed|progress|take
r4 unable to consider|move|proceed|progress|take
r4 unable to offer _2 $pos|admission|placement|you
r5k can't|cannot|not|unable|won't _5 application|candidacy|candidature forward|further
r5k not|unable|won't _4 you forward|further
r5k not|wasn't|weren't _3 enough to advance|continue|move|proceed|progress|reach
r5k not _3 get|reach|reaching to? your rank|ranking
r5k never|not _1 achieve|achieved|meet|met|pass|passed|reach|reached _2 benchmark|cut-off|cutoff|mark|score|standard|threshold
r5k application|candidacy|candidature _3 closed|declined|rejected|unsuccessful|withdrawn
r4 with another|different|other _1 applicant*|candidate*|finalist*
r4 internal applicant|candidate|hire
r4 appointed|found|hired|identified another|somebody|someone
r4 chose|picked somebody|someone else|who|whose|with
r4 already get|got|have somebody|someone
r4 got|have enough _3 already|season
r3 maybe|might _2 need|something _3 again|later|then
r4 again|back in|next _1 autumn|fall|months|spring|summer|winter|year
r4 appointed|chosen|found|hired|identified|selected _1 a|the _1 applicant|candidate|individual|person _2 that|who|whose|with
r4 it's|its|that's a no
r3 client|company|facility|manager|panel|team|they|they've _2 pass|passed
r4 didn't|not _2 made|make it
r4 didn't|not advance|pass|progress _2 beyond|past|through|to
r3 successful applicant|candidate
r-3 the successful applicant|candidate brings|must|needs|should|will|would
r1 afraid|however
r4k application|candidacy|candidature|profile _3 archived|closed
r4 can't|cannot|not|unable|won't _3 take you on
r3 do|don't|not _2 have _2 any? _1 funding|openings|places|positions|spots|vacancies
r3 not shortlisted|suitable
r3 close call|decision
r3 did|do|does not _1 align|match|meet
r4 continu*|go|going|move|moving|proceed*|progress*|pursu* _3 applicants|candidates|profiles that|who|whose|with
r4 filled it|that|this
r3 isn't|not|wasn't _1 better|good|great|the news
r3 news isn't|wasn't _1 better|good|great
r4 cancel|canceled|cancelled|cancelling|close|closed|closing|pause|paused|pausing _2 our|the|this _1 hiring|job|opening|position|recruitment|requisition|role|search|vacancy
r4 not _2 fill|filling|hire|hiring|recruit|recruiting _2 for|the|this
r4 hiring _1 freeze|hold|pause|paused
r3 another|other _1 contractor*|freelancer*|intern|interns|student*
r5k can't|cannot|not|unable|won't _2 offer|offering you _4 $pos
r3 can't|cannot|unable _1 to? offer you
r5 continu*|go|going|gone|move|moved|moving|proceed*|progress*|went ahead|forward _2 with a|another|different|other $cand
r5k decided|go|going|gone|went _2 for|w|with somebody|someone
r4 gone|went with _3 in the end
r4 go|going|gone|went with a|an _2 $cand
r5k gave|give|given it|the _1 job|opening|place|position|role|spot? to another|somebody|someone
r4 can't|cannot|cant|unable _2 employ|hire anyone|you
r4 not _3 able to bring|hire anyone|you
r5k decided|go|going|gone|went _2 with another|other _1 $cand|else
r5k appointed|chose|chosen|hired|offer|offered|recommended|selected _3 another|different|external|other _1 $cand
r6k can't|cannot|not|unable|won't|wont _4 extend|extending|make|making _3 offer|offers
r4 go|going|gone|went _2 another|different|other|separate direction|route|way
r4 another|different|other _1 candidate|candidates|finalist|finalists
r3 another|different|other _1 applicant|applicants|individual|person
r2 somebody|someone else
r5k gave|give|given|offered|offering the|this _5 job|opening|position|post|role|spot to a|an|another|her|him|his|mi|my|one|our|somebody|someone|the|them
r5k offer|offers _8 to a|an|another|different|other _1 applicant|candidate|finalist|individual|person
r5 pursu* another|different|other applicant*|candidate*
r5k job|jobs|opening|openings|position|positions|post|requisition|role|roles|vacancies|vacancy _4 been|got|has|have|is|was|were _1 already? _1 filled
r4 spots _4 been|got|have|were _1 all|already? _1 filled
r5k fill|filled|filling _6 internally
r4 filled the _2 gig|job|place|position|post|role|spot|vacancy
r4 had|has|have already? been filled
r5k not be filled
r5k no longer _2 available|bring*|consider|consideration|considered|filling|hiring|moving|open|pursuing|recruiting|tak*
r4k close|closed|closing _2 all? _1 applications|candidacies|process|recruitment
r3 no|not _2 budget|capacity|funding|opening|place|room|space|spot _3 for|to
r5k not _2 chosen|recommended|referred|selected|shortlisted|successful
r4 no go on
r4 not recommend you
r5 not be? considered _1 further
r5k you|your _3 screened|sifted|weeded out
r5 not been moved|put|taken forward|further|through
r5k been eliminated|removed|screened out? from|of _3 competition|consideration|process|selection
r5k taken|took somebody|someone on
r4 gig|job|job's|position|position's|role|role's|spot|spot's has? _1 filled|gone|taken
r4 not|won't|wont _2 go|going ahead
r5k not in a position to _3 $pos|application|candidacy|forward|further
r5k appointed|chosen|found|identified|selected a|our|the preferred|successful applicant|candidate
r4 not progressed|referred
r4 gig|job|position|post|role|vacancy _1 going|gone|went to a|an|another|one|our|somebody|someone
r4 i'll|we|we'll|we're|will _3 continu*|keep|keeping _1 looking|search|searching
r5k application|candidacy|candidature _2 not be considered|processed|progressed|taken forward|further
r4 unsuccessful|unsucessful
r4 not _3 take|taking you|your _2 forward|further
r4 not _2 progress|progressing _3 application|candidacy|you
r4 decline|declined|declining _1 your application|candidacy
r5k pull|pulled|rescind*|retract*|revok*|withdr* _5 appointment|offer|placement
r5k pull|pulled|rescind*|retract*|revok*|withdr* _3 apprenticeship|contract|internship|job|position|post|role _2 offered
r5k offer _2 canceled|cancelled|rescinded|retracted|revoked|withdrawn
r5k agreement|contract you signed _4 canceled|cancelled|rescinded|retracted|revoked|void|withdrawn
r5k had|has|have to rescind|retract|revoke
r5kw decided|decision|forced|have|must|need|regret|sorry _1 to? pull|rescind|retract|revoke|withdraw _4 offer|placement !if|should|unless
r5kw am|are|is|we're withdrawing|rescinding|retracting|revoking _4 offer|placement !and|if|should|unless
r5k take|taking back _4 $pos|offer
r5k no longer _8 offer|offered
r4 opening|position|requisition|role|vacancy _3 canceled|cancelled|closed|eliminated|hold|paused|withdrawn
r3 regret to advise|inform|let|tell
r3 i|we _1 regret that
r2 regrettably|sadly|unfortunately
r2 sorry to be|inform|let|report|say|share|tell
r3 isn't|not|wasn't the answer|news|outcome _3 hoped|hoping|wanted
r2 not|quite a|the _1 right? _1 fit|match
r3 somebody|someone _3 more _1 experience|experienced
r3 better|closely|closer _1 align|aligned|aligns|fit|match*
r3 more closely _1 align*|fit*|match*
r5k decided|going|had|have _1 to pass
r3 passed on you|your
r4k different direction
r5k chose|chosen|decided|going _2 to? appoint|appointed|hire|hired|offer _1 another|internal|other|somebody|someone
r3 decided|go|going|gone|went _3 direction|way
r6k isn't|not|wasn't|weren't among the|them|those
r5k not _1 be forwarded|referred _2 for|to _2 interview*|next|round|shortlist*|stage
r4k not _2 offered _2 job|place|position|post|role
r3 regret|sorry|unfortunately _3 inform|let|tell you
r3 keep your _1 application|cv|details|profile|resume _2 file|in|on
r2 future endeavo*|openings|opportunities|positions|roles|vacancies
r2 apply again
r2 re-apply|reapply
r3 wish you _3 best|luck|success _2 career|endeavo*|future|search
r2 luck _3 career|endeavo*|future|search
r2 wish you _2 best|luck|success
r2 on this occasion
r2 after careful _1 consideration|deliberation|review
r2 talent community|network|pool
r3 difficult|hard|tough _1 decision
r4 gone with
r5 end|ended up _3 appointing|choosing|filling|giving|going|hiring|offering|picking|selecting
r3 notice of non-selection|results
r3s update on your application|candidacy
r3s application outcome|update
r1s application status
r2s your application
i5k invit* _3 to|you _4 assessment|call|center|centre|chat|conversation|day|interview*|lesson|meet|meeting|on-site|onsite|panel|round|screen*|session|shift|stage|trial|visit|walkthrough
i5k interview|interviews _2 booked|confirmation|confirmed|details|invitation|invite|itinerary|notice|request|rescheduled|scheduled
i5k your _1 interview* _3 booked|confirmed|has|is|scheduled|set|will
i5k arrang*|book|booking|line|lining|schedul*|set|setting _2 up? _3 interview*|screen*
i3 arrang*|schedul*|set|setting _2 up? _3 call|chat|conversation|time
i5 like|love|want _1 to _1 interview you
i5k offer|offering you _2 interview|interviews
i5 interview you for our|the|this
i5 interview* will|would _2 consist|held|include|last|place
i4 hiring manager _1 call|chat|interview|screen
i4 confirm|confirmed|confirming _2 your _1 appointment|call|interview|meeting|on-site|onsite|screen|visit
i3 your on-site|onsite
i4 call|chat|conversation|interview|meeting with _2 ceo|director|founder|head|hiring|lead|manager|owner|panel|supervisor
i4 come|drop|pop|stop by|in|over|round|through _3 chat|interview|meeting|talk|trial
i4 come|drop|pop|stop|swing by|in|into|over|to _4 $tmw|$wd|next|this
i4 come $tmw|$wd #d
i4 come|pop down|round _3 $tmw|$wd
i4 call|chat|ring|talk _6 about the? _3 apprentice*|gig|job|position|role|spot|vacancy
i2 brief|informal|quick|short call|chat|conversation
i4 have a _1 chat|talk about|with
i4 can|could u|we|you do|have|hop|jump _3 call|chat|zoom _1 #d|$tmw|$wd|next|this|today
i4 booked|have|penciled|pencilled|put|scheduled you _1 down|in _2 for
i4 a|an campus|fly-out|flyout|on-campus interview|visit
i3 like|love|want _1 to meet
i3 coffee _2 $tmw|$wd|next|this
i2 #d at #d
i3 see you $wd|at|next|on|tomorrow
i3 conversation|meet|meeting|speak with our|the board|ceo|cfo|chief|coo|cto|director|founder|founders|headteacher|md|president|principal
i2 final stage|step
i3 meet the hiring|panel|team
i3 will|you'll _1 meet|speak with
i2 bring _3 certificates|cv|documents|id|identification|licence|license|portfolio|reel|references|resume
i4 like|love _1 to _1 invite you
i4 like|love|want|wants|would _1 to meet|see you
i-4 see you appl*|reapply
o3 like|love|want you _1 to? come|join|start|stay _2 aboard|as|board
o3 we|we'd _2 like|love|want you to start on? #d|$tmw|$wd|next
o4 like|love|want you aboard|in|onboard as
o4 like|love|want you to step|take _1 on|over|up as
o4 like|love|want _2 you _1 to? work for|with us
o4 like|love|want to extend|renew your _2 appointment|assignment|contract|engagement|placement
o4 want|wants you for the _4 contract|gig|job|placement|position|role|spot
o3 a|per week|wk to start
o3 add|put you on|to my|our|the _1 roster|rota|schedule
o5k ur|you're|youre on the roster|rota|schedule from|starting
o3 can|could u|you start $tmw|$wd|next|this
o3 you can|could start _3 #d|$tmw|$wd|next
o3 pay|rate|salary|wage _2 go|goes|increase|increases|move|moves|rise|rises from|to
o3 formal|official|written contract|letter|paperwork
o2 base _1 #d
o2 you say yes
o4 could|will|would you _3 be|being my|our regular
o2 #d plus food|meals|tips|travel
o5 want you at|in|on _4 as a|an|our
o2 #d a|an|per hour|hr
o2 #d a|per? day|month
i4 like|love|want _1 to have you _1 come|in
i5 have|wants you _1 come? back|in _3 chat|day|interview*|meeting|shift|stage|trial|visit
i4 come back|in _2 for _3 assessment|chat|conversation|interview*|meeting|shift|stage|trial|tryout|visit
i4 behavio*|board|case|coding|competency-based|final|final-round|first|follow-up|formal|group|in-person|in-store|initial|live|next|on-site|one-way|onsite|panel|person|phone|portfolio|recorded|screening|second|store|teams|technical|third|video|virtual|working|zoom _1 assessment|interview*|round|screen|session
i5 exploratory|initial|intro|introductory|recruiter|screening _1 call|screen
i2 next round|stage|step|steps
i4 advanc*|invit*|move|moving|progress* _2 you _1 forward|on|through _3 another|final|interview*|next|round|second|stage
i4 has|have|you|you've been? advanced|moved|progressed|shortlisted
i4 chosen|selected|shortlisted for _3 assessment|interview*
i5 trial|try a? day|lesson|session|shift|shifts
i5 superday*
i3 see|watch how? u|you|your|yuh work
o2 tips _2 pooled|shared|split
i5 working interview
i4 oral interview|interviews
i4 assessment center|centre|day
i5k appear|attend|avail|present|report _1 yourself|yourselves? for _3 assessment|interview*
i3 bring|fly|host you _3 campus|visit
i4 next step|steps is|would _2 call|chat|conversation|interview*|meeting
i5 client|clients _3 meet|see you
i4 demo|demonstration|sample|teaching lesson
i4 deliver|teach _4 lesson
i4 pairing exercise|session
i3 technical _1 assessment|exercise|task
i4 your availability
i4 can|could u|you _1 do|make #d|$tmw|$wd
i4 do|does|will|would $tmw|$wd _5 suit|suits|work
i5k like|love|want _1 to _1 arrange|do|have|hold|schedule|set _5 interview|interviews with you
i4 are you around|available|free _4 #d|$wd|afternoon|at|morning|next|on|this|today|tomorrow
i4 can|could|does|would _6 suit|work for you
i4 drop|fire|give|ping|send|share|shoot _2 me|us? _2 couple|few|some|three|two _2 dates|days|options|slots|times|windows
i4 dates|days|slots|times that|which suit|work
i4 block|book|choose|grab|pick|reserve|select _1 a|the|your? _1 date|day|slot|spot|time
i3 book _2 call|meeting|slot|time
i3 booking|calendar|scheduling _1 link|page|tool
i3 calendar hold|invitation|invite
i3 available|time slot|slots|times
i3 reschedul*
i4 move the|ur|your _1 interview|trial
i2 move the|ur|your _1 call|meeting
i3 confirm your attendance|availability|place|slot
i3 confirm _3 appointment|attendance|slot|time
i2 see you then|tomorrow
i2 $wd|tomorrow _2 at #d
i2 it's|you're _1 booked|locked|set
i2s next round|stage|step|steps
i2s let's chat|meet|talk
i-2 thank|thanks _1 you? _2 for _3 attending|chatting|coming|completing|interview*|joining|meeting|participating|speaking|taking|time
i-2 after|following|since|throughout _3 assessment|call|conversation|interview*|on-site|onsite|panel|round|trial|visit
i-2 further to _3 assessment|call|conversation|interview*|on-site|onsite|panel|round|trial|visit
i-2 the|your _2 assessment|call|chat|interview*|trial went
i-1 at|during _1 the|your _1 interview*
i-2 you _3 cleared|passed _6 assessment|interview*|round|rounds|stage|stages
i-2 from our|the|your _1 assessment|call|chat|conversation|interview*|meeting|panel|screen
i-2 interview* _1 earlier|last|yesterday
i-3 cancel|canceled|canceling|cancelled|cancelling _3 interview*
i-2 disregard _3 earlier|previous|prior _2 email|invitation|invite|message
x-4 have|you've|youve got the job
x-3 my _1 dad|mom|mum asked|asks|said|say|says|tells|told|wants
x-4 your internal application|applications|candidacy
x-4 set up _2 alert|alerts
x-4 for|you applied|applying internally
x-4 not select|selected|shortlist|shortlisted you
j0.5 applicant|applicants
j0.5 application|applied|applying
j1 apprentice*|take-home
j1 place|placing you as
j1 hands|helpers|lads|pickers|staff|workers for|this the? christmas|season|summer
j1 how u|you teach|work
j1 whose background|experience|profile|qualifications|skills|skillset
j1 human resources
j0.5b babysitter|bartender|bookkeeper|caregiver|cleaner|courier|dishwasher|gardener|groomer|hairdresser|housekeeper|labourer|landscaper|mechanic|nanny|plumber|tutor|waiter|waitress
i3 do a|an|the afternoon|day|evening|morning|shift|trial with the|us
r4 not going|gonna to? work out
o3 you're|youre coming to join
o4 intent-to-hire
r4 not taking anybody|anyone|on _1 anybody|anyone|new|on|staff
r4 going|gonna to? go with a|another|somebody|someone
o3 u|you can start _1 on? $tmw|$wd|next
i3 facetime|ring|zoom _2 $tmw|$wd _1 at? #d
j0.5 for|this the? season
r5 full|fully staffed|up
r4 crew|staff|team are|is _1 complete|full
r4 keep|keeping it in the family
j1 after|looking|need|needed _1 hands|people|somebody|someone|staff|workers for
j1 people operations|ops|team
x4a received your application|applications|cv|resume|submission
x4a application _2 complete|completed|landed|received|submitted
x4a your application _3 landed|received|submitted
x4a successfully applied|received|submitted
x4a under consideration|review
`;
