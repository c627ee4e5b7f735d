/**
 * Breadth round zg: small employers and informal hirers who write ordinary email (a farm, a
 * harvest crew, a bakery, a family business, a tradesman) rather than hiring mail. They give a job
 * by fitting the reader "on the crew", by "bringing you in as" the bookkeeper or by wanting the
 * reader "to come on board"; they say no with "the van job's filled" or take a job back once
 * given ("I have to take back the spot"). Against a job kind: a friend asking "how was your
 * interview", the employer pleased "you said yes" over first-shift details (onboarding, not an offer),
 * and a local paper that wants "to do a feature on" a shop. In other languages: Dutch thanks for a
 * trial afternoon ("dank je dat je kwam meedraaien") before an offer, a Dutch mail to volunteers, a
 * German supplier's price quote ("unser Angebot", "Lieferung", "Mindestbestellwert"), Spanish
 * "venir … para conocernos" a few words apart, "no podremos contar contigo" and "hemos encontrado
 * una persona". Each case is written for this test in its own words, none taken from a corpus; each
 * fails without the rule named in the comment above it, except the guards, which show what must
 * stay as it is.
 */
import type { CaseGroup } from './kind-case';

export const SENDER = 'Rhona Kerr <rhona@kerrsfarm.example>';
export const DATE = '2026-08-12T09:00:00+00:00';

