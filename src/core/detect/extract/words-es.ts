/** The extractor's es words, by the pattern they join (./words.ts). */
import type { Words } from './words';

export const WORDS: Words = {
  generic: 'respuesta|nosotros|cliente|oferta|convocat\\w+',
  func: 'personas|rrhh|drh|recursos|humanos?|humana',
  lead: 'direc(?:ci[óo]n|[çc][ãa]o)|gabinete|coordinaci[óo]n|servicio',
  unit: 'departamento',
  area: 'gente|humana',
  street: 'av\\.',
  ordinalnoun: 'etapa|fase|vez',
  orgword: 'reclutamiento|ayuntamiento|munic[íi]pio|recursos|humanos|gente|talentos',
  companyword: 'grupo|universidad|universidade|banco|instituto|laboratori\\w*|cooperativa|log[íi]stica|distribuidora',
  rolehead:
    'ingenier[oa]|desarrollador|dise[ñn]ador|gerente|gestor|jefa|analista|enfermei?r[oa]|docent|profesor|asistente|auxiliar|contable|consultor|higienista|vendedor|dependient|carretiller|camarer|mozo|m[ée]dico|mec[âá]nic|becari|cajer|ayudante|asesor|encargad',
  titleword: 'reclutamiento|analista|gerente|recursos\\s+humanos|rrhh',
  recruitertitle: 'rrhh|recursos\\s+humanos',
  managertitle: 'gerente',
  agency: 'selecci[óo]n',
  calendar: 'calendario',
  greeting: 'estimad[oa]',
  team: 'reclutamiento|gente|rrhh',
  honorific: 'mx',
  notname: 'talentos|ger[êe]ncia|direcci[óo]n|departamento|recursos',
  disclaimer: 'enviado desde',
  doubt: 'cuando|caso',
  stop: 'hoy|ma[ñn]ana|qued[oó]|sal[áa]rio|desde|ahí',
  notrole: 'nosotros',
  refword: 'refer[êe]ncia',
  interviewcue: 'nos\\s+vemos',
  duration: 'cerca\\s+de|aproximadamente',
  bound: '(?:antes|despu[ée]s|depois)\\s+d\\w*(?:\\s+las?)?',
};
