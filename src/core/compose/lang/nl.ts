import type { ByRole, Pack } from '../types';

const DAYS = 'zondag maandag dinsdag woensdag donderdag vrijdag zaterdag'.split(' ');
const OFFER = ' voor het aanbod voor {job}[ bij {co}]';
/** U in the formal tone, je otherwise (`{u|je}`). */
const OFFER_THANKS: ByRole<string[]> = [
  [
    `Hartelijk dank${OFFER}, en voor de duidelijke begeleiding tijdens het hele proces.`,
    `Veel dank${OFFER} en voor al {uw|je} hulp onderweg.`,
  ],
  [
    `Hartelijk dank${OFFER}, en voor de tijd die {u|je} nam om mij {uw|je} team te laten zien.`,
    `Veel dank${OFFER} en voor het vertrouwen in mij.`,
  ],
  [
    `Hartelijk dank${OFFER}, en voor de tijd die {u|je} voor de gesprekken vrijmaakte.`,
    `Veel dank${OFFER} en voor de prettige, open gesprekken.`,
  ],
];

export const nl: Pack = {
  hi: ['Beste {full},', 'Beste {first},', 'Hallo {first},', 'Goedendag,'],
  bye: [['Met vriendelijke groet,'], ['Hartelijke groet,', 'Vriendelijke groet,'], ['Groet,', 'Groeten,']],
  job: (t) => (t ? `de functie van ${t}` : 'de functie'),
  day: (d, by) => `${by ? 'uiterlijk' : 'op'} ${DAYS[d]}`,
  tag: '[ – {title} bij {co}| – {title}| – {co}]',
  hl: 'Ik heb echt genoten van {hl}.',
  topic: 'Vooral ons gesprek over {topic} vond ik erg interessant.',
  ask: 'Als {u|je} even tijd hebt, zou ik feedback die mij verder helpt erg waarderen.',
  why: [
    'Ik heb een ander aanbod aangenomen dat op dit moment beter bij mijn plannen past.',
    'Ik heb besloten voorlopig in mijn huidige functie te blijven.',
    'De beslissing heeft persoonlijke redenen, en de timing is voor mij nu niet goed.',
    'Ik heb het gevoel dat de functie op dit moment niet helemaal bij mij past.',
  ],
  extra: [
    'Ik heb het erg gewaardeerd hoe duidelijk en vriendelijk {u|je} mij bij elke stap op de hoogte hield.',
    '{Uw|Jouw} kijk op de richting van het team vond ik bijzonder waardevol.',
    '{Uw|Je} doordachte vragen tijdens het gesprek heb ik erg gewaardeerd.',
  ],
  sit: {
    'decline-offer': {
      subj: 'Dank voor het aanbod{tag}',
      thank: OFFER_THANKS,
      main: [
        'Na zorgvuldige overweging heb ik besloten het aanbod niet aan te nemen.',
        'Het was geen makkelijke beslissing, maar ik heb besloten het aanbod af te slaan.',
      ],
      short: 'Ik hoop dat we contact houden.',
      end: [
        'Ik zou het fijn vinden om contact te houden, en ik hoop dat onze wegen elkaar weer kruisen.',
        'Ik hoop dat we contact houden en dat we in de toekomst de kans krijgen om samen te werken.',
        'Ik heb veel waardering voor [{co}|{uw|je} team] en hoop dat we contact houden.',
      ],
      extra: [
        null,
        'Ik heb genoten van onze gesprekken over het werk dat eraan komt, en ik heb er veel van geleerd.',
        null,
      ],
    },
    'accept-offer': {
      subj: 'Aanvaarding van het aanbod{tag}',
      thank: OFFER_THANKS,
      main: [
        'Met veel plezier neem ik het aanbod aan, en ik kijk ernaar uit om deel te worden van het team[ bij {co}].',
        'Ik neem het aanbod graag aan en heb veel zin om te beginnen[ bij {co}].',
      ],
      short: 'Ik kijk uit naar de volgende stappen.',
      end: [
        'Laat me gerust weten wat de volgende stappen zijn en wat {u|je} nog van mij nodig hebt.',
        'Ik lever graag alle documenten of gegevens aan die nog nodig zijn.',
      ],
      extra: [
        'Het hele traject verliep soepel en prettig.',
        'Ik kijk ernaar uit om met {u|jou} en het team samen te werken.',
        'Ik kijk uit naar de samenwerking.',
      ],
    },
    'undecided-offer': {
      subj: 'Dank voor het aanbod{tag}',
      thank: OFFER_THANKS,
      main: [
        'Ik wil graag even de tijd nemen om het zorgvuldig te overwegen, en ik laat {u|je} [{by}|in de komende dagen] weten wat ik besluit.',
        'Voordat ik een beslissing neem, wil ik er graag een paar dagen over nadenken; {u hoort|je hoort} [{by}|voor het einde van de week] van mij.',
      ],
      short: 'Als {u|je} eerder een antwoord nodig hebt, laat het me gerust weten.',
      end: [
        'Als {u|je} eerder een antwoord nodig hebt, laat het me dan gerust weten.',
        'Als er aan {uw|jouw} kant een deadline is, hoor ik dat graag.',
      ],
    },
    'after-rejection': {
      subj: 'Dank voor {uw|je} bericht{tag}',
      thank: [
        [
          'Hartelijk dank voor {uw|je} bericht en voor de fijne begeleiding tijdens het proces[ bij {co}].',
          'Veel dank voor {uw|je} terugkoppeling en de zorgvuldige begeleiding van mijn sollicitatie voor {job}.',
        ],
        [
          'Hartelijk dank voor {uw|je} bericht en voor de tijd die {u|je} nam om mij {uw|je} team[ bij {co}] te laten zien.',
          'Veel dank voor {uw|je} terugkoppeling en voor ons gesprek over {job}[ bij {co}].',
        ],
        [
          'Hartelijk dank voor {uw|je} bericht en voor de tijd die {u|je} in de gesprekken[ bij {co}] voor mij vrijmaakte.',
          'Veel dank voor {uw|je} terugkoppeling en voor het prettige gesprek over {job}.',
        ],
      ],
      main: [
        'Hoewel ik op een andere uitkomst had gehoopt, heb ik veel geleerd over [{co}|{uw|je} team], en ik respecteer {uw|je} beslissing.',
        'Ik begrijp {uw|je} beslissing en ben blij dat ik [{co}|{uw|je} team] beter heb leren kennen.',
      ],
      short: 'Ik hoop dat {u|je} in de toekomst aan mij denkt; ik houd graag contact.',
      end: [
        'Ik zou het fijn vinden om in aanmerking te komen voor toekomstige vacatures, en ik houd graag contact.',
        'Ik hoop dat {u|je} aan mij denkt bij toekomstige functies[ bij {co}]; ik houd graag contact.',
      ],
    },
    'after-interview': {
      subj: 'Dank voor het gesprek{tag}',
      thank: [
        [
          'Hartelijk dank voor het organiseren van mijn sollicitatiegesprek voor {job}[ bij {co}][ {day}], en voor de fijne begeleiding.',
          'Veel dank voor de soepele planning van mijn gesprek voor {job}[ bij {co}].',
        ],
        [
          'Hartelijk dank voor ons gesprek[ {day}] over {job}[ bij {co}] en de plannen van {uw|je} team.',
          'Veel dank dat {u|je}[ {day}] de tijd nam om mij {uw|je} team en {job}[ bij {co}] voor te stellen.',
        ],
        [
          'Hartelijk dank dat {u|je}[ {day}] de tijd nam om met mij te praten over {job}[ bij {co}].',
          'Veel dank voor het gesprek[ {day}] over {job}[ bij {co}] en voor {uw|je} doordachte vragen.',
        ],
      ],
      main: [
        '{Het gesprek heeft mijn interesse in de functie verder versterkt.|Na het gesprek heb ik nog meer zin om deel uit te maken van het team.}',
        'Het gesprek heeft bevestigd dat ik graag wil bijdragen aan de plannen van het team.',
      ],
      short: 'Ik kijk uit naar {uw|je} reactie.',
      end: [
        'Als {u|je} nog informatie van mij nodig hebt, laat het me gerust weten. Ik kijk uit naar {uw|je} reactie.',
        'Voor vragen ben ik uiteraard beschikbaar, en ik kijk uit naar de volgende stappen.',
      ],
      extra: [null, null, 'Het was een genoegen om {u|je} te ontmoeten.'],
    },
    withdraw: {
      subj: 'Intrekking van mijn sollicitatie{tag}',
      thank: [
        [
          'Hartelijk dank dat {u|je} mij in overweging nam voor {job}[ bij {co}], en voor {uw|je} hulp tijdens het hele proces.',
          'Veel dank voor {uw|je} steun en de heldere communicatie tijdens het proces voor {job}[ bij {co}].',
        ],
        [
          'Hartelijk dank dat {u|je} mij in overweging nam voor {job}[ bij {co}], en voor de tijd die {u|je} nam om mij {uw|je} team te laten zien.',
          'Veel dank voor {uw|je} tijd en voor de gesprekken over {job}[ bij {co}] en de plannen van {uw|je} team.',
        ],
        [
          'Hartelijk dank dat {u|je} mij in overweging nam voor {job}[ bij {co}], en voor de tijd die {u|je} in het gesprek voor mij vrijmaakte.',
          'Veel dank voor {uw|je} tijd en voor ons gesprek over {job}[ bij {co}].',
        ],
      ],
      main: [
        'Met dit bericht laat ik {u|je} weten dat ik mijn sollicitatie wil intrekken.',
        'Na zorgvuldige overweging heb ik besloten mijn sollicitatie in te trekken.',
      ],
      short: 'Ik hoop dat onze wegen elkaar weer kruisen.',
      end: [
        'Ik heb veel waardering voor [{co}|{uw|je} team] en hoop dat onze wegen elkaar weer kruisen.',
        'Ik houd graag contact en hoop dat we in de toekomst de kans krijgen om samen te werken.',
      ],
    },
    'keep-in-touch': {
      subj: 'Even bijpraten[ – {co}]',
      thank: [
        [
          'Ik hoop dat het goed met {u|je} gaat. Ik wil {u|je} nogmaals bedanken voor {uw|je} hulp tijdens het proces voor {job}[ bij {co}], een paar maanden geleden.',
        ],
        [
          'Ik hoop dat het goed met {u|je} gaat. Ik denk nog vaak terug aan onze gesprekken over {uw|je} team[ bij {co}], en ik wil {u|je} nogmaals bedanken voor {uw|je} tijd.',
        ],
        [
          'Ik hoop dat het goed met {u|je} gaat. Ik wil {u|je} nogmaals bedanken voor ons gesprek over {job}[ bij {co}], een paar maanden geleden.',
        ],
      ],
      main: ['Ik volg het nieuws over [{co}|{uw|je} team] met interesse en hoor graag hoe het met de plannen gaat.'],
      short: 'Ik houd graag contact.',
      end: [
        'Als er een functie vrijkomt waarin ik kan bijdragen, hoor ik dat graag. Hoe dan ook houd ik graag contact.',
        'Ik zou het leuk vinden om binnenkort bij te praten, en ik hoop dat we contact houden.',
      ],
      extra: ['', '', ''],
    },
  },
};
