/** The extractor's fr words, by the pattern they join (./words.ts). */
import type { Words } from './words';

export const WORDS: Words = {
  generic: 'retour|cliente|offre|entretien|convocat\\w+',
  func: 'recrut\\w*|drh|ressources|humaines|[ée]quipe',
  unit: 'd[ée]partement',
  area: 'gente',
  leadjoin: 'chez',
  street: 'étage|etage',
  intermediary: 'meu',
  ordinalnoun: 'vez',
  orgword: 'recrutement|commune|mairie|ressources|humaines|gente|[ée]quipe',
  companyword: 'groupe',
  rolehead:
    'ing[ée]nieur|d[ée]veloppeu(?:r|se)|gestionnaire|directeur|infirmi[èe]re?|technicien|comptable|contr[ôo]leu(?:r|se)|juriste|journalist|vendeu(?:r|se)|stagiair|m[ée]decin|avocat|boulang|coiffeu|soudeu|m[ée]cani[cq]|logisticien|cariste|serveu|conducteu',
  titleword: 'recrutement|directeur',
  recruitertitle: 'recrut\\w*|ressources\\s+humaines',
  managertitle: 'directeur',
  calendar: 'calendrier',
  team: 'recrutement|gente|[ée]quipe',
  honorific: 'ma[îi]tre',
  notname: '[ée]quipe',
  disclaimer: 'envoy[ée] de',
  doubt: "s['’]il|quand",
  stop: "chez|demain|aujourd['’]hui|foi|salaire",
  interviewcue: '[ée]preuve|passer\\s+(?:à|au|nous)|se\\s+voit|entretien|rendez-vous|rdv',
  duration: "durée\\s+(?:de|d['’])|d['’]environ",
  bound: 'avant|apr[èe]s',
};
