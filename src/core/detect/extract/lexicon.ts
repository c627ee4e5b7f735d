/**
 * Word lists shared by the extractors. Kept as regular expressions so that they
 * minify well and match in one pass. Languages: en, de, fr, es, pt, nl.
 */

/** Words that make a line or a name an organisation or a department, not a person. */
export const ORG_WORD =
  /\b(?:team|talent|acquisition|recruit\w*|careers?|hiring|people|hr|human|resources|staffing|department|dept|office|services?|solutions|group|inc|llc|ltd|limited|gmbh|ag|corp\w*|company|co|universit[éy]|college|school|academy|hospital|clinic|health|bank|council|county|city|institute|labs?|systems|partners|foundation|association|society|union|agency|studio|no-?reply|donotreply|notifications?|jobs|karriere|personal\w*|recrutement|recrutamento|reclutamiento|empleo|vagas|werving|sekretariat|secretariat|gemeente|gemeinde|stadt|ville|commune|mairie|ayuntamiento|munic[íi]pio|prefeitura|bakery|b[äa]ckerei|restaurant|hotel|cafe|café|store|shop|kitchen|bistro|recursos|humanos|ressources|humaines|gente|gest[ãa]o|werkenbij|unit|workforce|division|bureau|board|centre|center|operations|desk|committee|panel|admissions|programme|program|network|trust|authority|ministry|secretar[íi]a|talentos|equipo|[ée]quipe)\b/i;

/** Words that make a name an organisation (not a department or a title). */
export const COMPANY_WORD =
  /\b(?:inc|llc|llp|ltd|limited|plc|gmbh|ggmbh|ag|kg|corp\w*|company|co|group|groep|grupo|groupe|holdings?|universit[éy]|universidad|universidade|universiteit|college|school|schule|academy|hospital|klinikum|clinic|cl[íi]nica|health|healthcare|medical|dental|bank|banque|banco|council|county|city|gemeente|stadt|ville|institute|instituto|labs?|laboratori\w*|systems|partners|foundation|association|society|agency|studio|&\s+partners?|und\s+partner|mbb|bakery|\w*erei|gasthaus|gasthof|\w*residenz|bar|restaurant|h[oô]tel|caf[ée]|bistro|s\.?a|b\.?v|n\.?v|lda|ltda|cooperative|cooperativa|coop|logistics|logistik|log[íi]stica|technologies|technology|tecnologia|software|solutions|services|industries|capital|insurance|versicherung|pharma\w*|robotics|energy|media|games|foods|distribution|distribuidora|construtora|hospitality|retail)\b/i;

/**
 * Job-title head words: a role candidate must contain one (or be short Title Case). Matched anywhere in
 * a word, so a word that holds another ("internship": "intern") is not listed.
 */
