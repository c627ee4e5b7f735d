/**
 * A Dutch or Flemish employer who withdraws an agreed job ("ik moet mijn aanbod intrekken") rescinds an offer: a
 * rejection, as "rescind the offer" is in English (rules-en). "Je zou beginnen als poetshulp" names the job the reader
 * would start as: job context, without which the rejection cues of a note count for little (engine.ts, NO_CONTEXT). The
 * look-alike withdraws an offer on a house. Emails written for this test, none taken from a corpus.
 */
import type { CaseGroup } from './kind-case';

export const SENDER = 'Greet Peeters <greet@schoonmaak-peeters.example>';
export const DATE = '2026-08-20T09:15:00+02:00';

export const GROUPS: CaseGroup[] = [
  {
    title: 'an agreed job withdrawn is a rejection',
    cases: [
      // r5k aanbod|jobaanbod _4 ingetrokken|intrekken|terugtrekken|teruggetrokken, j1 beginnen|begint|starten|start als (rules-nl)
      {
        name: 'Flemish: a cleaning firm can no longer give the promised hours and withdraws its offer',
        kind: 'rejection',
        subject: 'vervelend nieuws',
        body: 'Dag Ilse,\n\nIk heb helaas vervelend nieuws. Ge zou in oktober beginnen als huishoudhulp bij twee gezinnen in Lier, maar beide gezinnen zijn verhuisd. Ik moet mijn aanbod daarom intrekken, dat spijt me oprecht.\n\nZodra er nieuwe klanten zijn, bel ik u als eerste.\n\nGroetjes,\nGreet',
      },
    ],
  },
  {
    title: 'an offer on a house withdrawn is other',
    cases: [
      {
        name: 'look-alike: Dutch, the buyers withdraw their offer on the flat',
        kind: 'other',
        from: 'Makelaardij Van Dam <info@vandam-makelaars.example>',
        subject: 'Appartement Kerkstraat',
        body: 'Beste meneer Jansen,\n\nHelaas hebben de kopers hun bod op uw appartement aan de Kerkstraat ingetrokken, omdat hun hypotheek niet rond kwam. We zetten de woning morgen weer online.\n\nMet vriendelijke groet,\nMakelaardij Van Dam',
      },
    ],
  },
];
