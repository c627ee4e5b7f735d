/** The extractor's de words, by the pattern they join (./words.ts). */
import type { Words } from './words';

export const WORDS: Words = {
  generic: 'retour|r[üu]ckmeldung|kunde|[a-zäöü]*angebot|einladung|bewerbung',
  func: '\\p{L}+management|karriere|ausbildung',
  lead: 'magistrat|sekretariat|werken',
  area: 'gente',
  intermediary: 'onze|unser\\w*|mein\\w*',
  pronounlead: 'deine?|unsere?|onze',
  ordinalnoun: 'fase',
  orgword: 'karriere|sekretariat|gemeinde|stadt|b[äa]ckerei|gente',
  companyword: 'schule|klinikum|stadt|gasthaus|gasthof|\\w*residenz|logistik',
  rolehead:
    'ing[ée]nieur|entwickler|leiter|leider|pflege|lehrer|lehrperson|praktikant|techniker|elektroniker|mechatroniker|berater|disponent|leitung|konstrukteur|supporter|k[oö]ch(?:in)?\\b|verk[äa]ufer|mitarbeiter|sachbearbeit|referent|fachangestellte|kaufmann|kauffrau|erzieher|arzt|rektor|geselle|tischler|b[äa]cker|friseu|kraft',
  titleword: 'rektor|teamleiter|leiter\\w*|inhaber\\w*|gesch[äa]ftsf[üu]hrer\\w*',
  managertitle: 'rektor|leiter\\w*|gesch[äa]ftsf[üu]hrer\\w*',
  agency: 'personaldienst\\w*|personalberatung',
  calendar: 'kalender',
  greeting: 'guten',
  team: '\\w*leitung|gente|sekretariat',
  honorific: 'mx',
  notname: 'sekretariat|p\\.s|dein|deine',
  disclaimer: 'dies ist|von meinem',
  doubt: 'wenn|sollten?|vielleicht|möglicherweise|als\\s+(?:je|u|we)|mocht',
  negation: 'kein\\w*',
  stop: 'heute|worden',
  grade: 'klasse?',
  refword: 'kennziffer|referenz',
  interviewcue: 'schnupper\\w*|\\p{L}*gespr(?:[äa]ch|ek)|kennenlern\\w*|probe(?:arbeit|tag)\\w*|hospitation',
  deadline: 'best[äa]tig|zur[üu]ck',
  duration: 'etwa|ungef[äa]hr',
};