export const ROLE_HEAD =
  /(?:engineer|ing[ée]nieur|ingenier[oa]|engenheir[oa]|developer|d[ée]veloppeu(?:r|se)|desarrollador|desenvolvedor|entwickler|ontwikkelaar|programmer|designer|dise[ñn]ador|architect|manager|gerente|gestor|gestionnaire|director|directeur|directrice|diretor|head|lead|leiter|leider|chef|chief|jefe|jefa|responsable|coord[ie]nador|co[öo]rdinator|analyst|analista|scientist|research|nurse|pflege|verpleegkundige|enfermei?r[oa]|infirmi[èe]re?|teacher|lehrer|lehrperson|docent|professor|profesor|professeu?r|lecturer|tutor|instructor|educator|intern|stage|est[áa]gio|estagi[áa]ri[oa]|praktikant|trainee|apprentice|graduate|associate|assist[ae]nt|asistente|auxiliar|specialist|spezialist|sp[ée]cialiste|technician|techniker|t[ée]cnic[oa]|technicien|tech\b|technolog(?:e|in|ist)|elektroniker|elektriker|mechatroniker|officer|clerk|cook|cocinero|cuisinier|server|baker|cashier|driver|operator|supervisor|foreman|editor|writer|redact|accountant|bookkeeper|boekhouder|contable|comptable|consultant|consultor|berater|adviseu?r|advisor|conseill|administrat|representative|agent|planner|planificador|dispatcher|disponent|librarian|hygienist|higienista|pharmacist|therapist|physician|doctor|dentist|veterinar|vet\b|paramedic|firefighter|recruit|controller|contr[ôo]leu(?:r|se)|coder|leitung|producer|crew|attendant|caregiver|carer|worker|operative|welder|millwright|konstrukteur|stylist|curator|planter|supporter|wait(?:er|ress)|staff\b|hand\b|k[oö]ch(?:in)?\b|werker|verantwoordelijke|machinist|mechanic|electrician|plumber|carpenter|installer|monteur|inspector|surveyor|auditor|economist|counsel|lawyer|attorney|juriste|jur[íi]dic|paralegal|secretary|executive|president|vp\b|host|bartender|barista|housekeeper|custodian|guard|coach|psychologist|midwife|aide|buyer|merchandiser|stocker|picker|packer|handler|courier|estimator|superintendent|fitter|painter|scheduler|strategist|marketer|illustrator|photographer|journalist|reporter|translator|interpreter|postdoc|fellow|sales|vendedor|verk[äa]ufer|verkoper|verkoopster|vendeu(?:r|se)|dependient|mitarbeiter|sachbearbeit|referent|fachangestellte|kaufmann|kauffrau|employ[ée]|funcion[áa]rio|carretiller|camarer|mozo|repartidor|conductor|motorista|opera(?:dor|rio)|kok|leraar|helpende|verzorgende|stagiair|erzieher|arzt|[äa]rztin|m[ée]decin|m[ée]dico|rektor|principal|dean|partner|founding|product|owner|steward|solicitor|barrister|notary|advocaat|abogad[oa]|advogad[oa]|avocat|charg[ée]|adjuster|[ts]eller|constable|gp\b|geselle|tischler|b[äa]cker|bakker|boulang|panader|padeir|friseu|coiffeu|kraft|kracht|r[ée]ce(?:p[ct]|c)ionn?ist|soldador|soudeu|schwei(?:ß|ss)er|lasser|m[ée]cani[cq]|mec[âá]nic|installat|logisticien|cariste|vuller|maker|brouwer|student|becari|cajer|ayudante|asesor|monitor|encargad|deskundig|animat|serveu|conducteu|\b(?:sdet?|swe|dba|c[eftmiop]o|ciso|rn|lpn|cna|sre|qa|ux|ui)\b)/i;

/** Words that mark a line as a job title (used to tell a signature's title line from its company line). */
export const TITLE_WORD =
  /\b(?:recruit\w*|talent|acquisition|sourc\w*|hr|human\s+resources|people|manager|head|lead|vp|vice\s+president|president|founder|co-?founder|ceo|cto|cfo|coo|cpo|chief|owner|partner|principal|headteacher|rektor|specialist|coordinator|generalist|advisor|adviser|adviseur|analyst|officer|assistant|associate|consult(?:ante?|ora?)|engineer|designer|editor|professor|chair|superintendent|supervisor|administrator|secretary|chef|personal\w*|personnel|recrutement|recrutamento|reclutamiento|responsable|charg[ée]e?|conseill[eè]re?|analista|gerente|coordenador\w*|coordinador\w*|recursos\s+humanos|rrhh|rh|p&o|hrm|teamleider|teamleiter|leiter\w*|zaakvoerder|eigenaar|inhaber\w*|gesch[äa]ftsf[üu]hrer\w*|directeur|directrice|diretor\w*|director\w*|dds|md|phd|rn|msn|pharmd|lvt|pls|cpa|m\.ed)\b|hoofd\b/i;

/** Title words that make a signer a recruiter. */
export const RECRUITER_TITLE =
  /\b(?:recruit\w*|talent|sourc\w*|hr|human\s+resources|people\s+(?:ops|operations|partner|team|services)|people\b|personnel|personal\w*|recrut\w*|reclut\w*|rrhh|rh|recursos\s+humanos|ressources\s+humaines|p&o|hrm|staffing|account\s+manager|early\s+careers|university\s+(?:programs|recruiting)|campus)\b/i;

