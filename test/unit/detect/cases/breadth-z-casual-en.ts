/**
 * Breadth round ze, English: the texting register of small employers (a dog walker, a tutoring
 * agency, an orchard, a tattoo studio, a plumber, a pub) and of friends. Such mail writes "u" for
 * "you" ("we'd love to have u"), asks for a call with a day and an hour in a few words ("can we do
 * a quick zoom thurs 7pm", "call me tmrw at 10 about the driver job"), gives a job by putting the
 * reader on the rota "from next wk", with "3 days a wk to start", and says no without the word:
 * "we've got enough hands for the season already, maybe there's something later", "come back in
 * the spring", "went with my nephew in the end". An apprenticeship is a job, and "how you teach"
 * is what a first call is about. Their look-alikes stay as they are: a cleaning rota in a shared
 * house, a trainer's sessions "a week to start", a friend who has enough chairs already, a builder
 * who went with the blue tiles in the end, a family call tomorrow. Against a job kind: a friend's
 * news that ends "pints tmrw?", and an online assessment to complete, which is no interview (one
 * completed before an invitation leaves the invitation as it is). Each case is written for this
 * test in its own words, none taken from a corpus; each fails without the rule named in the
 * comment above it, except the guards, which show what must stay as it is.
 */
import type { CaseGroup } from './kind-case';

export const SENDER = 'Dee Harlow <dee@harlow-harvest.example>';
export const DATE = '2026-06-03T09:00:00+00:00';

