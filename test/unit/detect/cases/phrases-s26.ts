/**
 * Phrases the rules lacked, found in new writers' mail (session 26): "we have not been able to offer
 * you a place" declines as "not able to offer" does; an appointment order says the reader "is hereby
 * appointed"; a friend's "rate mal, wer …" (German "guess who") is chat, not the English pay word
 * "rate", and "hab heut den Anruf gekriegt" is the writer's own news. An employer's joy that the reader
 * accepted speaks against a job kind (it is onboarding mail) only as an acknowledgement: an offer
 * withdrawn in the same email is a rejection. Emails written for this test, none taken from a
 * corpus.
 */
import type { CaseGroup } from './kind-case';

export const SENDER = 'Early Careers <earlycareers@marula-foods.example>';
export const DATE = '2026-03-10T08:30:00+00:00';

export const GROUPS: CaseGroup[] = [
  {
    title: 'job phrases the rules lacked',
    cases: [
      {
        name: '"have not been able to offer you a place" is a rejection',
        kind: 'rejection',
        subject: 'Marula Foods Graduate Programme',
        body: `Dear Thabo

Thank you for the time you gave our selection process. We have not been able to offer you a place on this year's programme.

Warm regards
Marula Foods Early Careers`,
      },
      {
        name: '"is hereby appointed as" is an offer',
        kind: 'offer',
        subject: 'Appointment order No. 2026/114',
        from: 'Establishment Section <establishment@kerala-ports.example>',
        body: `Sub: Appointment of Office Attendant

Sri. Arjun P., having been advised by the Commission, is hereby appointed as Office Attendant in the scale of pay Rs. 23,000 - 50,200 and shall report for duty within 30 days of this order.

Section Officer
Establishment Section`,
      },
      {
        name: 'an offer withdrawn after "I was so glad you accepted" is a rejection',
        kind: 'rejection',
        subject: 'Receptionist job - bad news',
        from: 'Dr Maeve Daly <maeve@dalyvets.example>',
        body: `Ciara,

We offered you the receptionist job on Monday and I was so glad you accepted. Since then the group that owns the practice has frozen all hiring until next year, so I have to withdraw the offer. I am truly sorry.

Maeve`,
      },
    ],
  },
  {
    title: "a friend's own new job stays other, by the rules alone",
    rulesAlone: true,
    cases: [
      {
        name: 'German: "rate mal", the call and the contract are the writer\'s',
        kind: 'other',
        subject: 'rate mal',
        from: 'Lena <lena.b@web.example>',
        body: `rate mal wer ab April in der Stadtbibliothek arbeitet 😄
hab grad den Anruf gekriegt, Vertrag kommt nächste Woche!
Freitag anstoßen? lg Lena`,
      },
    ],
  },
];
