/** The extractor's pt words, by the pattern they join or the slot they fill (./words.ts). */
import type { Words } from './words';

export const WORDS: Words = {
  'title lead': 'o|os|a|um|uma|sua|seu|tu|noss[oa]|nov[oa]',
  'link stop': 'o|os|a|um|uma|sua|seu|tu|eu|noss[oa]s?|nos|vos|ele|ela|voc[êe]',
  footer: 'convite\\s+do',
  generic:
    'resposta|proposta|oportunidade|nós|cliente|oferta|sua|entrevista|firma|eu|confirmado|atualizado|cancelado|reagendado',
  func: 'recrut\\w*|atra[çc][ãa]o|pessoas|drh|recursos|humanos?|est[áa]gio|[ée]quipe|vagas|gente|cultura|sele[çc][ãa]o|rh|talentos?',
  lead: 'direc(?:ci[óo]n|[çc][ãa]o)|gabinete|coordena[çc][ãa]o|setor|secretar[íi]a',
  unit: 'departamento|pedag[óo]gica|programas?',
  area: 'gente|gest[ãa]o|dos|das|e',
  leadjoin: 'de|da|do|e',
  street: 'avenida|av\\.|rua|andar',
  client: 'meu|nosso|o',
  pronoun: 'noss[ao]|sua?|seu|tu|ol[áa]',
  ordinal: 'etapa|fase|rodada|vez|reuni[ãa]o|feira\\s+de',
  orgword:
    'secretar[íi]a|recrutamento|vagas|munic[íi]pio|prefeitura|recursos|humanos|gente|gest[ãa]o|talentos|[ée]quipe',
  companyword:
    'cl[íi]nica|grupo|universidade?|banco|instituto|cooperativa|log[íi]stica|tecnologia|distribuidora|construtora',
  rolehead:
    'coord[ie]nador|t[ée]cnic[oa]|opera(?:dor|rio)|padeir|atu[áa]ri|delegad[oa]|funcion[áa]rio|engenheir[oa]|desenvolvedor|gerente|gestor|diretor|analista|enfermei?r[oa]|docent|est[áa]gio|estagi[áa]ri[oa]|auxiliar|consultor|jur[íi]dic|vendedor|referent|motorista|m[ée]dico|advogad[oa]|soldador|mec[âá]nic|gar[çc]om|atendente|livreir|p[óo]s-?doc|bab[áa]|ajudante|empregad[oa]\\s+d[ea]|terapeuta\\b|arquitet[oa]\\b|farmac[êe]utic|cozinheir|secret[áa]ri[oa]|pedreir|porteir|copeir|camareir',
  titleword: 'recrutamento|analista|gerente|coordenador\\w*|recursos\\s+humanos|diretor\\w*',
  recruitertitle: 'recursos\\s+humanos',
  managertitle: 'diretor\\w*|gerente',
  agency: 'selecci[óo]n',
  greeting: 'oi|bo[ma]|prezad[oa]',
  team: 'recrutamento|gente|[ée]quipe|rh|secretar[íi]a',
  honorific: 'engª|doutora?|dona',
  notname:
    'quando|cancelar|reagendar|maternidade|prefeitura|beijinhos?|beijos?|bjs|[ée]quipe|equipa|fala|abra[çc]o|talentos|ger[êe]ncia|direc?[çc][ãa]o|gest[ãa]o|departamento|recursos',
  disclaimer: 'esta mensagem',
  doubt: 'quand|caso|quando',
  negation: 'não',
  need: 'procura(?:mos|ndo)|precis(?:ando|ar|amos)\\s+de',
  stop: 'hoje|amanh[ãa]|foi|fica|ficou|era|se|sal[áa]rio|desde|pro|pra|para|na|nos|nas|em|com|é|o|um|uma|que|est[áa]|e|j[áa]|aqu[íi]|l[áa]|te|à',
  notrole: 'nós|você|diretoria|[Ee]ntrevistas?|\\p{L}+ecer|n[úu]mero',
  refword: 'refer[êe]ncia',
  deadline: 'confirm[ae]|respond[ae]',
  duration: 'cerca\\s+de|dura(?:r[áa])?',
  bound: 'apr[èe]s|(?:antes|despu[ée]s|depois)\\s+d\\w*(?:\\s+las?)?',
  'time prep': 'às|por\\s+volta\\s+d[ae]s',
  'team line': 'time\\s+de',
  machine: 'n[aã]o-?respond[ae]',
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
  instead: 'em\\s+vez\\s+disso',
  'old time': 'marcad[ao]|previst[ao]|agendad[ao]|em\\s+vez\\s+d[eo]',
  'moved es pt':
    '(?:reprogram|aplaz|reagend|remarc|adi)(?:ar|ad[oa]s?)|mov(?:er|id[oa]s?)|cambi(?:ar|ado)\\s+la\\s+fecha',
  'post of es pt': 'postul\\w*\\s+(?:para|a)\\s|(?:ter|tener|contratar)\\s+(?:\\p{L}+\\s+){0,3}?como\\s',
  'title es pt nl':
    '\\b(?:(?:puesto|plazas?|cargo|rol|posi(?:ci[óo]n|[çc][ãa]o)|fun[çc][ãa]o|posto\\s+de\\s+trabalho|pega|chamba|curro|trampo)\\s+de|vacante(?:\\s+de)?|vaga(?:\\s+(?:é\\s+)?(?:de|para))?|lugar\\s+de|plaats\\s+(?:van|als)|(?:kandidatuur|sollicitatie|bijbaan(?:tje)?|job)\\s+als|functie(?:\\s+aan)?(?:\\s+(?:van|als))?|vacature(?:\\s+(?:van|voor))?|rol\\s+van|(?<!-)positie(?:\\s+(?:van|als))?)\\s+',
  'title casual': '\\b[Dd]e\\s+(?!entrevista)(?=\\p{Ll}+(?:er[oa]|dora?|ista|[ae]nt[ae])\\b)',
  // "Oh no Ils, I'm so sorry": an English interjection before a name, not Portuguese "no" ("no Itaú").
  'at es pt':
    '\\b(?:en|unirte\\s+a|de\\s+parte\\s+de|con|na|(?<!\\b[Oo]h\\s)no|pela|pelo|junto\\s+(?:à|ao))\\s+(?:la\\s+|el\\s+)?',
  closing: 'valeu|bjs|bj|bjo|bjos|beijo|bjus',
  'subject noise':
    'oferta(?:\\s+de)?|entrevista(?:\\s+telef[óo]nica)?|candidatur[ae]|proposta\\s+de\\s+(?:emprego|contrata[çc][ãa]o)|processo(?:\\s+de\\s+recrutamento|\\s+seletivo)?|pr[óo]xima\\s+etapa|conversa(?:\\s+t[ée]cnica)?',
  'wd before': 'este|pr[óo]xim[oa]|n[ae]\\s+pr[óo]xima|esta',
  'wd after': 'que\\s+vem|da\\s+pr[óo]xima\\s+semana',
  late: 'd[ae]\\s+(?:tarde|noite)|[àa]\\s+(?:tarde|noite)|esta\\s+(?:tarde|noite)',
  'day word': 'hoje|amanh[ãa]|depois\\s+de\\s+amanh[ãa]',
  'all times': '(?:todos\\s+os\\s+hor[áa]rios|ambos|ambas)(?:\\s+(?:em|no|na))?|fuso\\s+hor[áa]rio(?=\\s*:)',
  'zone of':
    "^(?:hora|hor[áa]rio|heure|zeit|tijd|ortszeit)\\s+(?:oficial\\s+|normale\\s+|avanc[ée]e\\s+|est[áa]ndar\\s+|padr[ãa]o\\s+|d['’][ée]t[ée]\\s+)?(?:de\\s+|del\\s+|d['’]|van\\s+|du\\s+|des\\s+)?(?:la\\s+|el\\s+|l['’])?",
  field: 'cargo|vaga|fun[çc][ãa]o|categoria',
  event: 'entrevista',
  'trail noun': 'vaga|cargo|posi[çc][ãa]o|plant[ãa]o',
  'event label': 'tipo\\s+de\\s+evento',
  'client is': 'trata-se\\s+d[ao]',
  wish: 'gostaria|decidiu',
  'answer of': 'resposta\\s+d[aoe]s?',
};
