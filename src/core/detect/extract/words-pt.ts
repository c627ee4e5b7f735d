/** The extractor's pt words, by the pattern they join or the slot they fill (./words.ts). */
import type { Words } from './words';

export const WORDS: Words = {
  generic: 'resposta|nós|cliente|oferta',
  func: 'recrut\\w*|atra[çc][ãa]o|pessoas|drh|recursos|humanos?|est[áa]gio|[ée]quipe|vagas',
  lead: 'direc(?:ci[óo]n|[çc][ãa]o)|gabinete|coordena[çc][ãa]o|setor',
  unit: 'departamento|pedag[óo]gica',
  area: 'gente|gest[ãa]o',
  street: 'avenida|av\\.',
  intermediary: 'meu|nosso',
  pronounlead: 'noss[ao]',
  ordinalnoun: 'etapa|fase|rodada|vez|reuni[ãa]o|feira\\s+de',
  orgword: 'recrutamento|vagas|munic[íi]pio|prefeitura|recursos|humanos|gente|gest[ãa]o|talentos|[ée]quipe',
  companyword:
    'grupo|universidad|universidade|banco|instituto|cooperativa|log[íi]stica|tecnologia|distribuidora|construtora',
  rolehead:
    'padeir|funcion[áa]rio|engenheir[oa]|desenvolvedor|gerente|gestor|diretor|analista|enfermei?r[oa]|docent|est[áa]gio|estagi[áa]ri[oa]|auxiliar|consultor|jur[íi]dic|vendedor|referent|motorista|m[ée]dico|advogad[oa]|soldador|mec[âá]nic',
  titleword: 'recrutamento|analista|gerente|coordenador\\w*|recursos\\s+humanos|diretor\\w*',
  recruitertitle: 'recrut\\w*|recursos\\s+humanos',
  managertitle: 'diretor\\w*|gerente',
  agency: 'selecci[óo]n',
  greeting: 'prezad[oa]',
  team: 'recrutamento|gente|[ée]quipe',
  honorific: 'engª|doutor|doutora',
  notname: '[ée]quipe|talentos|ger[êe]ncia|direc[çc][ãa]o|dire[çc][ãa]o|gest[ãa]o|departamento|recursos',
  disclaimer: 'esta mensagem',
  doubt: 'quand|caso|quando',
  negation: 'não',
  stop: 'hoje|amanh[ãa]|foi|sal[áa]rio|desde',
  notrole: 'nós|você',
  refword: 'refer[êe]ncia',
  interviewcue: 'convite|bate-papo|din[âa]mica\\s+de\\s+grupo',
  duration: 'cerca\\s+de',
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
    '\\b(?:(?:puesto|plaza|cargo|posi(?:ci[óo]n|[çc][ãa]o)|fun[çc][ãa]o)\\s+de|vacante(?:\\s+de)?|vaga(?:\\s+(?:de|para))?|functie(?:\\s+(?:van|als))?|vacature(?:\\s+(?:van|voor))?|rol\\s+van)\\s+',
  'at es pt': '\\b(?:en|unirte\\s+a|de\\s+parte\\s+de|con|na|no|pela|pelo|junto\\s+(?:à|ao))\\s+(?:la\\s+|el\\s+)?',
  closing: 'valeu',
  'subject noise':
    'oferta(?:\\s+de)?|entrevista(?:\\s+telef[óo]nica)?|candidatur[ae]|proposta\\s+de\\s+(?:emprego|contrata[çc][ãa]o)|processo(?:\\s+de\\s+recrutamento|\\s+seletivo)?|pr[óo]xima\\s+etapa',
};
