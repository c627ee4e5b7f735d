/** The extractor's es words, by the pattern they join or the slot they fill (./words.ts). */
import type { Words } from './words';

export const WORDS: Words = {
  generic:
    'respuesta|nosotros|cliente|oferta|convocat\\w+|entrevista|firma|confirmado|actualizado|cancelado|reprogramado',
  func: 'contrataci[óo]n|personas|rrhh|drh|recursos|humanos?|humana|reclut\\w*|selecci[óo]n|rh|gesti[óo]n|personal|equipo|empleos?|talentos?',
  lead: 'direc(?:ci[óo]n|[çc][ãa]o)|gabinete|coordinaci[óo]n|servicio|secretar[íi]a',
  unit: 'unidad|unitat|departamento|programas?',
  area: 'gente|humana|y',
  leadjoin: 'de|del|la|y',
  street: 'av\\.',
  client: 'mi|nuestro|el',
  pronoun: 'su|tu|nuestr[ao]|hola',
  ordinal: 'etapa|fase|vez',
  orgword: 'empleo|secretar[íi]a|equipo|reclutamiento|ayuntamiento|munic[íi]pio|recursos|humanos|gente|talentos',
  companyword: 'cl[íi]nica|grupo|universidade?|banco|instituto|laboratori\\w*|cooperativa|log[íi]stica|distribuidora',
  rolehead:
    'jef[ea]|coord[ie]nador|t[ée]cnic[oa]|opera(?:dor|rio)|panader|abogad[oa]|practicante|repartidor|planificador|cociner[oa]|ingenier[oa]|desarrollador|dise[ñn]ador|gerente|gestor|analista|enfermei?r[oa]|docent|profesor|asistente|auxiliar|contable|consultor|higienista|vendedor|dependient|carretiller|camarer|mozo|m[ée]dico|mec[âá]nic|becari|cajer|ayudante|asesor|encargad|gerocultor|soldador',
  titleword: 'coordinador\\w*|reclutamiento|analista|gerente|recursos\\s+humanos|rrhh',
  recruitertitle: 'reclut\\w*|rrhh|recursos\\s+humanos',
  managertitle: 'gerente',
  agency: 'ett|selecci[óo]n',
  calendar: 'calendario',
  greeting: 'hola|buen[oa]s|estimad[oa]',
  team: 'reclutamiento|gente|rrhh|personal\\w*|equipo|rh|secretar[íi]a',
  honorific: 'srta|mx|brigada|cabo|sargento|teniente|capit[áa]n|comandante',
  notname:
    'unitat|unidad|ubicaci[óo]n|lugar|cancelar|reprogramar|equipo|el|abrazo|servicio|selecci[óo]n|talentos|ger[êe]ncia|direcci[óo]n|departamento|recursos|gesti[óo]n',
  disclaimer: 'enviado desde',
  doubt: 'cuando|caso|si',
  negation: 'no\\s+(?:ha|han|fue|será|hemos|tenemos)',
  need: 'buscamos|necesitamos|lo\\s+del?|d[íi]a\\s+de',
  stop: 'hoy|ma[ñn]ana|qued[oó]|queda|lo|sal[áa]rio|desde|hasta|durante|ahí|antes|para|con|es|del|o|el|los|las|que|est[áa]|y|ya|fue|ha|aqu[íi]|l[áa]|te|nos|le|les',
  notrole: 'nosotros|[Ee]ntrevista|\\p{L}+ecer',
  refword: 'refer[êe]ncia',
  deadline: 'confirm[ae]|respond[ae]',
  duration: 'cerca\\s+de|aproximadamente|dura(?:r[áa])?',
  bound: '(?:antes|despu[ée]s|depois)\\s+d\\w*(?:\\s+las?)?',
  'zone America/New_York': 'este',
  'zone America/Los_Angeles': 'pacifico',
  'zone Europe/London': 'londres',
  'zone Europe/Dublin': 'irlanda',
  'zone Europe/Lisbon': 'lisboa|portuguesa',
  'zone Europe/Paris': 'espana|peninsular|espanola|central europea|europa central',
  'zone Atlantic/Canary': 'canarias|canaria',
  'zone Asia/Singapore': 'singapur',
  'zone America/Mexico_City': 'ciudad de mexico|centro|centro de mexico',
  'move es pt':
    'tenemos|tuvimos|hemos|debemos|necesitamos|precisamos|tivemos|temos|ha|han|fue|será|queda|foi|foram|ficou',
  instead: 'en\\s+su\\s+lugar',
  'old time': 'previst[ao]|programad[ao]|en\\s+lugar\\s+del?|del',
  'moved es pt':
    '(?:reprogram|aplaz|reagend|remarc|adi)(?:ar|ad[oa]s?)|mov(?:er|id[oa]s?)|cambi(?:ar|ado)\\s+la\\s+fecha',
  'post of es pt': 'postul\\w*\\s+(?:para|a)\\s|(?:ter|tener|contratar)\\s+(?:\\p{L}+\\s+){0,3}?como\\s',
  'title es pt nl':
    '\\b(?:(?:puesto|plazas?|cargo|posi(?:ci[óo]n|[çc][ãa]o)|fun[çc][ãa]o|posto\\s+de\\s+trabalho|pega|chamba|curro|trampo)\\s+de|vacante(?:\\s+de)?|vaga(?:\\s+(?:é\\s+)?(?:de|para))?|lugar\\s+de|plaats\\s+(?:van|als)|(?:kandidatuur|sollicitatie|bijbaan(?:tje)?|job)\\s+als|functie(?:\\s+aan)?(?:\\s+(?:van|als))?|vacature(?:\\s+(?:van|voor))?|rol\\s+van|(?<!-)positie(?:\\s+(?:van|als))?)\\s+',
  // "Oh no Ils, I'm so sorry": an English interjection before a name, not Portuguese "no" ("no Itaú").
  'at es pt':
    '\\b(?:en|unirte\\s+a|de\\s+parte\\s+de|con|na|(?<!\\b[Oo]h\\s)no|pela|pelo|junto\\s+(?:à|ao))\\s+(?:la\\s+|el\\s+)?',
  closing: 'un cordial saludo|un fuerte abrazo|saludo|muchas gracias|besos|un beso|nos vemos|hasta pronto',
  'subject noise':
    'seguimiento(?:\\s+(?:a\\s+tu\\s+)?(?:vacante|candidatura))?|lo\\s+del?|prueba(?:\\s+t[ée]cnica)?(?:\\s+de)?|oferta(?:\\s+de)?|b[úu]squeda(?:\\s+de)?|proceso(?:\\s+selectivo)?(?:\\s+bolsa)?(?:\\s+de)?|entrevista(?:\\s+telef[óo]nica)?|propuesta\\s+laboral|candidatur[ae]|pr[óo]xima\\s+etapa|(?:(?:novedades\\s+)?sobre\\s+)?(?:tu\\s+)?postulaci[óo]n(?:\\s+a)?',
  'wd before': 'el\\s+pr[óo]ximo|este|pr[óo]xim[oa]|esta',
  'wd after': 'de\\s+la\\s+pr[óo]xima\\s+semana',
  late: 'de\\s+la\\s+(?:tarde|noche)|por\\s+la\\s+(?:tarde|noche)|esta\\s+(?:tarde|noche)',
  'day word': 'hoy|esta\\s+(?:tarde|mañana)|ma[ñn]ana|pasado\\s+ma[ñn]ana',
  'all times': 'todas\\s+las\\s+horas(?:\\s+en)?|zona\\s+horaria(?=\\s*:)',
  'zone of':
    "^(?:hora|hor[áa]rio|heure|zeit|tijd|ortszeit)\\s+(?:oficial\\s+|normale\\s+|avanc[ée]e\\s+|est[áa]ndar\\s+|padr[ãa]o\\s+|d['’][ée]t[ée]\\s+)?(?:de\\s+|del\\s+|d['’]|van\\s+|du\\s+|des\\s+)?(?:la\\s+|el\\s+|l['’])?",
  'title casual': '\\b[Dd]e\\s+(?!entrevista)(?=\\p{Ll}+(?:er[oa]|dora?|ista|[ae]nt[ae])\\b)',
  field: 'puesto|vacante|cargo|categor[íi]a',
  event: 'entrevista',
  'trail noun': 'puesto|cargo',
  'event label': 'tipo\\s+de\\s+evento',
  'client is': 'se\\s+trata\\s+de',
  wish: 'quiere',
  'answer of': 'respuesta\\s+d[aoe]s?',
};
