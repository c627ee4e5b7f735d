import type { ByRole, Pack } from '../types';

const FULL: Record<string, string> = {
  "i'm": 'I am',
  "i've": 'I have',
  "i'd": 'I would',
  "i'll": 'I will',
  "it's": 'it is',
  "isn't": 'is not',
  "can't": 'cannot',
  "you're": 'you are',
  "there's": 'there is',
  "wasn't": 'was not',
  "you'll": 'you will',
};
/** The contractions FULL spells out, in any case ("It's" → "It is"). */
const CONTRACTION = new RegExp(`\\b(?:${Object.keys(FULL).join('|')})\\b`, 'gi');
const DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
const OFFER = ' for the offer for {job}[ at {co}]';
const OFFER_THANKS: ByRole<string[]> = [
  [
    `Thank you${OFFER}, and for guiding me so clearly through every step of the process.`,
    'Thank you so much for extending the offer for {job}[ at {co}], and for all your help along the way.',
  ],
  [
    `Thank you${OFFER}, and for the time you took to show me how your team works.`,
    'Thank you for offering me {job}[ at {co}], and for the confidence you have shown in me.',
  ],
  [
    `Thank you${OFFER}, and for the time you gave me during the interviews.`,
    'Thank you for offering me {job}[ at {co}], and for the time and care you gave my interviews.',
  ],
];

