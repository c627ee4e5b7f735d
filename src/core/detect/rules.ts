/**
 * The phrase rules of the classifier, written from how hiring mail is phrased in each language
 * (generic wording, no company names or sentences from any corpus). Format: see match.ts. Words
 * are folded: lower case, no accents, "ß" → "ss". Channels: o offer, r rejection, i interview,
 * x "not a job email for the reader" (marketing, auto-replies, alerts, newsletters, internal
 * hiring mail, the candidate's own voice, decisions on grants, papers, flats, loans), j job
 * context. Weights add up; engine.ts turns the sums into a decision.
 *
 * Each language's rules are in rules-<code>.ts (English: offer, rejection, interview,
 * not-for-the-reader, job context) and apply to mail in that language only, so that a page loads
 * them only for such mail. This module holds the rules that apply to every email, whatever its
 * language: those whose words mail in other languages uses too (each matched a training email
 * written in another language, or is made of words European mail borrows from English:
 * "unsubscribe", a Zoom or Teams link, a video call). (No comments inside the strings: they ship
 * as they are.)
 * The alternatives of an element are a set; they are written in alphabetical order, so that the
 * same list is the same text wherever it recurs and the shipped string compresses better.
 */
const ENGLISH = `
$wd friday|monday|saturday|sunday|thursday|tuesday|wednesday
o1 compensation|pay|rate|salary|stipend|wage
o1 per annum|hour|hr|week|year
o1 benefits|bonus|equity|options|pension|pto|relocation|rsus
o1 start|starting #d|$wd|on
r2s decision|outcome|regret|unsuccessful
i1 aedt|aest|bst|cdt|cest|cet|cst|edt|gmt|mdt|mesz|mez|mst|pdt|pst|sast|utc
i1 #d|am|m|pm|time ct|est|et|ist|mt|pt
i3 interview|interviews
i1 #d am|h|pm|uhr|uur
i1 #d a|p m
i2 meet|teams|webex|zoom call|invite|link
i2 video call|link
i1 agenda|duration|interviewers|itinerary|panel|venue
i3s assessment|call|chat|interview|interviewing|interviews|invitation|invite|invited|itinerary|meet|round|screen|trial
x3a opt-out|subscribed|unsubscribe|unsubscribed
x2a digest !it|that|this
x3 bootcamp|hackathon|masterclass|newsletter|webinar
x4k episode|podcast
x2 dad|mama|mamae|maman|mom|mum|papa|papai|sis
x2 article|articles|listeners|subscribers
x3 gazette|magazine|newspaper|on-air|readers|television|tv|viewers
x3 press !a|an|and|button|enter|here|the|your
x1 badge|induction|laptop|onboarding|payroll
x2s alert|deal|digest|episode|newsletter|podcast|sale|webinar
j1 candidacy|candidate|career|careers|cv|employer|employment|hiring|internship|interview*|job|on-site|onsite|opening|position|post|recruit*|req|requisition|resume|role|salary|shortlist*|vacancy
j0.5b accountant|administrator|adviser|advisor|agent|analyst|architect|assistant|associate|barista|cashier|chef|clerk|consultant|cook|coordinator|designer|developer|director|driver|editor|electrician|engineer|executive|intern|lead|lecturer|manager|nurse|officer|operator|pharmacist|postdoc|professor|receptionist|representative|researcher|scientist|server|specialist|supervisor|teacher|technician|therapist|writer
j0.5s accountant|administrator|adviser|advisor|agent|analyst|architect|assistant|associate|barista|cashier|chef|clerk|consultant|cook|coordinator|designer|developer|director|driver|editor|electrician|engineer|executive|intern|lead|lecturer|manager|nurse|officer|operator|pharmacist|postdoc|professor|receptionist|representative|researcher|scientist|server|specialist|supervisor|teacher|technician|therapist|writer
j1 talent acquisition|partner|team
j1 hr
`;

// The same for the other languages ("position", "candidat*", "entrevista", "salario", …).
const SHARED = `
j1 bewerber*|bewerbung|initiativbewerbung|gesprach|karriere|lebenslauf|personal*|position|recruiting|stelle|vakanz|vorstellungsgesprach
o2 brut|bruts|gratification|remuneration|salaire|signature|signee|signer
j1 candidat*|embauche|emploi|entretien|poste|recrutement
o2 bruto|prestaciones|salario|sueldo
i3 entrevista|entrevistarle|entrevistarte|entrevistas
i2 hora de
i4 entrevista online|personal|presencial|tecnica|telefonica|virtual
i3s cita|entrevista
j1 candidatura|cargo|curriculum|entrevista|puesto|seleccion|vacante
o2 admissao|clt|remuneracao|salario
o4 consegue|consegues|pode|podera|podes _1 comecar _3 #d|amanha|dia|quarta|quinta|segunda|segunda-feira|semana|sexta|terca
r3 infelizmente|lamentamos|lamento
j1 candidatura|cargo|curriculo|entrevista|recrutamento|selecao|seletivo|vaga
i3 agenda|inplannen|schikt
`;

/** The rules that apply to every email, whatever its language. */
export const RULES = [ENGLISH, SHARED].join('\n');
