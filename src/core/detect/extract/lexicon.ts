/**
 * Word lists shared by the extractors. Kept as regular expressions so that they
 * minify well and match in one pass. Written here: English and words of no one language
 * (legal forms, tools), and the few of another language that English mail carries (French
 * titles signed under English letters, "Directrice commerciale"; "Olá", so that the extractor
 * with every language and the content script's, with the email's, read "Ola …" alike); the
 * words of de, fr, es, pt and nl join them from words-<code>.ts, which load only with mail in
 * that language.
 */
import { grows } from './words';

/** Words that make a line or a name an organisation or a department, not a person. */
export const ORG_WORD = grows(
  'orgword',
  /\b(?:team|talent|acquisition|recruit\w*|careers?|hiring|people|hr|human|resources|staffing|department|dept|office|services?|solutions|group|inc|llc|ltd|limited|gmbh|ag|corp\w*|company|co|universit[éy]|college|school|academy|hospital|clinic|health|bank|council|county|city|institute|labs?|systems|partners|foundation|association|society|union|agency|studio|no-?reply|donotreply|notifications?|jobs|personal\w*|secretariat|bakery|restaurant|hotel|caf[eé]|store|shop|kitchen|bistro|unit|workforce|division|bureau|board|centre|center|operations|desk|committee|panel|admissions|program(?:me)?|network|trust|authority|ministry)\b/i,
);

/** Words that make a name an organisation (not a department or a title). */
export const COMPANY_WORD = grows(
  'companyword',
  /\b(?:inc|llc|llp|ltd|limited|plc|gmbh|ggmbh|ag|kg|corp\w*|company|co|group|holdings?|universit[éy]|college|school|academy|hospital|clinic|health|healthcare|medical|dental|bank|council|county|city|institute|labs?|systems|partners|foundation|association|society|agency|studio|&\s+partners?|mbb|bakery|bar|restaurant|h[oô]tel|caf[ée]|bistro|s\.?a|b\.?v|n\.?v|lda|ltda|cooperative|coop|logistics|technolog(?:ies|y)|software|solutions|services|industries|capital|insurance|pharma\w*|robotics|energy|media|games|foods|distribution|hospitality|retail)\b/i,
);

/**
 * Job-title head words: a role candidate must contain one (or be short Title Case). Matched anywhere in
 * a word, so a word that holds another ("internship": "intern") is not listed.
 */
export const ROLE_HEAD = grows(
  'rolehead',
  /(?:engineer|\S\ssenior\b|developer|programmer|designer|architect|manager|director|directrice|head|lead|chef|chief|responsable|co[öo]rdinator|analyst|statistician|scientist|research|nurse(?!ry)|teacher|professor|lecturer|tutor|instructor|educator|intern|stage|trainee|apprentice|graduate|associate|assist[ae]nt|specialist|sp[ée]cialiste|technician|tech\b|technolog(?:e|in|ist)|officer|clerk|cook|\bcommis\b|server|baker|cashier|driver|operator|supervisor|foreman|editor|writer|redact|accountant|bookkeeper|consultant|adviseu?r|advisor|conseill|administrat|representative|agent|planner|dispatcher|librarian|hygienist|pharmacist|therapist|physician|doctor|dentist|veterinar|vet\b|paramedic|firefighter|recruit|controller|coder|producer|crew|attendant|caregiver|carer|worker|operative|welder|millwright|stylist|curator|planter|wait(?:er|ress)|staff\b|hand\b(?!-)|machinist|mechanic|electrician|plumber|carpenter|installer|inspector|surveyor|auditor|economist|counsel|lawyer|attorney|paralegal|secretary|executive|president|vp\b|host|bartender|barista|colleague|housekeeper|custodian|guard|coach|psychologist|midwife|aide|buyer|merchandiser|stocker|picker|packer|handler|courier|estimator|superintendent|fitter|painter|scheduler|strategist|marketer|illustrator|photographer|translator|interpreter|postdoc|fellow|resident\b|registrar|sales|employ[ée]|conductor|principal|dean|partner|founding|product|owner|steward|solicitor|barrister|notary|charg[ée]|adjuster|[ts]eller|constable|gp\b|r[ée]ce(?:p[ct]|c)ionn?ist|installat|maker|student|monitor|animat|nann|au pair|cleaner|porter|walker|seamstress|drummer|pilot|guide|desk\b|dev\b|(?:bar|handy|camera|door)m[ae]n|waitron|runner|shooter|usher|\b(?:sdet?|swe|dba|c[eftmiop]o|ciso|rn|lpn|cna|sre|qa|ux|ui)\b)/i,
);

/** A doctor's grade or training post opening a title: "PGY-1 …", "ST1 Paediatrics", "FY2 doctor", "CT2 Surgery". */
export const MED_GRADE = /^(?:PGY-?\d|[SC]T\d|FY\d|SHO|S[pt]R)\b/;

/**
 * Words that mark a line as a job title (used to tell a signature's title line from its company line).
 * (?!\w), not \b, after them: "Chargé" ends in a letter outside a–z.
 */
