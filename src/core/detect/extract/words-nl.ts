/** The extractor's nl words, by the pattern they join (./words.ts). */
import type { Words } from './words';

export const WORDS: Words = {
  generic: 'retour|terugkoppeling|wij|klant|kunde|uitnodiging|sollicitatie\\w*',
  func: 'p&o|personeel|sollicitaties?',
  lead: 'werken',
  unit: 'afdeling',
  leadjoin: 'bij',
  intermediary: 'meu|mijn|onze|mein\\w*',
  pronounlead: 'jouw|onze|geachte',
  ordinalnoun: 'fase|vez',
  orgword: 'gemeente|werkenbij',
  companyword: 'groep|gemeente',
  rolehead:
    'ing[ée]nieur|ontwikkelaar|directeur|leider|verpleegkundige|docent|boekhouder|werker|verantwoordelijke|monteur|verkoper|verkoopster|referent|kok|helpende|verzorgende|stagiair|advocaat|kracht|vuller|deskundig',
  titleword: 'adviseur|p&o|teamleider|zaakvoerder|eigenaar|directeur',
  recruitertitle: 'p&o',
  managertitle: 'teamleider|zaakvoerder|directeur',
  agency: 'uitzend\\w*',
  calendar: 'kalender',
  greeting: 'geachte|goede\\p{L}*',
  honorific: 'drs|mevr',
  disclaimer: 'dit (?:bericht|e-?mailbericht)',
  doubt: 'als\\s+(?:je|u|we)|indien|mocht|wanneer|misschien|mogelijk|nodig',
  negation: 'niet|geen',
  stop: 'bij|vandaag|wordt|worden|aanbieden|loopt|ziet|sluit|salaris|vanaf',
  notrole: 'wij',
  grade: 'groep',
  refword: 'vacaturenummer',
  interviewcue: 'toets|\\p{L}*gespr(?:[äa]ch|ek)|(?:meeloop|proef)dag|kennismak\\w*',
  deadline: 'bevestig|reageer|laat',
  duration: "ongeveer|zo['’]n|duur",
};
