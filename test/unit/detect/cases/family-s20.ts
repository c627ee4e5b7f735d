/**
 * A relative's word ("mum", "my dad", "mi hermana") counts against a job kind, because a parent's or
 * a sibling's mail is mostly family news; but a relative also relays an offer from the family firm
 * or from their boss. At their old weights (3 for the word, 4 for Spanish "mi hermana"), one such
 * word outweighed the offer itself; the look-alikes keep family news "other". The Spanish case fails
 * at the old weight; the English one no longer does once the regression has been trained on it (the
 * weight is still what decides six training emails of that kind). Emails written for this test, none
 * taken from a corpus.
 */
import type { CaseGroup } from './kind-case';

export const SENDER = 'Nico Ferri <nico.ferri@mail.example>';
export const DATE = '2026-03-10T08:30:00+00:00';

export const GROUPS: CaseGroup[] = [
  {
    title: 'an offer relayed by a relative, or made with one',
    cases: [
      // x2 dad|mom|mum|sis|mama|maman|mamae|papa|papai (rules.ts; was x3)
      {
        name: 'a friend’s father will take the reader on at his garage',
        kind: 'offer',
        subject: 'hi',
        body: 'my dad says you can start on monday at the garage, 8am sharp, wear boots. Nico',
      },
      // x3 mi|mis _1 hermana|hermano|… (rules-es; was x4)
      {
        name: 'Spanish: a farmer and her sister want the reader for the grape harvest',
        kind: 'offer',
        subject: 'vendimia',
        body: 'Hola Iker, hablé con mi hermana y te queremos para la vendimia, dos semanas desde el lunes a 10 € la hora. Avísame. Pili',
      },
    ],
  },
  {
    title: 'family news stays other',
    cases: [
      {
        name: 'look-alike: a mother asks how the interview went',
        kind: 'other',
        subject: 'tonight',
        body: 'hi sweetie, how did the interview go? call me tonight. love, mom',
      },
      {
        name: 'look-alike: Spanish, a sister starts her new job on Monday',
        kind: 'other',
        subject: 'cena',
        body: 'Mi hermana empieza en su trabajo nuevo el lunes, ¿vienes a la cena del sábado? Pili',
      },
    ],
  },
];
