/** The extractor's pt words, by the pattern they join (./words.ts). */
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
    'engenheir[oa]|desenvolvedor|gerente|gestor|diretor|analista|enfermei?r[oa]|docent|est[áa]gio|estagi[áa]ri[oa]|auxiliar|consultor|jur[íi]dic|vendedor|referent|motorista|m[ée]dico|advogad[oa]|soldador|mec[âá]nic',
  titleword: 'recrutamento|analista|gerente|coordenador\\w*|recursos\\s+humanos|diretor\\w*',
  recruitertitle: 'recrut\\w*|recursos\\s+humanos',
  managertitle: 'diretor\\w*|gerente',
  agency: 'selecci[óo]n',
  greeting: 'prezad[oa]',
  team: 'recrutamento|gente|[ée]quipe',
  honorific: 'doutor|doutora',
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
};
