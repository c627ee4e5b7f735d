import type { ByRole, Pack } from '../types';

const DAYS = 'dimanche lundi mardi mercredi jeudi vendredi samedi'.split(' ');
const OFFER = " pour l'offre que vous m'avez faite pour {job}[ chez {co}]";
const MORE = ' pour votre proposition concernant {job}[ chez {co}]';
/**
 * Vous throughout. No adjective or participle agrees with the writer or the reader ("ravi(e)",
 * "accompagné(e)"), since neither gender is known.
 */
const OFFER_THANKS: ByRole<string[]> = [
  [
    `Je vous remercie${OFFER}, ainsi que pour votre accompagnement tout au long du processus.`,
    `Merci beaucoup${MORE} et pour votre aide précieuse.`,
  ],
  [
    `Je vous remercie${OFFER}, ainsi que pour le temps que vous avez pris pour me présenter votre équipe.`,
    `Merci beaucoup${MORE} et pour la confiance que vous me témoignez.`,
  ],
  [
    `Je vous remercie${OFFER}, ainsi que pour le temps que vous m'avez consacré lors des entretiens.`,
    `Merci beaucoup${MORE} et pour la qualité de nos échanges.`,
  ],
];

export const fr: Pack = {
  hi: ['Bonjour {full},', 'Bonjour {first},', 'Bonjour {first},', 'Bonjour,'],
  bye: [
    ['Bien cordialement,', 'Cordialement,'],
    ['Bien à vous,', 'Belle journée,'],
    ['Cordialement,', 'Bien à vous,'],
  ],
  job: (t) => (t ? `le poste ${/^[aeiouàâäéèêëîïôöûü]/i.test(t) ? "d'" : 'de '}${t}` : 'le poste'),
  day: (d, by) => (by ? `d'ici ${DAYS[d]}` : DAYS[d]!),
  tag: '[ – {title} chez {co}| – {title}| – {co}]',
  hl: 'Un temps fort pour moi a été {hl}.',
  topic: "J'ai beaucoup aimé notre discussion sur {topic}.",
  ask: "Si vous en avez l'occasion, un bref retour sur ma candidature m'aiderait beaucoup à progresser.",
  why: [
    "J'ai accepté une autre offre qui correspond davantage à mes projets actuels.",
    "J'ai choisi de rester dans mon poste actuel pour le moment.",
    "Cette décision tient à des raisons personnelles, et le moment n'est pas le bon pour moi.",
    "Je pense que ce poste n'est pas le bon choix pour moi à ce stade.",
  ],
  extra: [
    "J'ai beaucoup apprécié la clarté et la rapidité de votre communication à chaque étape.",
    "J'ai trouvé très précieux votre regard sur l'évolution de l'équipe.",
    "J'ai beaucoup apprécié la pertinence de vos questions lors de l'entretien.",
  ],
  sit: {
    'decline-offer': {
      subj: 'Merci pour votre offre{tag}',
      thank: OFFER_THANKS,
      main: [
        "Après mûre réflexion, j'ai décidé de ne pas donner suite à cette offre.",
        "La décision n'a pas été facile, mais j'ai choisi de décliner cette offre.",
      ],
      short: "J'espère que nous resterons en contact.",
      end: [
        "J'espère sincèrement que nous resterons en contact et que nos chemins se recroiseront.",
        "Je garde une excellente impression de votre équipe et j'espère que nous aurons l'occasion de collaborer à l'avenir.",
        'Ce serait un plaisir de rester en contact.',
      ],
      extra: [null, "Nos échanges sur les projets à venir m'ont beaucoup appris.", null],
    },
    'accept-offer': {
      subj: 'Acceptation de votre offre{tag}',
      thank: OFFER_THANKS,
      main: [
        "C'est avec grand plaisir que j'accepte cette offre, et j'ai hâte de rejoindre [{co}|votre équipe].",
        "J'accepte cette offre avec plaisir et je me réjouis de commencer[ chez {co}].",
      ],
      short: "Au plaisir d'échanger sur les prochaines étapes.",
      end: [
        "N'hésitez pas à m'indiquer les prochaines étapes et les éléments dont vous avez besoin de ma part.",
        'Je reste à votre disposition pour toute information utile à la suite.',
      ],
      extra: [
        "Tout s'est déroulé de manière très fluide et agréable.",
        "Je me réjouis de travailler avec vous et avec l'équipe.",
        "Je me réjouis à l'idée de travailler ensemble.",
      ],
    },
    'undecided-offer': {
      subj: 'Votre offre{tag}',
      thank: OFFER_THANKS,
      main: [
        'Je souhaiterais prendre un peu de temps pour y réfléchir sereinement, et je reviendrai vers vous [{by}|dans les prochains jours].',
        "Avant de prendre ma décision, j'aimerais disposer de quelques jours de réflexion ; je vous répondrai [{by}|d'ici la fin de la semaine].",
      ],
      short: "Si vous avez besoin d'une réponse plus tôt, n'hésitez pas à me le dire.",
      end: [
        "Si vous avez besoin d'une réponse plus rapidement, n'hésitez pas à me le faire savoir.",
        "Si un délai s'impose de votre côté, merci de me l'indiquer.",
      ],
    },
    'after-rejection': {
      subj: 'Merci pour votre retour{tag}',
      thank: [
        [
          'Merci pour votre message et pour votre accompagnement tout au long du processus[ chez {co}].',
          'Je vous remercie pour votre retour et pour le suivi attentif de ma candidature pour {job}.',
        ],
        [
          'Merci pour votre message et pour le temps que vous avez pris pour me présenter votre équipe[ chez {co}].',
          'Je vous remercie pour votre retour et pour notre échange sur {job}[ chez {co}].',
        ],
        [
          "Merci pour votre message et pour le temps que vous m'avez consacré lors des entretiens[ chez {co}].",
          "Je vous remercie pour votre retour et pour notre échange sur {job}, que j'ai beaucoup apprécié.",
        ],
      ],
      main: [
        "Même si j'espérais une autre issue, j'ai beaucoup appris sur [{co}|votre équipe] et je respecte votre décision.",
        'Je comprends votre décision, et ce fut un plaisir de découvrir [{co}|votre équipe] de plus près.',
      ],
      short: "N'hésitez pas à penser à moi à l'avenir ; restons en contact.",
      end: [
        "N'hésitez pas à penser à moi pour de futures opportunités[ chez {co}] ; j'aimerais beaucoup rester en contact.",
        "J'espère que nous resterons en contact et que d'autres occasions se présenteront à l'avenir.",
      ],
    },
    'after-interview': {
      subj: "Merci pour l'entretien{tag}",
      thank: [
        [
          "Merci pour l'organisation de mon entretien[ de {day}] pour {job}[ chez {co}], et pour votre grande réactivité.",
          'Je vous remercie pour la coordination très fluide de mon entretien pour {job}[ chez {co}].',
        ],
        [
          'Merci pour notre échange[ de {day}] sur {job}[ chez {co}] et sur les projets de votre équipe.',
          "Je vous remercie d'avoir pris le temps[ {day}] de me présenter votre équipe et {job}[ chez {co}].",
        ],
        [
          "Je vous remercie pour le temps que vous m'avez consacré[ {day}] lors de notre entretien pour {job}[ chez {co}].",
          'Merci pour notre échange[ de {day}] sur {job}[ chez {co}] et pour vos questions pertinentes.',
        ],
      ],
      main: [
        "{L'entretien a renforcé mon intérêt pour le poste.|L'entretien m'a donné encore plus envie de rejoindre votre équipe.}",
        "Cet entretien a confirmé mon envie de contribuer aux projets de l'équipe.",
      ],
      short: "Au plaisir d'avoir de vos nouvelles.",
      end: [
        "N'hésitez pas à me faire savoir si vous avez besoin d'informations complémentaires. Au plaisir d'avoir de vos nouvelles.",
        "Je reste à votre disposition pour toute question et j'attends la suite avec intérêt.",
      ],
      extra: [null, null, 'Ce fut un vrai plaisir de faire votre connaissance.'],
    },
    withdraw: {
      subj: 'Retrait de ma candidature{tag}',
      thank: [
        [
          "Je vous remercie d'avoir considéré ma candidature pour {job}[ chez {co}], ainsi que pour votre accompagnement tout au long du processus.",
          'Merci pour votre soutien et la clarté de vos échanges pendant le processus pour {job}[ chez {co}].',
        ],
        [
          "Je vous remercie d'avoir considéré ma candidature pour {job}[ chez {co}], ainsi que pour le temps que vous avez pris pour me présenter votre équipe.",
          'Merci pour votre temps et pour nos échanges sur {job}[ chez {co}] et les projets de votre équipe.',
        ],
        [
          "Je vous remercie d'avoir considéré ma candidature pour {job}[ chez {co}], ainsi que pour le temps que vous m'avez consacré lors de l'entretien.",
          'Merci pour votre temps et pour notre échange sur {job}[ chez {co}].',
        ],
      ],
      main: [
        'Je vous écris pour vous informer que je souhaite retirer ma candidature.',
        "Après mûre réflexion, j'ai décidé de retirer ma candidature.",
      ],
      short: "J'espère que nos chemins se recroiseront.",
      end: [
        "J'ai beaucoup d'estime pour [{co}|votre équipe] et j'espère que nos chemins se recroiseront.",
        "J'aimerais beaucoup rester en contact, et j'espère que nous aurons l'occasion de collaborer à l'avenir.",
      ],
    },
    'keep-in-touch': {
      subj: 'Prendre des nouvelles[ – {co}]',
      thank: [
        [
          "J'espère que vous allez bien. Je tenais à vous remercier à nouveau pour votre accompagnement lors du processus pour {job}[ chez {co}], il y a quelques mois.",
        ],
        [
          "J'espère que vous allez bien. Je repense souvent à nos échanges sur votre équipe[ chez {co}], et je tenais à vous remercier à nouveau pour votre temps.",
        ],
        [
          "J'espère que vous allez bien. Je tenais à vous remercier à nouveau pour notre échange sur {job}[ chez {co}], il y a quelques mois.",
        ],
      ],
      main: [
        "Je suis avec intérêt ce qui se passe [chez {co}|dans votre équipe], et j'aimerais beaucoup savoir comment les choses évoluent.",
      ],
      short: 'Au plaisir de rester en contact.',
      end: [
        "Si un poste s'ouvre où je pourrais apporter ma contribution, j'en discuterais volontiers. Dans tous les cas, j'aimerais beaucoup rester en contact.",
        "Au plaisir d'échanger à nouveau quand vous le souhaiterez ; j'espère que nous resterons en contact.",
      ],
      extra: ['', '', ''],
    },
  },
};