export const TITLE_WORD = grows(
  'titleword',
  /\b(?:recru[it]\w*|talent|acquisition|sourc\w*|hr|human\s+resources|people|manager|head|lead|vp|vice\s+president|president|founder|cofounder|ceo|cto|cfo|coo|cpo|chief|owner|partner|principal|headteacher|specialist|coordinator|generalist|advisor|adviser|analyst|officer|assistant|associate|consult(?:ante?|ora?)|engineer|designer|editor|professor|chair|superintendent|supervisor|administrator|secretary|chef|personal\w*|personnel|responsable|charg[ée]e?|conseill[eè]re?|rh|hrm|directrice|director\w*|dds|md|phd|rn|msn|pharmd|lvt|pls|cpa|m\.ed)(?!\w)|hoofd\b/i,
);

/**
 * Title words that make a signer a recruiter ("people" alone: "People Ops", "People Partner" too).
 * French and Portuguese "recrut…" is here: an English email may be signed "Chargé de recrutement".
 */
export const RECRUITER_TITLE = grows(
  'recruitertitle',
  /\b(?:recru[it]\w*|talent|sourc\w*|hr|human\s+resources|people|personnel|personal\w*|rh|hrm|staffing|account\s+manager|early\s+careers|university\s+(?:programs|recruiting)|campus)\b/i,
);

/** Title words that make a signer or a named person the hiring manager. */
export const MANAGER_TITLE = grows(
  'managertitle',
  /\b(?:manager|head|lead|vp|vice\s+president|president|founder|cofounder|ceo|cto|cfo|coo|cpo|chief|owner|partner|principal|headteacher|superintendent|supervisor|chair|dean|directrice|director\w*|responsable|chef)\b/i,
);

/** Free-mail domains: the sender's domain says nothing about the employer. */
export const FREEMAIL =
  /^(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|web|mail|email|inbox|yandex|zoho|fastmail|hey|tutanota|t-online|orange|free|laposte|wanadoo|sfr|uol|bol|terra|libero|telenet|ziggo|kpnmail|xs4all|comcast|verizon|att|sbcglobal|btinternet|sky)$/i;

/** Applicant-tracking systems: the sender's domain is the tool, not the employer. */
export const ATS =
  /^(?:greenhouse|lever|workday|myworkday|myworkplace|smartrecruiters|icims|ashbyhq|taleo|successfactors|sapsf|jobvite|teamtailor|personio|recruitee|workable|bamboohr|breezy|breezyhr|jazzhr|applytojob|pinpoint|rippling|paylocity|ultipro|ukg|oraclecloud|phenom|avature|beamery|goodtime|calendly|linkedin|indeed|glassdoor|ziprecruiter|monster|stepstone|welcometothejungle|softgarden|dvinci|rexx|concludis|csod|brassring|kenexa|hirevue|hireology|fountain|paradox|talentlyft|homerun|zohorecruit|manatal|recruiterbox|jobylon|jobscore|bullhorn|jobadder|jobdiva|erecruit|hrmos|modernloop|infojobs|upwork|fiverr|gupy|kenoby|catho|computrabajo|bumeran|xing|jobteaser|joinhandshake|wellfound|hellowork|infoempleo)(?:-?mail|-?jobs|hq|-?notifications?)?$/i;

// A mailbox no person writes from: what it signs or shows is the organisation ("Tidewater Ferries").
// (Other languages' in ./words.ts, slot "machine": "ne-pas-repondre", "niet-beantwoorden".)
export const MACHINE = grows('machine', /(?:no-?reply|do-?not-?reply|no-?respond[ae]|notification|mailer)/i);

/** Staffing and search firms: when one writes, the employer is the client if named. */
export const AGENCY = grows(
  'agency',
  /\b(?:staffing|workforce|re(?:crui?|clu)t\w*|search|talent|personnel|headhunt\w*|resourcing|placements?|appointments|contracts|rpo|int[ée]rim|consult\w*)\b/i,
);

/** Legal-form suffixes, ignored when comparing company names. */
export const LEGAL_SUFFIX =
  /(?:[\s,]+(?:inc|incorporated|llc|l\.l\.c|llp|ltd|limited|plc|corp|corporation|co|company|gmbh(?:\s*&\s*co\.?\s*kg)?|ggmbh|ag|kg|mbb|e\.?\s?v|s\.?\s?a\.?\s?s|s\.?\s?a\.?\s?r\.?\s?l|s\.?\s?a|s\.?\s?l|s\.?\s?l\.?\s?u|b\.?\s?v|n\.?\s?v|vof|lda|ltda|s\/a|pty|pte|oy|ab|as|a\/s|aps|spa|srl|gbr|ohg|ug)\.?)+$/i;

/** A calendar's own notification ("Google Calendar"), a meeting tool ("Google Meet") or a bot: nobody's employer. */
export const CALENDAR = grows('calendar', /\b(?:calendar|meet(?:ing)?|teams|bot)\)?$/i);

/** A greeting that opens a letter: its first word is never the writer's name ("Bonsoir Camille,"). */
export const GREETING = grows('greeting', /^(?:h(?:i|ey|el+o|al+o|oi)|dear|good|ol[áa])(?![\p{L}])/iu);
