/** The extractor's fr words, by the pattern they join or the slot they fill (./words.ts). */
import type { Words } from './words';

export const WORDS: Words = {
  'title lead': "le|la|les|l['’]|un|une|un\\(e\\)|votre|notre|tu|je",
  'link stop': "le|la|les|l['’]|un|votre|notre|tu|je|tant|vous|nous|il|elle",
  footer: 'invitation\\s+de',
  greeting: 'bon(?:jour|soir)|salut',
  // Regions and abbreviations after "en" ("une colo en Bretagne", "nos boutiques en Île-de-France", "en CAP", "la lettre est en PJ"): the Spanish
  // and Portuguese "en <company>" reads French mail too where every language's words are added (the CLI).
  generic:
    'retour|cliente|offre|entretien|convocat\\w+|r[ée]ponse|je|nous|vous|votre|tr|bretagne|normandie|provence|alsace|corse|savoie|wallonie|flandre|[îi]le-de-france|pj|cap|bts|cdi|cdd|confirm[ée]|annul[ée]|report[ée]',
  func: "recrut\\w*|drh|grh|ressources|humaines|[ée]quipe|l['’][ée]quipe|rh",
  unit: 'd[ée]partement|dotation',
  area: "gente|d['’]\\p{L}*|et",
  leadjoin: 'chez|de|des|du|la|le|et',
  street: 'étage|etage|rue',
  client: 'meu|mon|notre|le',
  pronoun: 'votre|notre|mon|ma|tu|je|bonjour',
  ordinal: 'vez',
  orgword: 'ville|recrutement|commune|mairie|ressources|humaines|gente|[ée]quipe',
  companyword: 'banque|ville|groupe',
  rolehead:
    'paral[ée]gal|cuisinier|professeu?r|ing[ée]nieur|d[ée]veloppeu(?:r|se)|gestionnaire|directeur|infirmi[èe]re?|technicien|comptable|contr[ôo]leu(?:r|se)|juriste|journalist|vendeu(?:r|se)|stagiair|m[ée]decin|avocat|boulang|coiffeu|soudeu|m[ée]cani[cq]|logisticien|cariste|serveu|conducteu|plong',
  titleword: 'directeur',
  recruitertitle: 'ressources\\s+humaines',
  managertitle: 'directeur',
  calendar: 'calendrier|r[ée]union',
  team: 'recrutement|gente|[ée]quipe|rh',
  honorific: 'mlle|ma[îi]tre|sergent(?:-chef)?|adjudant(?:-chef)?|capitaine|commandant',
  notname: 'lieu|quand|[ée]quipe|annuler|replanifier',
  disclaimer: 'envoy[ée] de|ce (?:message|courriel|mail)',
  doubt: "s['’]il|quand|si|peut",
  negation: 'pas|ne',
  need: 'cherch(?:e|ons)',
  stop: "chez|viens|[nc]['’]est|remplacement|aupr[èe]s|pr[ée]sent[ée]e?s?|extra|demain|aujourd['’]hui|foi|salaire|cette|cet|ces|à|au|aux|dans|pour|avec|est|le|les|que|qui|jusqu['’]au|d[èe]s|et|[ée]t[ée]|ici|hier|l[áa]|te|bas[ée]e?|situ[ée]e?|se",
  deadline: 'confirmer|r[ée]pond',
  duration: "durée\\s+(?:de|d['’])|d['’]environ|environ|pendant",
  bound: 'avant|apr[èe]s',
  'time prep': 'vers|dès|heure\\s*:|rendez-vous|rdv',
  'team line': 'recrutement',
  machine: 'ne-?pas-?r[ée]pondre',
  'zone America/Chicago': 'centre',
  'zone America/Denver': 'rocheuses',
  'zone America/Los_Angeles': 'pacifique',
  'zone America/Halifax': 'atlantique',
  'zone Europe/London': 'londres',
  'zone Europe/Paris': 'francais|francaise|bruxelles|belgique|suisse|belge|geneve',
  'zone Europe/Moscow': 'moscou',
  'move fr': 'devons|dois|devoir|oblig\\w*|contraint\\w*|dû|a|est|sont|sera',
  instead: 'à\\s+la\\s+place',
  'old time': 'pr[ée]vue?s?|initialement|au\\s+lieu\\s+d[eu]',
  'moved fr': 'report|décal|déplac|reprogramm',
  'post of fr':
    "poste\\s+d['’]|(?:poste|mission|cdd|cdi)\\s+de\\s|au\\s+poste\\s+d['’]|en\\s+tant\\s+qu(?:e\\s|['’])|(?:fonction|emploi|place)\\s+de\\s",
  'at fr':
    "\\b(?:chez|rejoindre|au\\s+sein\\s+(?:de\\s+la|du|de|d['’])|de\\s+la\\s+part\\s+(?:de|du|d['’])|candidature\\s+(?:à|a|au)\\s+(?:la\\s+|le\\s+)?)\\s*",
  closing:
    'au plaisir|belle journee|merci beaucoup|salutations distinguees|sinceres salutations distinguees|bien a toi|bisous|bises|a plus',
  'subject noise':
    "r[ée]ponse|recrutement\\s+d['’]|entretien(?:\\s+technique)?|votre\\s+candidature(?:\\s+au\\s+poste\\s+d(?:e|['’]))?|(?:proposition|promesse)\\s+d['’]embauche|entrevue|offre\\s+d['’]emploi|candidatur[ae]|prochaine\\s+[ée]tape",
  'wd before': 'ce',
  'wd after': 'prochain|qui\\s+vient|de\\s+la\\s+semaine\\s+prochaine',
  late: 'soir|soir[ée]e|apr[èe]s-midi',
  'day word': "aujourd['’]hui|ce\\s+(?:matin|soir)|cet\\s+apr[èe]s-midi|demain|apr[èe]s-demain",
  'all times':
    '(?:toutes\\s+les\\s+heures|les\\s+deux|tous\\s+deux)(?:\\s+sont)?(?:\\s+(?:en|à\\s+l[\\x27’]))?|fuseau\\s+horaire(?=\\s*:)',
  'zone of':
    "^(?:hora|hor[áa]rio|heure|zeit|tijd|ortszeit)\\s+(?:oficial\\s+|normale\\s+|avanc[ée]e\\s+|est[áa]ndar\\s+|padr[ãa]o\\s+|d['’][ée]t[ée]\\s+)?(?:de\\s+|del\\s+|d['’]|van\\s+|du\\s+|des\\s+)?(?:la\\s+|el\\s+|l['’])?",
  field: 'poste|intitul[ée] du poste',
  event: 'entretien',
  'trail noun': 'poste',
  panel: 'avec',
  'meet with': 'rencontrer(?:ez)?|avec',
  'event label': 'type\\s+d[\\x27’][ée]v[ée]nement',
  'client is': "il\\s+s'agit\\s+de",
  wish: 'souhaite|veut|aimerait',
  'answer of': '(?:retour|r[ée]ponse)\\s+d[aoe]s?',
};
