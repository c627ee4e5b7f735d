/** The extractor's nl words, by the pattern they join or the slot they fill (./words.ts). */
import type { Words } from './words';

export const WORDS: Words = {
  'title lead': 'het|een|uw|je|jouw|onze|ne|nen|functie(?! (?:van|als))',
  'link stop': 'het|een|uw|je|jouw|onze|ik|ons|wij|jij|ze',
  footer: 'uitnodiging\\s+van|aangedreven\\s+door',
  generic:
    'retour|terugkoppeling|wij|klant|kunde|uitnodiging|sollicitatie\\w*|ik|uw|firma|bevestigd|bijgewerkt|geannuleerd|verplaatst|[a-z]*gesprek',
  func: 'p&o|personeel|sollicitaties?|selectie\\p{L}*',
  lead: 'werken|\\p{L}+(?:leitung|direktion|abteilung|beratung|amt|dienst)|secretariaat',
  unit: 'afdeling|het',
  area: 'van',
  leadjoin: 'bij|de|van',
  street: 'kade',
  // "de klant", not Portuguese or Spanish "de cliente" ("Gestor de Cliente Empresas").
  client: 'meu|mijn|onze|mein\\w*|de(?=\\s+(?:klant|opdrachtgever))',
  pronoun: 'jouw|onze|geachte|uw|je|ons|hallo|beste',
  ordinal: 'fase|vez',
  orgword: 'werving|gemeente|werkenbij',
  companyword: 'advocaten|universiteit|groep|gemeente',
  rolehead:
    'bakker|brouwer|lasser|leraar|ing[ée]nieur|ontwikkelaar|directeur|leider|verpleegkundige|docent|boekhouder|werker|verantwoordelijke|monteur|verkoper|verkoopster|referent|kok|helpende|verzorgende|stagiair|advocaat|kracht|vuller|deskundig|hulp|oppas|timmerman|plukker|analist|promovendus|phd-kandidaat|kapper|technicus|chauffeur|mecanicien|therapeut\\b|secretaresse|huisarts|elektricien|vakman|vakkracht',
  titleword: 'adviseur|p&o|\\w*leider|zaakvoerder|eigenaar|directeur|\\w+manager',
  recruitertitle: 'p&o',
  managertitle: 'teamleider|zaakvoerder|directeur',
  agency: 'werving|uitzend\\w*',
  calendar: 'kalender|vergadering',
  greeting: 'beste|geachte|goede\\p{L}*',
  honorific: 'drs|mevr|ir|dhr',
  notname: '\\p{L}*gesprek|\\p{L}*team|locatie|waar|wanneer|annuleren|liefs|dag|faculteit',
  disclaimer: 'verzonden vanaf|dit (?:bericht|e-?mailbericht)',
  doubt: 'eventueel|als\\s+(?:je|u|we)|indien|mocht|wanneer|misschien|mogelijk|nodig',
  negation: 'niet|geen',
  need: 'zoeken(?:\\s+per\\s+direct|\\s+\\p{L}+)?|nodig',
  stop: 'nodigen|uitnodigen|verplaatsen|hebt|bij|deze|goed|ontvangen|vandaag|wordt|worden|willen|kunnen|aanbieden|loopt|ziet|sluit|salaris|vanaf|op|voor|met|het|een|aan|te|om|die|dat|dus|hier|zijn|tot|na',
  notrole: 'wij|werkgever',
  grade: 'groep',
  refword: 'vacaturenummer',
  deadline: 'bevestig|reageer|laat',
  duration: "ongeveer|zo['’]n|duur",
  'time prep': 'om|rond|vanaf|van|tussen|tijd(?:stip)?\\s*:',
  'team line': 'werving',
  machine: 'niet-?beantwoorden',
  'zone Europe/Paris': 'nederland|nederlandse|brussel|belgie|belgische|midden-europese',
  'move de nl': '(?:m[üu]ss|moe[st])\\w*|wurden?|wird|ist|haben|hat|is|wordt|werd|heeft|hebben',
  instead: 'in\\s+de\\s+plaats|in\\s+plaats\\s+daarvan',
  'old time': 'gepland|oorspronkelijk|in\\s+plaats\\s+van|van',
  'moved de nl':
    'versch(?:ieben|oben|oven|uiven)|verleg(?:en|t)|verzet(?:ten)?|verplaats(?:en|t)|uit(?:stellen|gesteld)',
  'title joined':
    '(?<![\\p{L}\\d-])(\\p{Lu}[\\p{L}\\d]*(?:-[\\p{L}\\d]+)*)-(?:Stelle|Position|[Vv]acature|[Ff]unctie)\\b',
  'post of de nl': '(?:beworben|gesolliciteerd)\\s+als\\s',
  'title es pt nl':
    '\\b(?:(?:puesto|plazas?|cargo|rol|posi(?:ci[óo]n|[çc][ãa]o)|fun[çc][ãa]o|posto\\s+de\\s+trabalho|pega|chamba|curro|trampo)\\s+de|vacante(?:\\s+de)?|vaga(?:\\s+(?:é\\s+)?(?:de|para))?|lugar\\s+de|plaats\\s+(?:van|als)|(?:kandidatuur|sollicitatie|bijbaan(?:tje)?|job)\\s+als|functie(?:\\s+aan)?(?:\\s+(?:van|als))?|vacature(?:\\s+(?:van|voor))?|rol\\s+van|(?<!-)positie(?:\\s+(?:van|als))?)\\s+',
  'at de nl':
    '\\b(?:bei|für|bij|namens|im\\s+Namen\\s+(?:der|von|des))\\s+(?:der\\s+|dem\\s+|de\\s+|het\\s+|uns,?\\s+)?',
  closing:
    'vriendelijke groeten|met hartelijke groeten|beste groet|beste groeten|met beste groet|met beste groeten|warme groet|warme groeten|met warme groet|met warme groeten|dank|hartelijke dank|gr|grtz|grt|groetjes en tot dan',
  'subject noise':
    'terugkoppeling|resultaat|nieuw\\s+tijdstip|uitnodiging|sollicitatie(?:\\s+(?:naar|voor)\\s+de\\s+functie(?:\\s+(?:van|als))?)?|aanbod|jobaanbieding|bevestiging|volgende\\s+stap|assessmentdag|aanmelding|reactie(?:\\s+(?:op\\s+)?vacature)?|kandidatuur|verplaatsing|verzetten(?:\\s+gesprek)?|(?:eerste|tweede|derde)(?=\\s+gesprek)|\\p{L}*gesprek|proef\\p{L}*|kennismaking|selectie',
  'wd before': 'deze|komende|aanstaande|volgende(?:\\s+week)?',
  'wd after': 'volgende\\s+week',
  late: "[’']s\\s+(?:avonds|middags)|\\p{L}*(?:avond|middag)",
  'day word': 'vandaag|vanavond|morgen(?:ochtend|middag|avond)?|overmorgen',
  hours: 'een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf',
  'all times': '(?:beide|allebei)(?:\\s+in)?|alle\\s+tijden(?:\\s+in)?|tijdzone(?=\\s*:)',
  'zone of':
    "^(?:hora|hor[áa]rio|heure|zeit|tijd|ortszeit)\\s+(?:oficial\\s+|normale\\s+|avanc[ée]e\\s+|est[áa]ndar\\s+|padr[ãa]o\\s+|d['’][ée]t[ée]\\s+)?(?:de\\s+|del\\s+|d['’]|van\\s+|du\\s+|des\\s+)?(?:la\\s+|el\\s+|l['’])?",
  field: 'functie|vacature|rol',
  event: 'gespr[äe](?:ch|k)',
  'trail noun': 'vacature|functie',
  panel: 'met wie',
  'meet with': 'spreekt(?:\\s+met)?',
  'event label': 'type\\s+afspraak|evenementtype|afspraaktype',
  'client is': 'het\\s+gaat\\s+om',
  wish: 'wil',
  'answer of': 'terugkoppeling\\s+(?:van|d[aoe]s?)',
};