export const GROUPS: CaseGroup[] = [
  {
    title: 'small employers giving a job in plain words',
    cases: [
      // o5k fit|like|love|need|want u|you on _1 our|the _2 crew|roster|squad|staff|team
      {
        name: '"we can fit you on the harvest crew" with a rate',
        kind: 'offer',
        subject: 'Harvest',
        body: 'Hi Owen,\n\nGood news, we can fit you on the harvest crew this year. It is £12.80 an hour, long days when the weather holds. Let me know you are still up for it.\n\nRhona',
      },
      // o5k bring|put|take you in|on aboard|as|board ("in" is new)
      {
        name: '"we\'d like to bring you in as our bookkeeper"',
        kind: 'offer',
        subject: 'The books',
        body: "Hi Owen,\n\nThanks for sorting out last year's receipts so quickly. We'd like to bring you in as our bookkeeper, two afternoons a month, on the rate you quoted.\n\nRhona",
      },
      // guard: brought in as a guest stays other
      {
        name: 'guard: "I can bring you in as our guest" at a members\' club stays other',
        kind: 'other',
        subject: 'Friday',
        from: 'Isla <isla.moyes@mail.example>',
        body: 'Hey Owen, the quiz night at the bowling club is members only, but I can bring you in as our guest. Starts at 8, see you there!',
      },
      // o3 like|love|want you _1 to? come|join|start|stay _2 aboard|as|board ("aboard|board" are new)
      {
        name: '"we\'d love you to come on board" with a wage',
        kind: 'offer',
        subject: 'The shop',
        from: 'Niamh Doyle <niamh@doylesbakery.example>',
        body: "Hi Owen,\n\nWe'd love you to come on board at the bakery. Weekends to begin with, £11.90 an hour.\n\nNiamh",
      },
    ],
  },
  {
    title: 'small employers saying no in plain words',
    cases: [
      // r4 gig|job|job's|position|position's|role|role's|spot|spot's has? _1 filled|gone|taken ("filled" is new)
      {
        name: '"the van job\'s filled as of yesterday"',
        kind: 'rejection',
        subject: 'driver',
        from: 'Alf Turner <alf@turnerhaulage.example>',
        body: "Owen, the van job's filled as of yesterday, mate. Alf",
      },
      // guard: a tank that is filled says nothing about a job
      {
        name: 'guard: "the water tank\'s filled" stays other',
        kind: 'other',
        subject: 'tank',
        body: "Owen, the water tank's filled, so the sheep are fine till Friday. Thanks for the help with the fence.",
      },
      // r5k take|taking back _4 $pos|offer
      {
        name: '"I have to take back the packing shed place I gave you"',
        kind: 'rejection',
        subject: 'Sorry',
        body: 'Hi Owen,\n\nThe frost has wrecked most of the early crop and I have to take back the packing shed place I gave you. I feel terrible about it.\n\nRhona',
      },
      // guard: taking back words says nothing about a job
      {
        name: 'guard: "I take back what I said about your band" stays other',
        kind: 'other',
        subject: 'last night',
        from: 'Isla <isla.moyes@mail.example>',
        body: 'OK I take back what I said about your band, the second set was brilliant. Same again next month?',
      },
    ],
  },
  {
    title: 'job words that are not a job kind for the reader',
    cases: [
      // x4 how did|was _3 interview*|trial _1 go|going|went? (the last word is now optional)
      {
        name: 'a friend asking "how was your interview" after her own trial shift',
        kind: 'other',
        subject: 'today!!',
        from: 'Isla <isla.moyes@mail.example>',
        body: 'Owen!! Did a trial shift at the noodle bar today and burnt my hand twice. How was your interview at the garden centre? Call me later x',
      },
      // x4 $happy you|you're _2 aboard|accepted|accepting|joining|yes ("pleased" and "yes" are new)
      {
        name: 'the employer pleased "you said yes", then first-shift details, stays other',
        kind: 'other',
        subject: 'Re: Thursday',
        from: 'Niamh Doyle <niamh@doylesbakery.example>',
        body: 'Hi Owen,\n\nSo pleased you said yes to the job! Your first shift is Thursday at 7am, with me, so I can show you the ovens. Bring your bank details and a P45 if you have one.\n\nSee you Thursday!\nNiamh',
      },
      // x4 do|doing|writing a|an _2 article|feature|piece|story about|for|on ("do" and "feature" are new)
      {
        name: 'a reporter who wants to do a feature on a shop, with an interview request, stays other',
        kind: 'other',
        subject: 'Interview request - 30 years of the bakery',
        from: 'Fern Ashby <fern.ashby@valleyecho.example>',
        to: 'Niamh Doyle <niamh@doylesbakery.example>',
        body: 'Hi Niamh,\n\nI am a reporter at the Valley Echo. We would love to do a feature on the bakery for its thirtieth year. Would you be up for a short interview at the shop next week? It would take about half an hour, and a photographer would come along.\n\nFern',
      },
    ],
  },
  {
    title: 'small employers writing in other languages',
    cases: [
      // nl i-3 bedankt|dank _8 meedraaien|meelopen
      {
        name: 'nl: thanks for the trial morning, then "we willen je graag aannemen"',
        kind: 'offer',
        subject: 'Monteur bij ons',
        from: 'Wim Bakker <wim@bakkerscooters.example>',
        body: 'Hoi Fleur,\n\nDank je dat je vrijdag een ochtend kwam meedraaien in de werkplaats. Je had die scooter sneller aan de praat dan ik.\n\nWe willen je graag aannemen als monteur, 24 uur per week.\n\nLaat je weten of je het doet?\n\nWim',
      },
      // nl x3 vrijwilliger*
      {
        name: 'nl: a planning mail to volunteers that mentions an intake talk stays other',
        kind: 'other',
        subject: 'Planning kledingbank april',
        from: 'Kledingbank Zwolle <planning@kledingbankzwolle.example>',
        body: 'Beste vrijwilligers,\n\nHierbij de planning voor de uitdeelmiddagen in april.\n\nWoensdag 2 april: Joke, Ahmed, Sanne\nWoensdag 9 april: Ton, Ahmed, Marieke\n\nKun je een keer niet? Ruil dan onderling. Wie nieuw is, krijgt eerst een kennismakingsgesprek met de coördinator.\n\nGroet, Els',
      },
      // guard: a real intake invitation stays an interview
      {
        name: 'nl: an invitation to a kennismakingsgesprek for a paid job stays interview',
        kind: 'interview',
        subject: 'Uitnodiging kennismakingsgesprek',
        from: 'Els Vos <els@fietsverhuur-vos.example>',
        body: 'Hoi Fleur,\n\nLeuk dat je hebt gereageerd op de vacature. Kom je donderdag 6 maart om 14:00 langs voor een kennismakingsgesprek?\n\nGroet, Els',
      },
      // de x2 lieferung|mindestbestellwert|mwst
      {
        name: 'de: a supplier\'s price quote ("unser Angebot", delivery, minimum order) stays other',
        kind: 'other',
        subject: 'Angebot Kaffee für Ihr Café',
        from: 'Petra Lang <p.lang@roesterei-lang.example>',
        body: 'Guten Tag Frau Brandt,\n\ndanke für das Gespräch gestern. Anbei unser Angebot für Ihr Café:\n\n- Espresso-Mischung, 1 kg: 21,40 €\n- Filterkaffee, 1 kg: 17,90 €\n- Leihmühle: kostenlos ab 10 kg im Monat\n\nLieferung jeden Montag, Mindestbestellwert 80 €.\n\nMit freundlichen Grüßen\nPetra Lang',
      },
      // es i3 acercarte|acercarse|pasar|venir _8 charlar|conocernos|conversar|hablar (gap was 3)
      {
        name: 'es: "¿te animas a venir esta semana por la tarde para conocernos?"',
        kind: 'interview',
        subject: 'Dependiente de fin de semana',
        from: 'Rosa Vidal <rosa@floristeriavidal.example>',
        body: 'Hola Irene:\n\nGracias por el currículum. Me gustaría que vinieras a la tienda, ¿te animas a venir esta semana por la tarde para conocernos un poco?\n\nRosa',
      },
      // es r5 no _3 contamos|contar|contaremos contigo
      {
        name: 'es: "esta temporada no podremos contar contigo"',
        kind: 'rejection',
        subject: 'Monitor de campamento',
        from: 'Campamentos Sierra Alta <info@sierraalta.example>',
        body: 'Hola Óscar:\n\nGracias por venir a la reunión del sábado. Lo hemos estado hablando y esta temporada no podremos contar contigo para el puesto de monitor: buscamos gente con el título de socorrismo.\n\nSuerte,\nMarisa',
      },
      // es r4 encontrado|encontramos a? _1 otra|una _1 candidata|candidato|perfil|persona
      {
        name: 'es: "ya hemos encontrado una persona para toda la temporada"',
        kind: 'rejection',
        subject: 'Camarero/a de terraza',
        from: 'Bar La Plaza <bar@laplaza.example>',
        body: 'Hola Nerea:\n\nGracias por pasarte con el currículum. Para el puesto de camarera de terraza ya hemos encontrado una persona para toda la temporada.\n\nSi en septiembre necesitamos a alguien te llamo.\n\nPaco',
      },
      // guard: a friend counting on the reader for a dinner stays other
      {
        name: 'es: a friend asking whether to count on the reader for a dinner stays other',
        kind: 'other',
        subject: 'cena del viernes',
        from: 'Bea <bea.marin@mail.example>',
        body: 'Hola guapa, ¿contamos contigo para la cena del viernes? Si no puedes dímelo y cambio la reserva. Besos',
      },
    ],
  },
];