export const en: Pack = {
  hi: ['Dear {full},', 'Hi {first},', 'Hi {first},', 'Hello,'],
  bye: [
    ['Kind regards,', 'Best regards,'],
    ['Warm regards,', 'All the best,'],
    ['Best,', 'Best wishes,'],
  ],
  job: (t) => (t ? `the ${t} role` : 'the role'),
  day: (d, by) => `${by ? 'by' : 'on'} ${DAYS[d]}`,
  tag: '[ — {title} at {co}| — {title}| — {co}]',
  hl: 'A highlight for me was {hl}.',
  topic: 'I especially enjoyed our discussion about {topic}.',
  ask: "If you have a moment, I'd appreciate any feedback that could help me grow.",
  why: [
    "I've accepted another offer that fits my plans a little better right now.",
    "I've decided to stay in my current role for now.",
    "The decision is a personal one, and the timing isn't right for me.",
    "I feel it isn't quite the right fit for me at this time.",
  ],
  extra: [
    'I really appreciated how clearly and kindly you kept me informed throughout.',
    'I especially valued your perspective on where the team is heading.',
    'I enjoyed our conversation and the thoughtful questions you asked.',
  ],
  formal: (t) =>
    t.replace(CONTRACTION, (c) => {
      const f = FULL[c.toLowerCase()]!;
      return c[0] === c[0]!.toUpperCase() ? f[0]!.toUpperCase() + f.slice(1) : f;
    }),
  sit: {
    'decline-offer': {
      subj: 'Thank you — [{title} offer at {co}|{title} offer|offer from {co}|your offer]',
      thank: OFFER_THANKS,
      main: [
        "After careful thought, I've decided to decline the offer.",
        "It wasn't an easy decision, but I've decided not to accept the offer.",
      ],
      short: 'I hope we stay in touch.',
      end: [
        "I'd be glad to stay in touch, and I hope our paths cross again.",
        "I hope we can keep in touch, and I'd welcome the chance to work together in the future.",
        'I have great respect for [{co}|the team], and I hope we stay in touch.',
      ],
      extra: [null, 'I enjoyed our conversations about the work ahead and learned a lot from them.', null],
    },
    'accept-offer': {
      subj: 'Accepting the [{title} offer at {co}|{title} offer|offer from {co}|offer]',
      thank: OFFER_THANKS,
      main: [
        "I'm delighted to accept, and I'm looking forward to joining the team[ at {co}].",
        "I'm very happy to accept the offer and look forward to getting started[ at {co}].",
      ],
      short: 'Please let me know the next steps.',
      end: [
        'Please let me know the next steps and anything you need from me.',
        "If there's anything you need from me before I start, just let me know.",
      ],
      extra: [
        'The whole experience has been smooth and genuinely pleasant.',
        "I'm looking forward to working with you and the team.",
        'I look forward to working together.',
      ],
    },
    'undecided-offer': {
      subj: 'Thank you for the offer{tag}',
      thank: OFFER_THANKS,
      main: [
        "I'd like to take a little time to consider it carefully, and I'll get back to you [{by}|within the next few days].",
        "Before I decide, I'd like a few days to think it over; you'll have my answer [{by}|by the end of the week].",
      ],
      short: 'If you need an answer sooner, please let me know.',
      end: [
        'If you need an answer sooner, please let me know.',
        "If there's a deadline on your side, please tell me and I'll do my best to meet it.",
      ],
    },
    'after-rejection': {
      subj: 'Thank you{tag}',
      thank: [
        [
          'Thank you for letting me know, and for guiding me so thoughtfully through the process[ at {co}].',
          'Thank you for your message, and for the care you took with my application for {job}.',
        ],
        [
          'Thank you for letting me know, and for the time you spent telling me about your team[ at {co}].',
          'Thank you for your message, and for taking the time to talk with me about {job}.',
        ],
        [
          'Thank you for letting me know, and for the time you gave me during the interviews[ at {co}].',
          'Thank you for your message, and for the thoughtful conversation we had about {job}.',
        ],
      ],
      main: [
        'While I had hoped for a different outcome, I learned a lot about [{co}|the team], and I respect your decision.',
        "I understand your decision, and I'm glad I had the chance to get to know [{co}|the team] better.",
      ],
      short: "I'd welcome future openings and hope we stay in touch.",
      end: [
        "I'd welcome the chance to be considered for future openings, and I hope we stay in touch.",
        "Please keep me in mind for future roles[ at {co}]; I'd be glad to stay in touch.",
      ],
    },
    'after-interview': {
      subj: 'Thank you for the interview{tag}',
      thank: [
        [
          'Thank you for arranging my interview for {job}[ at {co}][ {day}], and for keeping everything so well organized.',
          'Thank you for coordinating my interview for {job}[ at {co}] so smoothly.',
        ],
        [
          'Thank you for meeting with me[ {day}] to talk about {job}[ at {co}] and your plans for the team.',
          'Thank you for taking the time[ {day}] to tell me about your team and {job}[ at {co}].',
        ],
        [
          'Thank you for taking the time to speak with me[ {day}] about {job}[ at {co}].',
          'Thank you for the conversation[ {day}] about {job}[ at {co}], and for your thoughtful questions.',
        ],
      ],
      main: [
        '{The interview confirmed my strong interest in the position.|The interview made me even more excited about the chance to join the team.}',
        'I came away from the interview even more interested in the role and in what the team is building.',
      ],
      short: 'I look forward to hearing from you.',
      end: [
        'Please let me know if I can provide anything else. I look forward to hearing from you.',
        "If there's anything else I can share, I'd be glad to. I look forward to the next steps.",
      ],
      extra: [null, null, 'It was a real pleasure to meet you.'],
    },
    withdraw: {
      subj: 'Withdrawing my application{tag}',
      thank: [
        [
          'Thank you for considering me for {job}[ at {co}], and for your help throughout the process.',
          'Thank you for your support and clear communication during the process for {job}[ at {co}].',
        ],
        [
          'Thank you for considering me for {job}[ at {co}], and for the time you spent telling me about your team.',
          'Thank you for your time and for our conversations about {job}[ at {co}] and your plans for the team.',
        ],
        [
          'Thank you for considering me for {job}[ at {co}], and for the time you gave me in our interview.',
          'Thank you for your time and for our conversation about {job}[ at {co}].',
        ],
      ],
      main: [
        "I'm writing to let you know that I'd like to withdraw my application.",
        "After careful thought, I've decided to withdraw from the process.",
      ],
      short: 'I hope our paths cross again.',
      end: [
        'I have great respect for [{co}|your team], and I hope our paths cross again.',
        "I'd be glad to stay in touch, and I hope we have the chance to work together in the future.",
      ],
    },
    'keep-in-touch': {
      subj: 'Keeping in touch[ — {co}]',
      thank: [
        [
          "I hope you're doing well! I wanted to thank you again for your help during the process for {job}[ at {co}] a few months ago.",
        ],
        [
          "I hope you're doing well! I still think back to our conversations about your team[ at {co}], and I wanted to thank you again for your time.",
        ],
        [
          "I hope you're doing well! I wanted to thank you again for our conversation about {job}[ at {co}] a few months ago.",
        ],
      ],
      main: [
        "I've been following the news from [{co}|your team] with interest, and I'd love to hear how things are going.",
      ],
      short: 'I hope we stay in touch.',
      end: [
        "If a role opens up where I could help, I'd be glad to hear about it. Either way, I'd like to keep in touch.",
        "I'd be happy to catch up whenever it suits you, and I hope we stay in touch.",
      ],
      extra: ['', '', ''],
    },
  },
};
