/** The extractor's de words, by the pattern they join or the slot they fill (./words.ts). */
import type { Words } from './words';

export const WORDS: Words = {
  'title lead': 'der|die|das|den|dem|ein|eine|einer|einen|unser(?:e[nr]?)?|deine?',
  'link stop': 'der|die|das|den|dem|ein|eine|ich|unser\\w*|ihr\\w*|wir|sie',
  footer: 'einladung\\s+von',
  generic:
    'retour|die|der|das|seitens|[a-zäöüß]+(?:nahme|suche|heit|keit)|r[üu]ckmeldung|kunde|stelle|einsatz|[a-zäöü]*angebot|einladung|bewerbung|ich|wir|sie|ihre[nrms]?|ihr|firma|vertrauliche?|[a-zäöü]*anfrage|verlegung|bestätigt|aktualisiert|abgesagt|verschoben|[a-zäöü]*gespr[äa]ch(?:e?s)?',
  func: '\\p{L}+management|gesch[äa]ftsf[üu]hrung|karriere|ausbildung|personal\\p{L}+|personal',
  lead: 'magistrat|sekretariat|werken|\\p{L}+(?:leitung|direktion|abteilung|beratung|amt|dienst)',
  area: 'gente|und',
  leadjoin: 'der|bei|und',
  client: 'onze|unser\\w*|mein\\w*',
  pronoun: 'dein(?:e[nmrs]?)?|mein(?:e[nmrs]?)?|unser(?:e[nmrs]?)?|onze|ihr(?:e[nmrs]?)?|hallo',
  ordinal: 'fase',
  orgword: 'karriere|sekretariat|gemeinde|stadt|b[äa]ckerei|gente',
  companyword:
    'versicherung|\\w*technik|\\w*erei|und\\s+partner|schule|klinikum|stadt|gasthaus|gasthof|\\w*residenz|logistik',
  notrole: 'Kalender',
  rolehead:
    'schwei(?:ß|ss)er|(?:sozial)?p[äa]dagog|[äa]rztin|elektriker|spezialist|ing[ée]nieur|entwickler|leiter|leider|pflege|lehrer|lehrperson|praktikant|techniker|elektroniker|mechatroniker|berater|disponent|leitung|konstrukteur|k[oö]ch(?:in)?\\b|verk[äa]ufer|mitarbeiter|sachbearbeit|referent|fachangestellte|kaufmann|kauffrau|erzieher|arzt|rektor|geselle|tischler|b[äa]cker|friseu|kraft|hilfe|professur|therapeut(?:in)?\\b|monteur|installateur|architekt(?:in)?\\b|logop[äa]d|hebamme|volont[äa]r|apothek',
  titleword: 'rektor|teamleiter|leiter\\w*|inhaber\\w*|gesch[äa]ftsf[üu]hrer\\w*',
  managertitle: 'rektor|leiter\\w*|gesch[äa]ftsf[üu]hrer\\w*',
  agency: 'zeitarbeit|personaldienst\\w*|personalberatung',
  calendar: 'kalender|besprechung',
  greeting: 'liebe[rs]?|sehr|guten',
  team: '\\w*leitung|gente|sekretariat|personal\\w*',
  honorific: 'mx|hauptmann|leutnant|oberleutnant|feldwebel|oberst|\\w*kommissar(?:in)?',
  notname:
    '\\p{L}*gespr[äa]ch|ort|wann|bereitgestellt|absagen|sekretariat|p\\.s|deine?|ihre?|pfiat|liebi|gr[üu]e?ss|gria[ßs]|servas|servus',
  disclaimer: 'dies ist|von meinem',
  doubt: 'bedarf|eventuell|wenn|sollten?|vielleicht|möglicherweise|als\\s+(?:je|u|we)|mocht|falls|ob',
  negation: 'kein\\w*|nicht',
  need: 'suchen(?:\\s+(?:tats[äa]chlich|noch|gerade|dringend|aktuell|derzeit|jetzt))*',
  stop: 'leider|heute|worden|anfangen|bei|zum|zur|mit|ab|zu|ist|die|gehalt|hier|es',
  grade: 'klasse?',
  refword: 'kennziffer|referenz|fachbereich|amt|schichtbetrieb',
  deadline: 'best[äa]tig|zur[üu]ck|antwort',
  duration: 'etwa|ungef[äa]hr|dauer',
  bound: 'vor|nach',
  'zone Europe/Paris':
    'deutschland|deutsche|deutscher|schweiz|wien|osterreich|mitteleuropaische|belgische|mitteleuropa',
  'zone Europe/Athens': 'OEZ|OESZ',
  'zone Europe/Moscow': 'moskau',
  'zone Asia/Singapore': 'singapur',
  'move de nl': '(?:m[üu]ss|moe[st])\\w*|wurden?|wird|ist|haben|hat|is|wordt|werd|heeft|hebben',
  'old time': 'geplant|vereinbart',
  instead: 'stattdessen|statt\\s+dessen',
  'moved de nl':
    'versch(?:ieben|oben|oven|uiven)|verleg(?:en|t)|verzet(?:ten)?|verplaats(?:en|t)|uit(?:stellen|gesteld)',
  'title de':
    '\\b(?:Stelle|Position|T[äa]tigkeit|Ausbildung|Bewerbung|Einstellung|Vertrag|Angebot|Interview|Gespr[äa]ch|Ruf)\\s+(?:als|f[üu]r\\s+die\\s+(?:Position|Stelle)(?:\\s+als)?|auf\\s+die\\s+Stelle\\s+als|auf\\s+die(?!\\s+(?:Stelle|Position)\\b)|zum|zur)\\s+',
  'title de 2': '\\b(?:Position|Stelle)\\s+„?',
  'title joined':
    '(?<![\\p{L}\\d-])(\\p{Lu}[\\p{L}\\d]*(?:-[\\p{L}\\d]+)*)-(?:Stelle|Position|[Vv]acature|[Ff]unctie)\\b',
  'post of de nl': '(?:beworben|gesolliciteerd)\\s+als\\s',
  'at de nl':
    '\\b(?:bei|für|bij|namens|im\\s+Namen\\s+(?:der|von|des))\\s+(?:der\\s+|dem\\s+|de\\s+|het\\s+|uns,?\\s+)?',
  closing:
    'en gruess|en gruss|liebi gruess|alles gute|mit besten grussen|mit herzlichen grussen|ciao|tschuss|servus|bis bald|bis dann|gr',
  'subject noise':
    'r[üu]ckmeldung(?:\\s+zu)?|(?:ihre[rn]?\\s+|deine[rn]?\\s+)?bewerbung(?:\\s+als)?|terminverschiebung|ihr\\s+interview\\s+f[üu]r\\s+die\\s+position|(?:vertrags)?angebot|(?:einstellungs)?(?:zu|ab)sage|n[äa]chster\\s+schritt|nachfrage|\\p{L}*gespr[äa]ch|\\p{L}*verfahrens?|probe\\p{L}*',
  'wd before': 'nächste\\s+woche|diesen|kommenden|nächsten|naechsten',
  'wd after': 'n[äa]chste\\s+woche',
  late: '\\p{L}*(?:abends?|nachmittags?)',
  'day word': 'heute|morgen|[üu]bermorgen',
  hours: 'eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf',
  'all times': 'jeweils|alle\\s+zeiten(?:\\s+in)?|zeitzone(?=\\s*:)',
  'zone of':
    "^(?:hora|hor[áa]rio|heure|zeit|tijd|ortszeit)\\s+(?:oficial\\s+|normale\\s+|avanc[ée]e\\s+|est[áa]ndar\\s+|padr[ãa]o\\s+|d['’][ée]t[ée]\\s+)?(?:de\\s+|del\\s+|d['’]|van\\s+|du\\s+|des\\s+)?(?:la\\s+|el\\s+|l['’])?",
  field: 'stelle|funktion',
  event: 'gespr[äe](?:ch|k)',
  'trail noun': 'stelle|\\w*saison|eg',
  panel: 'gesprächspartner|mit wem',
  'meet with': 'sprechen\\s+mit',
  'event label': 'ereignistyp|termintyp|terminart',
  'client is': '(?:es\\s+)?handelt\\s+(?:es\\s+)?sich\\s+um',
  wish: 'm[öo]chte',
  'answer of': 'r[üu]ckmeldung\\s+(?:von|d[aoe]s?)',
};