export const GROUPS: CaseGroup[] = [
  {
    title: 'offers in the texting register',
    cases: [
      // o4 we|we'd|would _2 like|love|$happy _2 to have u|you _3 aboard|as|back|join|on
      {
        name: '"we\'d love to have u on board as a deckhand"',
        kind: 'offer',
        subject: 'boat',
        body: "hiya Sol!! skipper says ur a natural. we'd love to have u on board as a deckhand for the summer trips, $18/hr. lmk asap x",
      },
      // o3 a|per wk|week to start
      {
        name: '"2 mornings a wk to start" after a trial',
        kind: 'offer',
        subject: 'after saturday',
        body: 'hey Sol, the kids loved u on saturday! we can give u the assistant coach spot, 2 mornings a wk to start, £12 an hour. shout if thats ok',
      },
      {
        name: 'look-alike: a personal trainer\'s "three sessions a week to start"',
        kind: 'other',
        subject: 'ur plan',
        from: 'Rae <rae.fitness@mail.example>',
        body: 'hey Sol, great first session! I reckon three sessions a week to start, then we build up. see u thurs at the gym',
      },
      // o5k ur|you're|youre on the _1 roster|rota|schedule from|starting
      {
        name: '"ur on the rota from monday" after a trial shift',
        kind: 'offer',
        subject: 'bar',
        body: 'Sol u smashed the trial shift, ur on the rota from monday!! bar staff, fri sat nights, tips shared. see u then',
      },
      {
        name: "look-alike: a shared house's cleaning rota",
        kind: 'other',
        subject: 'house stuff',
        from: 'Kit <kit.m@mail.example>',
        body: 'hey Sol welcome to the house!! ur on the cleaning rota from monday, bins are tuesday night. pizza on friday?',
      },
    ],
  },
  {
    title: 'rejections in the texting register',
    cases: [
      // r4 have|got enough _3 already|season; r3 maybe|might _2 need|something _3 again|later|then
      {
        name: '"we\'ve got enough hands for the season already, might need someone later"',
        kind: 'rejection',
        subject: 'grape picking',
        body: 'hi Sol, sorry we have got enough hands for this season already, the same crew comes back every year. might need someone again later for the pruning, try me in winter. Dee',
      },
      {
        name: 'look-alike: a friend who has enough chairs already',
        kind: 'other',
        subject: 'bbq',
        from: 'Kit <kit.m@mail.example>',
        body: 'no worries, we have got enough chairs already! maybe bring ice then? see u sat',
      },
      // r4 again|back in|next _1 autumn|fall|months|spring|summer|winter|year; j1 apprentice*
      {
        name: 'an apprenticeship not yet: "come back in the autumn"',
        kind: 'rejection',
        subject: 'bakery apprentice',
        body: 'hi Sol, thanks for coming in. honestly not this time, ur bread is good but i need someone with a bit more kitchen time before i take on an apprentice. keep baking and come back in the autumn. Dee',
      },
      // r4 went|gone with _3 in the end
      {
        name: 'the apprenticeship given away: "went with a college lad in the end"',
        kind: 'rejection',
        subject: 'apprentice',
        body: 'alright Sol, went with a college lad in the end, sorry mate. u did well tho. Dee',
      },
      {
        name: 'look-alike: a builder who went with the blue tiles in the end',
        kind: 'other',
        subject: 'bathroom',
        from: 'Mo <mo.builds@mail.example>',
        body: 'alright Sol, went with the blue tiles in the end, they match the sink better. done by friday. Mo',
      },
    ],
  },
  {
    title: 'invitations in the texting register',
    cases: [
      // i4 call|chat|ring|talk _6 about the? _3 apprentice*|gig|job|position|role|spot|vacancy
      {
        name: '"ring me friday after 4 about the van job"',
        kind: 'interview',
        subject: 'van',
        body: 'Sol, Jo at the garage gave me ur number. ring me friday after 4 about the van job, need someone for the coast runs. Dee',
      },
      // i4 can|could we do|have _3 call|chat|zoom _1 $tmw|$wd|#d|next|this|today
      {
        name: '"can we do a quick call tmrw 6pm" about catering work',
        kind: 'interview',
        subject: 'catering',
        body: 'Hi Sol, loved the photos of ur wedding cakes! can we do a quick call tmrw 6pm to talk about helping with our summer events? 15 mins max. Dee',
      },
      {
        name: 'look-alike: a sister asking for a call tomorrow about a birthday',
        kind: 'other',
        subject: 'mum',
        from: 'Bea <bea.sol@mail.example>',
        body: "can we do a quick call tmrw 6pm about mum's birthday? I want to book the restaurant. x",
      },
      // j1 how you|u teach|work
      {
        name: 'a tutoring agency\'s first call: "so I can see how you teach"',
        kind: 'interview',
        subject: 'piano pupils',
        body: 'hi Sol, thanks for registering! we have lots of beginners waiting for piano lessons. could we have a short zoom thurs 5pm so I can see how you teach? Dee',
      },
    ],
  },
  {
    title: 'not job mail for the reader',
    cases: [
      // x3 beers|drinks|pint* friday|later|saturday|tmrw|tomorrow|tonight
      {
        name: 'a friend\'s news: "they went with someone else … pints tmrw?"',
        kind: 'other',
        subject: 'meh',
        from: 'Jax <jax.p@mail.example>',
        body: 'no luck with the ski shop job, they went with someone who can fix boards. their loss 😂 pints tmrw?',
      },
      // x3 complete|completing|finish|finishing your _1 application|assessment
      {
        name: 'an online assessment to complete is no interview',
        kind: 'other',
        subject: 'Next step: complete your online assessment',
        from: 'Graduate Team <grads@harbourline.example>',
        body: 'Hi Sol,\n\nThanks for applying to our graduate scheme. Please complete your online assessment (a 45-minute numerical and logic test) by Friday 12 June, 23:59 BST.\n\nWe will email you about the outcome within ten working days.\n\nGraduate Team',
      },
      {
        name: 'guard: an assessment completed, then an invitation to interview',
        kind: 'interview',
        subject: 'Interview invitation',
        from: 'Graduate Team <grads@harbourline.example>',
        body: 'Hi Sol,\n\nThank you for completing your online assessment. We would like to invite you to an interview on Tuesday 16 June at 10:00 BST by video call.\n\nPlease confirm that this time suits you.\n\nGraduate Team',
      },
    ],
  },
];
