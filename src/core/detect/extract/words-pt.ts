/** The extractor's pt words, by the pattern they join or the slot they fill (./words.ts). */
import type { Words } from './words';

export const WORDS: Words = {
  generic: 'resposta|nós|cliente|oferta|sua|entrevista|firma',
  func: 'recrut\\w*|atra[çc][ãa]o|pessoas|drh|recursos|humanos?|est[áa]gio|[ée]quipe|vagas|gente|cultura|sele[çc][ãa]o|rh|talentos?',
  lead: 'direc(?:ci[óo]n|[çc][ãa]o)|gabinete|coordena[çc][ãa]o|setor|secretar[íi]a',
  unit: 'departamento|pedag[óo]gica|programas?',
  area: 'gente|gest[ãa]o|dos|das|e',
  leadjoin: 'de|da|do|e',
  street: 'avenida|av\\.',
  client: 'meu|nosso|o',
  pronoun: 'noss[ao]|sua?|seu|tu|ol[áa]',
  ordinal: 'etapa|fase|rodada|vez|reuni[ãa]o|feira\\s+de',
  orgword: 'recrutamento|vagas|munic[íi]pio|prefeitura|recursos|humanos|gente|gest[ãa]o|talentos|[ée]quipe',
  companyword:
    'grupo|universidad|universidade|banco|instituto|cooperativa|log[íi]stica|tecnologia|distribuidora|construtora',
  rolehead:
    'padeir|funcion[áa]rio|engenheir[oa]|desenvolvedor|gerente|gestor|diretor|analista|enfermei?r[oa]|docent|est[áa]gio|estagi[áa]ri[oa]|auxiliar|consultor|jur[íi]dic|vendedor|referent|motorista|m[ée]dico|advogad[oa]|soldador|mec[âá]nic|gar[çc]om|atendente|livreir',
  titleword: 'recrutamento|analista|gerente|coordenador\\w*|recursos\\s+humanos|diretor\\w*',
  recruitertitle: 'recrut\\w*|recursos\\s+humanos',
  managertitle: 'diretor\\w*|gerente',
  agency: 'selecci[óo]n',
  greeting: 'prezad[oa]',
  team: 'recrutamento|gente|[ée]quipe|rh|secretar[íi]a',
  honorific: 'engª|doutor|doutora',
  notname: '[ée]quipe|talentos|ger[êe]ncia|direc[çc][ãa]o|dire[çc][ãa]o|gest[ãa]o|departamento|recursos',
  disclaimer: 'esta mensagem',
  doubt: 'quand|caso|quando',
  negation: 'não',
  need: 'procuramos|precisando\\s+de',
  stop: 'hoje|amanh[ãa]|foi|sal[áa]rio|desde|pro|pra|para|na|nos|nas|em|com|é|o|que|est[áa]|e|j[áa]|aqu[íi]|l[áa]|te|à',
  notrole: 'nós|você|\\p{L}+ecer',
  refword: 'refer[êe]ncia',
  cue: 'convite|bate-papo|din[âa]mica\\s+de\\s+grupo|teste|entrevista|conversa',
  deadline: 'confirm[ae]|respond[ae]',
  duration: 'cerca\\s+de|dura(?:r[áa])?',
  bound: 'apr[èe]s|(?:antes|despu[ée]s|depois)\\s+d\\w*(?:\\s+las?)?',
  'zone America/New_York': 'este',
  'zone America/Los_Angeles': 'pacifico',
  'zone Europe/London': 'londres',
  'zone Europe/Dublin': 'irlanda',
  'zone Europe/Lisbon': 'lisboa|portugal continental|continental|portuguesa',
  'zone Europe/Paris': 'europa central',
  'zone Europe/Moscow': 'moscou',
  'zone Asia/Singapore': 'cingapura',
  'move es pt':
    'tenemos|tuvimos|hemos|debemos|necesitamos|precisamos|tivemos|temos|ha|han|fue|será|queda|foi|foram|ficou',
  'moved es pt': '(?:reprogram|aplaz|reagend|remarc|adi)(?:ar|ad[oa]s?)|cambi(?:ar|ado)\\s+la\\s+fecha',
  'post of es pt': 'postul\\w*\\s+(?:para|a)\\s|(?:ter|tener|contratar)\\s+(?:\\p{L}+\\s+){0,3}?como\\s',
  'title es pt nl':
    '\\b(?:(?:puesto|plazas?|cargo|posi(?:ci[óo]n|[çc][ãa]o)|fun[çc][ãa]o|posto\\s+de\\s+trabalho)\\s+de|vacante(?:\\s+de)?|vaga(?:\\s+(?:é\\s+)?(?:de|para))?|lugar\\s+de|plaats\\s+(?:van|als)|functie(?:\\s+(?:van|als))?|vacature(?:\\s+(?:van|voor))?|rol\\s+van)\\s+',
  // "Oh no Ils, I'm so sorry": an English interjection before a name, not Portuguese "no" ("no Itaú").
  'at es pt':
    '\\b(?:en|unirte\\s+a|de\\s+parte\\s+de|con|na|(?<!\\b[Oo]h\\s)no|pela|pelo|junto\\s+(?:à|ao))\\s+(?:la\\s+|el\\s+)?',
  closing: 'valeu|bjs|bj|bjo|bjos|beijo|bjus',
  'subject noise':
    'oferta(?:\\s+de)?|entrevista(?:\\s+telef[óo]nica)?|candidatur[ae]|proposta\\s+de\\s+(?:emprego|contrata[çc][ãa]o)|processo(?:\\s+de\\s+recrutamento|\\s+seletivo)?|pr[óo]xima\\s+etapa|conversa(?:\\s+t[ée]cnica)?',
  'wd before': 'este|pr[óo]xim[oa]|n[ae]\\s+pr[óo]xima|esta',
  'wd after': 'que\\s+vem|da\\s+pr[óo]xima\\s+semana',
  'day word': 'hoje|amanh[ãa]|depois\\s+de\\s+amanh[ãa]',
  'all times': 'todos\\s+os\\s+hor[áa]rios(?:\\s+(?:em|no))?',
  'zone of':
    "^(?:hora|hor[áa]rio|heure|zeit|tijd|ortszeit)\\s+(?:oficial\\s+|normale\\s+|avanc[ée]e\\s+|est[áa]ndar\\s+|padr[ãa]o\\s+)?(?:de\\s+|del\\s+|d['’]|van\\s+|du\\s+|des\\s+)?(?:la\\s+|el\\s+|l['’])?",
  field: 'cargo|vaga|fun[çc][ãa]o|categoria',
  event: 'entrevista',
  'trail noun': 'vaga|cargo|posi[çc][ãa]o',
};
