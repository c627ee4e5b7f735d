import type { ByRole, Pack } from '../types';

const DAYS = 'domingo segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado'.split(' ');
const OFFER = ' a proposta para {job}[ na {co}]';
/**
 * Brazilian Portuguese with "você". Nothing agrees with the gender of the writer or reader (no
 * "obrigado/a", "ansioso/a", "Prezado/a"). Companies take the feminine article ("na Acme",
 * "a empresa"), as most do in Brazil.
 */
const OFFER_THANKS: ByRole<string[]> = [
  [
    `Agradeço muito${OFFER} e a clareza com que você me guiou durante todo o processo.`,
    `Quero agradecer${OFFER} e todo o seu apoio ao longo do processo.`,
  ],
  [
    `Agradeço muito${OFFER} e o tempo que você dedicou a me apresentar a equipe.`,
    `Quero agradecer${OFFER} e a confiança que você depositou em mim.`,
  ],
  [
    `Agradeço muito${OFFER} e o tempo que você me dedicou durante as entrevistas.`,
    `Quero agradecer${OFFER} e a qualidade das nossas conversas.`,
  ],
];

export const pt: Pack = {
  hi: ['Olá, {full},', 'Olá, {first},', 'Olá, {first},', 'Olá,'],
  bye: [
    ['Atenciosamente,', 'Cordialmente,'],
    ['Um abraço,', 'Abraços,'],
    ['Abraços,', 'Um abraço,'],
  ],
  job: (t) => (t ? `a vaga de ${t}` : 'a vaga'),
  day: (d, by) => `${by ? 'até' : d % 6 ? 'na' : 'no'} ${DAYS[d]}`,
  tag: '[ – {title} na {co}| – {title}| – {co}]',
  hl: 'Destaco sobretudo {hl}.',
  topic: 'Achei especialmente interessante nossa conversa sobre {topic}.',
  ask: 'Se tiver um momento, eu agradeceria qualquer feedback que me ajude a melhorar.',
  why: [
    'Aceitei outra proposta que se encaixa melhor nos meus planos neste momento.',
    'Decidi permanecer na minha posição atual por enquanto.',
    'A decisão se deve a motivos pessoais, e este não é o momento certo para mim.',
    'Sinto que, neste momento, esta não é a escolha certa para mim.',
  ],
  extra: [
    'Valorizei muito a clareza e a atenção da sua comunicação em cada etapa.',
    'Foi muito valioso ouvir sua visão sobre os rumos da equipe.',
    'Gostei muito da nossa conversa e das suas perguntas tão pertinentes.',
  ],
  sit: {
    'decline-offer': {
      subj: 'Agradecimento pela proposta{tag}',
      thank: OFFER_THANKS,
      main: [
        'Depois de refletir com cuidado, decidi não aceitar a proposta.',
        'Não foi uma decisão fácil, mas decidi recusar a proposta.',
      ],
      short: 'Espero que continuemos em contato.',
      end: [
        'Gostaria muito de manter contato e espero que nossos caminhos se cruzem novamente.',
        'Espero que possamos continuar em contato e ter a oportunidade de colaborar no futuro.',
        'Tenho grande admiração pela [{co}|equipe] e espero que continuemos em contato.',
      ],
      extra: [null, 'Gostei muito das nossas conversas sobre os projetos da equipe e aprendi muito com elas.', null],
    },
    'accept-offer': {
      subj: 'Aceitação da proposta{tag}',
      thank: OFFER_THANKS,
      main: [
        'Fico muito feliz em aceitar a proposta e mal posso esperar para fazer parte da equipe[ da {co}].',
        'Aceito a proposta com muita alegria e tenho muita vontade de começar[ na {co}].',
      ],
      short: 'Fico no aguardo dos próximos passos.',
      end: [
        'Por favor, me diga quais são os próximos passos e o que mais você precisa de mim.',
        'Fico à disposição para enviar qualquer documento ou informação necessária.',
      ],
      extra: [
        'Toda a experiência foi muito tranquila e agradável.',
        'Estou com muita vontade de trabalhar com você e com a equipe.',
        'Espero colaborar com você em breve.',
      ],
    },
    'undecided-offer': {
      subj: 'Agradecimento pela proposta{tag}',
      thank: OFFER_THANKS,
      main: [
        'Gostaria de tirar um tempo para avaliá-la com calma, e volto a falar com você [{by}|nos próximos dias].',
        'Antes de decidir, gostaria de alguns dias para pensar com cuidado; você terá minha resposta [{by}|até o fim da semana].',
      ],
      short: 'Se precisar de uma resposta antes, é só me avisar.',
      end: [
        'Se precisar de uma resposta antes disso, é só me avisar.',
        'Se houver algum prazo do seu lado, por favor, me avise.',
      ],
    },
    'after-rejection': {
      subj: 'Agradecimento pelo retorno{tag}',
      thank: [
        [
          'Agradeço pela mensagem e por todo o acompanhamento durante o processo[ na {co}].',
          'Quero agradecer o retorno e o cuidado com que você conduziu o processo para {job}[ na {co}].',
        ],
        [
          'Agradeço pela mensagem e pelo tempo que você dedicou a me apresentar a equipe[ da {co}].',
          'Quero agradecer o retorno e a nossa conversa sobre {job}[ na {co}].',
        ],
        [
          'Agradeço pela mensagem e pelo tempo que você me dedicou nas entrevistas[ da {co}].',
          'Quero agradecer o retorno e a conversa tão agradável sobre {job}.',
        ],
      ],
      main: [
        'Embora eu esperasse outro resultado, aprendi muito sobre a [{co}|equipe] e respeito sua decisão.',
        'Entendo sua decisão e fico feliz por ter conhecido de perto a [{co}|equipe].',
      ],
      short: 'Espero que surjam novas oportunidades no futuro; vamos manter contato.',
      end: [
        'Por favor, lembre-se de mim para futuras oportunidades[ na {co}]; gostaria muito de manter contato.',
        'Espero que continuemos em contato e que surjam novas oportunidades no futuro.',
      ],
    },
    'after-interview': {
      subj: 'Agradecimento pela entrevista{tag}',
      thank: [
        [
          'Agradeço por organizar minha entrevista para {job}[ na {co}][ {day}] e por cuidar de tudo com tanta atenção.',
          'Quero agradecer a coordenação tão tranquila da minha entrevista para {job}[ na {co}].',
        ],
        [
          'Agradeço por ter se reunido comigo[ {day}] para falar sobre {job}[ na {co}] e os planos da sua equipe.',
          'Quero agradecer por você ter tirado um tempo[ {day}] para me apresentar a equipe e {job}[ na {co}].',
        ],
        [
          'Agradeço pelo tempo que você me dedicou[ {day}] para conversar sobre {job}[ na {co}].',
          'Quero agradecer a conversa sobre {job}[ na {co}] e as suas perguntas tão interessantes.',
        ],
      ],
      main: [
        '{A entrevista reforçou meu interesse pela vaga.|Depois da entrevista, tenho ainda mais vontade de fazer parte da equipe.}',
        'A entrevista confirmou minha vontade de contribuir com os projetos da equipe.',
      ],
      short: 'Fico no aguardo do seu retorno.',
      end: [
        'Se precisar de qualquer outra informação, é só me avisar. Fico no aguardo do seu retorno.',
        'Estou à disposição para o que for preciso e aguardo com interesse os próximos passos.',
      ],
      extra: [null, null, 'Foi um prazer conhecer você.'],
    },
    withdraw: {
      subj: 'Retirada da minha candidatura{tag}',
      thank: [
        [
          'Agradeço por ter me considerado para {job}[ na {co}] e por todo o seu apoio durante o processo.',
          'Quero agradecer o seu apoio e a comunicação tão clara durante o processo para {job}[ na {co}].',
        ],
        [
          'Agradeço por ter me considerado para {job}[ na {co}] e pelo tempo que você dedicou a me apresentar a equipe.',
          'Quero agradecer o seu tempo e as nossas conversas sobre {job}[ na {co}] e os planos da equipe.',
        ],
        [
          'Agradeço por ter me considerado para {job}[ na {co}] e pelo tempo que você me dedicou na entrevista.',
          'Quero agradecer o seu tempo e a nossa conversa sobre {job}[ na {co}].',
        ],
      ],
      main: [
        'Escrevo para informar que gostaria de retirar minha candidatura.',
        'Depois de refletir com cuidado, decidi retirar minha candidatura.',
      ],
      short: 'Espero que nossos caminhos se cruzem novamente.',
      end: [
        'Tenho grande admiração pela [{co}|equipe] e espero que nossos caminhos se cruzem novamente.',
        'Gostaria muito de manter contato e espero ter a oportunidade de colaborar com vocês no futuro.',
      ],
    },
    'keep-in-touch': {
      subj: 'Mantendo contato[ – {co}]',
      thank: [
        [
          'Espero que você esteja bem. Queria agradecer novamente pelo seu apoio durante o processo para {job}[ na {co}], há alguns meses.',
        ],
        [
          'Espero que você esteja bem. Ainda me lembro das nossas conversas sobre a sua equipe[ na {co}] e queria agradecer novamente pelo seu tempo.',
        ],
        [
          'Espero que você esteja bem. Queria agradecer novamente pela nossa conversa sobre {job}[ na {co}], há alguns meses.',
        ],
      ],
      main: [
        'Tenho acompanhado com interesse as novidades da [{co}|sua equipe] e adoraria saber como estão as coisas.',
      ],
      short: 'Espero que continuemos em contato.',
      end: [
        'Se surgir uma vaga em que eu possa contribuir, adoraria saber. De qualquer forma, gostaria muito de manter contato.',
        'Quando for conveniente para você, adoraria colocar a conversa em dia; espero que continuemos em contato.',
      ],
      extra: ['', '', ''],
    },
  },
};
