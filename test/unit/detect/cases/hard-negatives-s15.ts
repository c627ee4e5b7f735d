/**
 * Hard negatives of session 15 (sets zv and zs): job words used where the reader is not a
 * candidate. A friend asks the reader to be a referee ("if they offer me the job"), forwards a
 * decision of their own with a word of their own on top, or tells of their own interview; a
 * colleague asks the reader to share the questions of an interview panel; a library's interview
 * skills evening is cancelled; a choir or an orchestra offers a place after an audition; a
 * landlord offers to renew a lease; a sports club invites a player to a trial day; a newsletter
 * writes about interviews; an employer answers the reader's own decline; the owner calls the
 * staff to a meeting; a nursery offers a child a place; a fund declines a project. Each case is written
 * for this test in its own words, none taken from a corpus; each fails without the rule named in
 * the comment above it, except the guards, which show what must stay as it is.
 */
import type { CaseGroup } from './kind-case';

/** A friend: writes each email that names no other sender. */
export const SENDER = 'Robin Achterberg <robin.achterberg@mail.example>';
export const DATE = '2026-10-05T09:00:00+00:00';

export const GROUPS: CaseGroup[] = [
  {
    title: 'a friend writes about their own job search',
    cases: [
      // x4 ghosted|hired|offer|offered|rejected|turned me (rules-en-against)
      {
        name: 'a friend asks the reader to vouch for them before a last interview',
        kind: 'other',
        subject: 'cheeky favour',
        body: "Hi Sam, I've made the final round for a stores supervisor job at a tile firm. Could I give them your number as someone who managed me? If they offer me the post, dinner is on me.",
      },
      // x3 beers|drinks|pint* _2 friday|… (rules-en-against)
      {
        name: 'a friend forwards the offer she just had and proposes drinks',
        kind: 'other',
        subject: 'Fwd: Data Analyst',
        body: 'SAM!!! it finally paid off. Drinks on me Friday?\n\n---------- Forwarded message ---------\nFrom: People Team <people@harbourlight.example>\nDate: Fri, 2 Oct 2026 at 16:05\nSubject: Data Analyst\nTo: Robin Achterberg <robin.achterberg@mail.example>\n\nHi Robin, good news: we would like you to join us as Data Analyst, starting 2 November. I will call you on Monday about the salary.',
      },
      // guard: a small employer's offer that asks the new starter to drinks stays an offer
      {
        name: 'the barista job is offered with drinks with the team on Friday',
        kind: 'offer',
        from: 'Mo Farrell <mo@kilnroastery.example>',
        subject: 'the job',
        body: 'Hi Sam, great news, the barista job is yours if you want it: 25 hours a week at 13 an hour, starting Monday at 7. Drinks with the team on Friday to welcome you!',
      },
      // x4 look at|what this|just|they (rules-en-against)
      {
        name: 'a friend forwards a rejection with a sigh',
        kind: 'other',
        subject: 'Fwd: Your application',
        body: 'look what they sent me after two interviews. two lines.\n\n---------- Forwarded message ---------\nFrom: Careers <careers@moorfield.example>\nSubject: Your application\n\nDear Robin, thank you for your interest in the Buyer position. Unfortunately, we will not be moving forward with you this time.',
      },
      // x5 hab|ich hab|ich _3 bewerbungsgesprach|vorstellungsgesprach (rules-de)
      {
        name: 'a friend tells of the refusal she had and of her next interview',
        kind: 'other',
        subject: 'na ja',
        body: 'Hallo Sam, heute kam die Absage von der Spedition, sie haben sich für jemanden mit mehr Erfahrung entschieden. Egal: am Montag hab ich das nächste Vorstellungsgespräch, bei einer Brauerei. Bis Samstag!',
      },
      // x4 mira lo que (rules-es)
      {
        name: 'a friend forwards the refusal she got',
        kind: 'other',
        subject: 'Fwd: Proceso de selección',
        body: 'Mira lo que me ha llegado después de tres entrevistas. ¿Cañas el jueves?\n\n---------- Forwarded message ---------\nDe: Talento <talento@grupoalcor.example>\nSubject: Proceso de selección\n\nEstimada Robin: lamentamos comunicarte que no has sido seleccionada para el puesto de Técnica de Compras. Te deseamos lo mejor.',
      },
    ],
  },
  {
    title: 'the reader on the other side of an interview, and events about interviews',
    cases: [
      // x4 you take|cover the _3 questions (rules-en-against)
      {
        name: 'a colleague asks the reader to sit on interviews and share the questions',
        kind: 'other',
        from: 'Dana Holt <dana.holt@kestrelfoods.example>',
        subject: 'Shift lead interviews',
        body: "Hi Sam, we have four candidates for the shift lead role. Could you do the interviews with me on Wednesday afternoon? You take the food safety questions and I'll cover the rest.",
      },
      // x4 interview skills|tips (rules-en-against)
      {
        name: 'an interview skills evening at the community centre is called off',
        kind: 'other',
        from: 'Hollins Community Centre <events@hollinscc.example>',
        subject: 'Called off: Interview skills evening',
        body: "Dear Sam, we're sorry to tell you that Tuesday's interview skills evening has been called off, as our host is unwell. We will let you know the new date.",
      },
      // guard: a real invitation keeps its kind next to a few tips
      {
        name: 'an invitation to interview that gives interview tips',
        kind: 'interview',
        from: 'Lena Marsh <lena.marsh@quarrytech.example>',
        subject: 'Interview invitation – Support Engineer',
        body: 'Dear Sam, thank you for applying. We would like to invite you to an interview for the Support Engineer role on Thursday 8 October at 11:00 at our Leeds office. Some interview tips: bring a copy of your CV and arrive ten minutes early.',
      },
    ],
  },
  {
    title: 'places and offers that are not jobs',
    cases: [
      // x3k audition*|panto|pantomime|read-through (rules-en-against)
      {
        name: 'a youth orchestra offers a seat after an audition',
        kind: 'other',
        from: 'Mira Castell <secretary@valleyorchestra.example>',
        subject: 'Your audition',
        body: 'Dear Sam, thank you for auditioning on Saturday. We are delighted to offer you a place in the second violins. Please let us know if you accept by Friday.',
      },
      // x4k huurcontract|huurovereenkomst|huurprijs|huurwoning|woningtoewijzing (rules-nl)
      {
        name: 'a landlord offers to renew the lease',
        kind: 'other',
        from: 'Pieter Smulders <p.smulders@smuldersbeheer.example>',
        subject: 'Uw huurcontract',
        body: 'Beste Sam, uw huurcontract loopt op 1 mei af. Wij bieden u graag een nieuw contract aan voor twee jaar, tegen dezelfde voorwaarden. Laat u mij voor 1 maart weten of u akkoord gaat?',
      },
      // x-3 al|el|tu curso escolar|siguiente (rules-es): no longer for "curso escolar" alone
      {
        name: 'an employer answers the reader who turned its offer down',
        kind: 'other',
        from: 'Elena Soto <rrhh@colegiolaribera.example>',
        subject: 'Re: Oferta',
        body: 'Hola Sam: gracias por contárnoslo con tiempo. Entendemos que un cambio de ciudad a mitad de curso escolar no es fácil. Cerramos tu proceso y te deseamos lo mejor.',
      },
      // guard: a school's offer of a post to a teacher is a job offer
      {
        name: 'a school offers a teaching post for the school year',
        kind: 'offer',
        from: 'Elena Soto <rrhh@colegiolaribera.example>',
        subject: 'Plaza de profesora',
        body: 'Hola Sam: nos alegra ofrecerte la plaza de profesora de inglés para el curso escolar 2026-2027, con un salario de 1.900 euros al mes. ¿Nos confirmas antes del viernes?',
      },
    ],
  },
  {
    title: 'clubs and newsletters',
    cases: [
      // x4 sportivement (rules-fr)
      {
        name: 'a handball club invites a young player to a selection day',
        kind: 'other',
        from: 'Comité Handball Loire <selection@handball-loire.example>',
        subject: 'Journée de sélection',
        body: 'Bonjour Sam, tu es convoqué à la journée de sélection régionale le dimanche 12 avril à 10h au gymnase Jean-Moulin : ateliers le matin, matchs l’après-midi, puis un entretien individuel avec les entraîneurs.\n\nSportivement,\nLe comité',
      },
      // x4 deixar de receber (rules-pt)
      {
        name: 'a careers newsletter on interview answers',
        kind: 'other',
        from: 'Rumo Profissional <boletim@rumoprofissional.example>',
        subject: 'Como responder na entrevista',
        body: 'Olá! Nesta semana: três perguntas que surgem em quase toda entrevista e como respondê-las, e o que dizer quando a proposta de salário vem baixa.\n\nPara deixar de receber este boletim, clique aqui.',
      },
    ],
  },
  {
    title: 'the reader as staff, parent or applicant for a grant',
    cases: [
      // x4 staff meeting (rules-en-against)
      {
        name: 'the cafe owner calls the staff to a meeting before opening',
        kind: 'other',
        from: 'Ines Walcott <ines@fernandfig.example>',
        subject: 'Tuesday',
        body: 'Morning all, staff meeting on Tuesday at 7.30am before we open, half an hour at most.\n\nAgenda:\n1. The new rota app\n2. Summer hours\n3. The till We also have an opening for a weekend cook, so send anyone good my way.',
      },
      // x4 childcare|creche|daycare|nursery|preschool place|places (rules-en-against)
      {
        name: 'a nursery offers a place to the reader’s son',
        kind: 'other',
        from: 'Bramble Hill Nursery <office@bramblehill.example>',
        subject: 'Nursery place for Theo',
        body: 'Dear Sam, we are delighted to offer Theo a place in our Hedgehogs group from January, four mornings a week. Please confirm by 20 October that you would like to take it up.',
      },
      // guard: a nursery's offer of a post to the reader is a job offer
      {
        name: 'a nursery offers the reader a practitioner post',
        kind: 'offer',
        from: 'Bramble Hill Nursery <office@bramblehill.example>',
        subject: 'Nursery Practitioner',
        body: 'Dear Sam, thank you for coming in on Monday. We are delighted to offer you the post of Nursery Practitioner, 30 hours a week at 12.60 an hour, starting 2 November. Please confirm by Friday.',
      },
      // x4 been funded (rules-en-against)
      {
        name: 'a community fund turns down a mural project',
        kind: 'other',
        from: 'Eastgate Community Fund <grants@eastgatefund.example>',
        subject: 'Your application – outcome',
        body: 'Dear Sam, thank you for applying with your mural project. The panel liked it, but the round was oversubscribed and your project has not been funded this time. The next round opens in spring.',
      },
      // guard: a post paid for by a grant is still a job offer
      {
        name: 'a lab offers a research post that a grant has funded',
        kind: 'offer',
        from: 'Dr Hana Ruiz <h.ruiz@northbridge-uni.example>',
        subject: 'Research Assistant post',
        body: 'Dear Sam, I am pleased to offer you the Research Assistant position in my lab. The post has been funded for two years by a national grant, with a salary of 34,000. Please let me know by 16 October whether you accept.',
      },
    ],
  },
];