/** Title words that make a signer or a named person the hiring manager. */
export const MANAGER_TITLE =
  /\b(?:manager|head|lead|vp|vice\s+president|president|founder|co-?founder|ceo|cto|cfo|coo|cpo|chief|owner|partner|principal|headteacher|superintendent|supervisor|chair|dean|rektor|leiter\w*|teamleider|zaakvoerder|gesch[äa]ftsf[üu]hrer\w*|directeur|directrice|diretor\w*|director\w*|gerente|responsable|chef)\b/i;

/** Free-mail domains: the sender's domain says nothing about the employer. */
export const FREEMAIL =
  /^(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|web|mail|email|inbox|yandex|zoho|fastmail|hey|tutanota|t-online|orange|free|laposte|wanadoo|sfr|uol|bol|terra|libero|telenet|ziggo|kpnmail|xs4all|comcast|verizon|att|sbcglobal|btinternet|sky)$/i;

/** Applicant-tracking systems: the sender's domain is the tool, not the employer. */
export const ATS =
  /^(?:greenhouse|lever|workday|myworkday|myworkdayjobs|myworkplace|smartrecruiters|icims|ashbyhq|taleo|successfactors|sapsf|jobvite|teamtailor|personio|recruitee|workable|bamboohr|breezy|breezyhr|jazzhr|applytojob|pinpoint|pinpointhq|rippling|paylocity|ultipro|ukg|oraclecloud|phenom|avature|beamery|goodtime|calendly|linkedin|indeed|glassdoor|ziprecruiter|monster|stepstone|welcometothejungle|softgarden|dvinci|rexx|concludis|csod|brassring|kenexa|hirevue|hireology|fountain|paradox|talentlyft|homerun|zohorecruit|manatal|recruiterbox|jobylon|jobscore|bullhorn|jobadder|jobdiva|erecruit|hrmos)(?:-?mail|-?jobs|hq|-?notifications?)?$/i;

/** Staffing and search firms: when one writes, the employer is the client if named. */
export const AGENCY =
  /\b(?:staffing|re(?:crui?|clu)t\w*|search|talent|personnel|headhunt\w*|resourcing|placements?|ett|int[ée]rim|uitzend\w*|werving|zeitarbeit|personaldienst\w*|personalberatung|consult\w*|selecci[óo]n)\b/i;

/** Legal-form suffixes, ignored when comparing company names. */
export const LEGAL_SUFFIX =
  /(?:[\s,]+(?:inc|incorporated|llc|l\.l\.c|llp|ltd|limited|plc|corp|corporation|co|company|gmbh(?:\s*&\s*co\.?\s*kg)?|ggmbh|ag|kg|mbb|e\.?\s?v|s\.?\s?a\.?\s?s|s\.?\s?a\.?\s?r\.?\s?l|s\.?\s?a|s\.?\s?l|s\.?\s?l\.?\s?u|b\.?\s?v|n\.?\s?v|vof|lda|ltda|s\/a|pty|pte|oy|ab|as|a\/s|aps|spa|srl|gbr|ohg|ug)\.?)+$/i;

/** A calendar's own notification ("Google Calendar"), a meeting tool ("Google Meet") or a bot: nobody's employer. */
export const CALENDAR = /\b(?:calendar|kalender|calendrier|calendario|meet|teams|bot)$/i;

/** A greeting that opens a letter: its first word is never the writer's name ("Bonsoir Camille,"). */
export const GREETING =
  /^(?:h(?:i|ey|el+o|al+o|oi)|dear|good|bon(?:jour|soir)|salut|hola|buen[oa]s|estimad[oa]|ol[áa]|oi|bo[ma]|prezad[oa]|guten|liebe[rs]?|sehr|beste|geachte|goede\p{L}*)(?![\p{L}])/iu;
