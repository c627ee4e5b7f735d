import type { ByRole, Pack } from '../types';

const DAYS = 'Sonntag Montag Dienstag Mittwoch Donnerstag Freitag Samstag'.split(' ');
const OFFER = ' für Ihr Angebot für {job}[ bei {co}]';
const OFFER_THANKS: ByRole<string[]> = [
  [
    `Vielen Dank${OFFER} und dafür, dass Sie mich so umsichtig durch den gesamten Prozess begleitet haben.`,
    `Herzlichen Dank${OFFER} und für Ihre Unterstützung während des gesamten Bewerbungsprozesses.`,
  ],
  [
    `Vielen Dank${OFFER} und für die Zeit, die Sie sich genommen haben, um mir Ihr Team vorzustellen.`,
    `Herzlichen Dank${OFFER} und für das Vertrauen, das Sie in mich setzen.`,
  ],
  [
    `Vielen Dank${OFFER} und für die Zeit, die Sie sich in den Gesprächen für mich genommen haben.`,
    `Herzlichen Dank${OFFER} und für die angenehmen, offenen Gespräche.`,
  ],
];

/** Sie throughout: the safe default with recruiters and managers, warm tone included. */
export const de: Pack = {
  hi: ['Guten Tag {full},', 'Hallo {first},', 'Hallo {first},', 'Guten Tag,'],
  bye: [
    ['Mit freundlichen Grüßen', 'Freundliche Grüße'],
    ['Herzliche Grüße', 'Viele Grüße'],
    ['Viele Grüße', 'Beste Grüße'],
  ],
  job: (t) => (t ? `die Stelle als ${t}` : 'die Stelle'),
  day: (d, by) => `${by ? 'bis' : 'am'} ${DAYS[d]}`,
  tag: '[ – {title} bei {co}| – {title}| – {co}]',
  hl: 'Besonders geschätzt habe ich {hl}.',
  topic: 'Unser Austausch über {topic} hat mir sehr gefallen.',
  ask: 'Wenn Sie einen Moment Zeit haben, würde ich mich über ein kurzes Feedback freuen, das mir hilft, mich weiterzuentwickeln.',
  why: [
    'Ich habe ein anderes Angebot angenommen, das derzeit besser zu meinen Plänen passt.',
    'Ich habe mich entschieden, vorerst in meiner aktuellen Position zu bleiben.',
    'Die Entscheidung hat persönliche Gründe, und der Zeitpunkt passt für mich gerade nicht.',
    'Ich habe den Eindruck, dass die Stelle derzeit nicht ganz zu mir passt.',
  ],
  extra: [
    'Ich fand es sehr angenehm, wie klar und freundlich Sie mich bei jedem Schritt auf dem Laufenden gehalten haben.',
    'Besonders wertvoll war für mich Ihre Sicht darauf, wohin sich das Team entwickelt.',
    'Ihre durchdachten Fragen im Gespräch fand ich sehr anregend.',
  ],
  lower: true,
  sit: {
    'decline-offer': {
      subj: 'Vielen Dank für Ihr Angebot{tag}',
      thank: OFFER_THANKS,
      main: [
        'Nach sorgfältiger Überlegung habe ich mich entschieden, das Angebot nicht anzunehmen.',
        'Die Entscheidung ist mir nicht leichtgefallen, aber ich habe mich entschlossen, das Angebot abzulehnen.',
      ],
      short: 'Ich hoffe, wir bleiben in Kontakt.',
      end: [
        'Ich würde mich freuen, in Kontakt zu bleiben, und hoffe, dass sich unsere Wege wieder kreuzen.',
        'Gerne bleibe ich mit Ihnen in Kontakt und würde mich freuen, wenn sich in Zukunft eine Gelegenheit zur Zusammenarbeit ergibt.',
        'Ich schätze [{co}|Ihr Team] sehr und hoffe, dass wir in Kontakt bleiben.',
      ],
      extra: [
        null,
        'Unsere Gespräche über die kommenden Aufgaben habe ich sehr genossen, und ich habe viel daraus mitgenommen.',
        null,
      ],
    },
    'accept-offer': {
      subj: 'Zusage zu Ihrem Angebot{tag}',
      thank: OFFER_THANKS,
      main: [
        'Ich nehme das Angebot sehr gerne an und freue mich darauf, Teil [des Teams bei {co}|Ihres Teams] zu werden.',
        'Mit großer Freude nehme ich das Angebot an und freue mich auf den Start[ bei {co}].',
      ],
      short: 'Ich freue mich auf die nächsten Schritte.',
      end: [
        'Bitte lassen Sie mich wissen, welche nächsten Schritte anstehen und was Sie noch von mir benötigen.',
        'Geben Sie mir gerne Bescheid, welche Unterlagen oder Informationen Sie noch von mir brauchen.',
      ],
      extra: [
        'Der Bewerbungsprozess war durchweg angenehm und reibungslos.',
        'Ich freue mich sehr auf die Zusammenarbeit mit Ihnen und dem Team.',
        'Ich freue mich sehr auf die Zusammenarbeit.',
      ],
    },
    'undecided-offer': {
      subj: 'Rückmeldung zu Ihrem Angebot{tag}',
      thank: OFFER_THANKS,
      main: [
        'Ich möchte mir etwas Zeit nehmen, um es sorgfältig zu prüfen, und melde mich [{by}|in den nächsten Tagen] bei Ihnen.',
        'Bevor ich mich entscheide, würde ich gern ein paar Tage darüber nachdenken; Sie hören [{by}|bis Ende der Woche] von mir.',
      ],
      short: 'Falls Sie früher eine Antwort brauchen, sagen Sie mir gern Bescheid.',
      end: [
        'Falls Sie früher eine Antwort benötigen, lassen Sie es mich bitte wissen.',
        'Sollte es auf Ihrer Seite eine Frist geben, sagen Sie mir bitte Bescheid.',
      ],
    },
    'after-rejection': {
      subj: 'Vielen Dank für Ihre Rückmeldung{tag}',
      thank: [
        [
          'Vielen Dank für Ihre Nachricht und dafür, dass Sie mich so aufmerksam durch den Prozess[ bei {co}] begleitet haben.',
          'Herzlichen Dank für Ihre Rückmeldung und Ihre Unterstützung während des Bewerbungsprozesses für {job}.',
        ],
        [
          'Vielen Dank für Ihre Nachricht und für die Zeit, die Sie sich genommen haben, um mir Ihr Team[ bei {co}] vorzustellen.',
          'Herzlichen Dank für Ihre Rückmeldung und für unser Gespräch über {job}[ bei {co}].',
        ],
        [
          'Vielen Dank für Ihre Nachricht und für die Zeit, die Sie sich in den Gesprächen[ bei {co}] für mich genommen haben.',
          'Herzlichen Dank für Ihre Rückmeldung und für das angenehme Gespräch über {job}.',
        ],
      ],
      main: [
        'Auch wenn ich mir ein anderes Ergebnis gewünscht hätte, habe ich viel über [{co}|Ihr Team] gelernt und respektiere Ihre Entscheidung.',
        'Ich verstehe Ihre Entscheidung und bin froh, dass ich [{co}|Ihr Team] näher kennenlernen durfte.',
      ],
      short: 'Für zukünftige Stellen bin ich offen, und ich bleibe gern in Kontakt.',
      end: [
        'Ich würde mich freuen, bei zukünftigen passenden Stellen berücksichtigt zu werden, und bleibe gern mit Ihnen in Kontakt.',
        'Bitte denken Sie an mich, wenn in Zukunft eine passende Stelle[ bei {co}] frei wird; ich bleibe gern in Kontakt.',
      ],
    },
    'after-interview': {
      subj: 'Vielen Dank für das Gespräch{tag}',
      thank: [
        [
          'Vielen Dank, dass Sie mein Vorstellungsgespräch für {job}[ bei {co}][ {day}] so gut organisiert haben.',
          'Herzlichen Dank für die reibungslose Koordination meines Gesprächs für {job}[ bei {co}].',
        ],
        [
          'Vielen Dank für das Gespräch[ {day}] über {job}[ bei {co}] und die Pläne Ihres Teams.',
          'Herzlichen Dank, dass Sie sich[ {day}] die Zeit genommen haben, mir Ihr Team und {job}[ bei {co}] vorzustellen.',
        ],
        [
          'Vielen Dank, dass Sie sich[ {day}] Zeit für das Gespräch über {job}[ bei {co}] genommen haben.',
          'Herzlichen Dank für das Gespräch[ {day}] über {job}[ bei {co}] und für Ihre durchdachten Fragen.',
        ],
      ],
      main: [
        '{Das Gespräch hat mein Interesse an der Stelle noch verstärkt.|Nach dem Gespräch freue ich mich noch mehr auf die Möglichkeit, Teil des Teams zu werden.}',
        'Das Vorstellungsgespräch hat mich in meinem Wunsch bestärkt, Teil des Teams zu werden.',
      ],
      short: 'Ich freue mich darauf, von Ihnen zu hören.',
      end: [
        'Wenn ich Ihnen noch weitere Informationen geben kann, lassen Sie es mich gern wissen. Ich freue mich darauf, von Ihnen zu hören.',
        'Falls Sie noch Fragen haben, stehe ich gern zur Verfügung. Ich freue mich auf die nächsten Schritte.',
      ],
      extra: [null, null, 'Es hat mich sehr gefreut, Sie kennenzulernen.'],
    },
    withdraw: {
      subj: 'Rückzug meiner Bewerbung{tag}',
      thank: [
        [
          'Vielen Dank, dass Sie mich für {job}[ bei {co}] in Betracht gezogen haben, und für Ihre Unterstützung im gesamten Prozess.',
          'Herzlichen Dank für Ihre Unterstützung und die klare Kommunikation im Bewerbungsprozess für {job}[ bei {co}].',
        ],
        [
          'Vielen Dank, dass Sie mich für {job}[ bei {co}] in Betracht gezogen haben, und für die Zeit, die Sie sich für das Gespräch über Ihr Team genommen haben.',
          'Herzlichen Dank für Ihre Zeit und die Gespräche über {job}[ bei {co}] und die Pläne Ihres Teams.',
        ],
        [
          'Vielen Dank, dass Sie mich für {job}[ bei {co}] in Betracht gezogen haben, und für die Zeit, die Sie sich im Gespräch für mich genommen haben.',
          'Herzlichen Dank für Ihre Zeit und unser Gespräch über {job}[ bei {co}].',
        ],
      ],
      main: [
        'Ich möchte Ihnen mitteilen, dass ich meine Bewerbung zurückziehe.',
        'Nach sorgfältiger Überlegung habe ich mich entschieden, meine Bewerbung zurückzuziehen.',
      ],
      short: 'Ich hoffe, dass sich unsere Wege wieder kreuzen.',
      end: [
        'Ich schätze [{co}|Ihr Team] sehr und hoffe, dass sich unsere Wege wieder kreuzen.',
        'Ich würde mich freuen, in Kontakt zu bleiben, und hoffe auf eine Gelegenheit zur Zusammenarbeit in der Zukunft.',
      ],
    },
    'keep-in-touch': {
      subj: 'In Kontakt bleiben[ – {co}]',
      thank: [
        [
          'Ich hoffe, es geht Ihnen gut. Ich möchte mich noch einmal für Ihre Unterstützung im Bewerbungsprozess für {job}[ bei {co}] vor einigen Monaten bedanken.',
        ],
        [
          'Ich hoffe, es geht Ihnen gut. Ich denke noch gern an unsere Gespräche über Ihr Team[ bei {co}] zurück und möchte mich noch einmal für Ihre Zeit bedanken.',
        ],
        [
          'Ich hoffe, es geht Ihnen gut. Ich möchte mich noch einmal für unser Gespräch über {job}[ bei {co}] vor einigen Monaten bedanken.',
        ],
      ],
      main: [
        'Ich verfolge die Entwicklung [von {co}|Ihres Teams] mit Interesse und würde gern hören, wie es Ihnen seitdem ergangen ist.',
      ],
      short: 'Ich bleibe gern in Kontakt.',
      end: [
        'Falls sich eine Stelle ergibt, bei der ich unterstützen kann, würde ich mich über eine Nachricht freuen. In jedem Fall bleibe ich gern in Kontakt.',
        'Ich würde mich über einen kurzen Austausch freuen, wann immer es Ihnen passt, und hoffe, dass wir in Kontakt bleiben.',
      ],
      extra: ['', '', ''],
    },
  },
};
