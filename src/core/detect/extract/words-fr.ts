/** The extractor's fr words, by the pattern they join or the slot they fill (./words.ts). */
import type { Words } from './words';

export const WORDS: Words = {
  generic: 'retour|cliente|offre|entretien|convocat\\w+',
  func: "recrut\\w*|drh|ressources|humaines|[ée]quipe|l['’][ée]quipe",
  unit: 'd[ée]partement',
  area: 'gente',
  leadjoin: 'chez',
  street: 'étage|etage',
  intermediary: 'meu',
  ordinalnoun: 'vez',
  orgword: 'recrutement|commune|mairie|ressources|humaines|gente|[ée]quipe',
  companyword: 'groupe',
  rolehead:
    'cuisinier|professeu?r|ing[ée]nieur|d[ée]veloppeu(?:r|se)|gestionnaire|directeur|infirmi[èe]re?|technicien|comptable|contr[ôo]leu(?:r|se)|juriste|journalist|vendeu(?:r|se)|stagiair|m[ée]decin|avocat|boulang|coiffeu|soudeu|m[ée]cani[cq]|logisticien|cariste|serveu|conducteu',
  titleword: 'recrutement|directeur',
  recruitertitle: 'recrut\\w*|ressources\\s+humaines',
  managertitle: 'directeur',
  calendar: 'calendrier',
  team: 'recrutement|gente|[ée]quipe',
  honorific: 'mlle|ma[îi]tre',
  notname: '[ée]quipe',
  disclaimer: 'envoy[ée] de',
  doubt: "s['’]il|quand",
  need: 'cherch(?:e|ons)',
  stop: "chez|demain|aujourd['’]hui|foi|salaire|à|au|aux|dans|pour|avec|est|le|les|que|qui|jusqu['’]au|d[èe]s|et|[ée]t[ée]|ici|hier|l[áa]|te",
  interviewcue: '[ée]preuve|passer\\s+(?:à|au|nous)|se\\s+voit|entretien|rendez-vous|rdv',
  duration: "durée\\s+(?:de|d['’])|d['’]environ",
  bound: 'avant|apr[èe]s',
  'zone America/Chicago': 'centre',
  'zone America/Denver': 'rocheuses',
  'zone America/Los_Angeles': 'pacifique',
  'zone America/Halifax': 'atlantique',
  'zone Europe/London': 'londres',
  'zone Europe/Paris': 'francais|francaise|bruxelles|belgique|suisse|belge|geneve',
  'zone Europe/Moscow': 'moscou',
  'move fr': 'devons|dois|dû|a|est|sont|sera',
  'moved fr': 'report|décal|déplac|reprogramm',
  'post of fr':
    "poste\\s+d['’]|(?:poste|mission|cdd|cdi)\\s+de\\s|au\\s+poste\\s+d['’]|en\\s+tant\\s+qu(?:e\\s|['’])|(?:fonction|emploi|place)\\s+de\\s",
  'at fr':
    "\\b(?:chez|rejoindre|au\\s+sein\\s+(?:de\\s+la|du|de|d['’])|de\\s+la\\s+part\\s+(?:de|du|d['’])|candidature\\s+(?:à|a|au)\\s+(?:la\\s+|le\\s+)?)\\s*",
  closing:
    'au plaisir|belle journee|merci beaucoup|salutations distinguees|sinceres salutations distinguees|bien a toi|bisous|bises|a plus',
  'subject noise':
    "r[ée]ponse|entretien(?:\\s+technique)?|votre\\s+candidature(?:\\s+au\\s+poste\\s+d(?:e|['’]))?|(?:proposition|promesse)\\s+d['’]embauche|entrevue|offre\\s+d['’]emploi|candidatur[ae]|prochaine\\s+[ée]tape",
  'weekday before': 'ce',
  'weekday after': 'prochain|qui\\s+vient|de\\s+la\\s+semaine\\s+prochaine',
  'relative day': "aujourd['’]hui|ce\\s+(?:matin|soir)|cet\\s+apr[èe]s-midi|demain|apr[èe]s-demain",
  'all times': 'toutes\\s+les\\s+heures(?:\\s+sont)?(?:\\s+en)?',
  'zone of':
    "^(?:hora|hor[áa]rio|heure|zeit|tijd|ortszeit)\\s+(?:oficial\\s+|normale\\s+|avanc[ée]e\\s+|est[áa]ndar\\s+|padr[ãa]o\\s+)?(?:de\\s+|del\\s+|d['’]|van\\s+|du\\s+|des\\s+)?(?:la\\s+|el\\s+|l['’])?",
  field: 'poste|intitul[ée] du poste',
  event: 'entretien',
  'trail noun': 'poste',
  panel: 'avec',
  'meet with': 'rencontrer(?:ez)?|avec',
};
