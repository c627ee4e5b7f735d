/**
 * Breadth session 15 (casual small employers and first jobs). Small employers name the job only by
 * what they need ("we need somebody for sunday mornings"), which is job context for a casual
 * invitation, while a friend who needs someone to bring ice invites nobody to a job. They turn
 * people down in passing: the crew is full up or the staff complete this season, the manager
 * picked somebody else or keeps it in the family, you weren't among the ones picked, it is not
 * quite the right fit, they need someone with more experience; a course full up, a quiz team that
 * is full, a family bakery or a lift from the station are not that. A trial session, a stage in a
 * kitchen and a bank's superday are interviews; a place on an apprenticeship is an offer, and so
 * are parents who would like you to tutor their son and a summer camp's place on its team. A fund
 * that turns down a project, a seminar or a module on interviewing and a student paper that asks
 * for an interview are not job mail. Each case is written for this test in its own words, none
 * taken from a corpus; each fails without the rule named in the comment above it, except the
 * guards, which show what must stay as it is.
 */
import type { CaseGroup } from './kind-case';

export const SENDER = 'Noor Haddad <noor@riverside-studio.example>';
export const DATE = '2026-09-14T09:00:00+00:00';

export const GROUPS: CaseGroup[] = [
  {
    title: 'casual employers who need someone',
    cases: [
      // j1 after|looking|need|needed _1 hands|people|somebody|someone|staff|workers for (rules-en)
      {
        name: 'need somebody for sunday mornings, drop in wednesday',
        kind: 'interview',
        subject: 'your note',
        body: "hi sam, saw your note in the window. we need somebody for sunday mornings at the shop. drop in wednesday about 3 and we'll have a natter?",
      },
      // guard: a friend's barbecue asks someone to bring ice, not for a job
      {
        name: 'barbecue: come round saturday, someone to bring ice',
        kind: 'other',
        subject: 'saturday!',
        body: 'hey sam, barbecue at ours - come round saturday about 4. we need someone to bring ice if you can grab some x',
      },
      // i5 trial|try a? day|lesson|session|shift|shifts (rules-en)
      {
        name: 'a trial session with a pupil',
        kind: 'interview',
        subject: 'piano lessons',
        body: "Hi Sam, my son wants to learn piano and a neighbour gave me your number. Could you do a trial session on Tuesday at 4pm at ours? If it goes well we'd book weekly lessons.",
      },
      // guard: a gym's free trial session is marketing
      {
        name: "a gym's free trial session",
        kind: 'other',
        subject: 'Your free pass',
        body: 'Hi Sam, claim your free trial session at Ironworks Gym this month. No contract, cancel any time. Unsubscribe here.',
      },
      // i5 have|wants you _1 come? back|in _3 chat|day|interview*|meeting|shift|stage|trial|visit (rules-en); without it "she wants you" reads as an offer
      {
        name: 'the head chef wants you in for a stage',
        kind: 'interview',
        subject: 'Thursday',
        body: 'Sam, the head chef read your CV. She wants you in for a stage on Thursday evening service, be here at 4, bring knives.',
      },
      // i5 superday* (rules-en)
      {
        name: 'a superday on a new date',
        kind: 'interview',
        subject: 'Updated: your Superday',
        body: 'Hi Sam, your Superday for the Summer Analyst program is now on Tuesday 12 May, 9:00 to 15:00, at our Leeds office.',
      },
    ],
  },
  {
    title: 'casual rejections and the look-alikes',
    cases: [
      // r5 full|fully staffed|up and j0.5 for|this the? season (rules-en); each alone is not enough
      {
        name: 'full up on instructors this season',
        kind: 'rejection',
        subject: 'picking work',
        body: "hi sam, thanks for your application. we're full up on instructors this season, all of last year's lot came back.",
      },
      // guard: a course full up is no job lost (no job context: the rejection counts for little)
      {
        name: 'a pottery course is full up',
        kind: 'other',
        subject: 'Pottery',
        body: "Hi Sam, sorry, the Thursday pottery course is full up this term. We'll let you know when we add another evening.",
      },
      // r4 chose|picked somebody|someone else|who|whose|with (rules-en)
      {
        name: 'the manager picked somebody else for the warehouse job',
        kind: 'rejection',
        subject: 'warehouse',
        body: 'Hi Sam, quick one: the manager picked somebody with a forklift licence for the warehouse job. Keep an eye out for the next one.',
      },
      // guard: picking someone up is no choice between candidates
      {
        name: 'picked someone up from the station',
        kind: 'other',
        subject: 'late',
        body: 'hey, running late, I picked someone up from the station and the traffic is awful. start without me',
      },
      // r6k isn't|not|wasn't|weren't among the|them|those (rules-en)
      {
        name: "you weren't among the ones picked for the crew",
        kind: 'rejection',
        subject: 'ski lift crew',
        body: "Hi Sam, thanks for coming to the lift crew recruitment day. Loads of people applied for the job and you weren't among the ones we picked this winter. Have another go next season.",
      },
      // r4 crew|staff|team is|are _1 complete|full (rules-en)
      {
        name: 'the bar staff is full this season',
        kind: 'rejection',
        subject: 'summer',
        body: 'Hey Sam, got your application for the bar. The bar staff is full for this season, cheers for asking. Gord',
      },
      // guard: a quiz team that is full is no job (no job context: the rejection counts for little)
      {
        name: 'a quiz team is full',
        kind: 'other',
        subject: 'quiz',
        body: 'sorry mate, our quiz team is full this week, next time!',
      },
      // r4 keep|keeping it in the family (rules-en)
      {
        name: 'the Sunday job stays in the family',
        kind: 'rejection',
        subject: 'the shop',
        body: "Hi Sam, thanks for asking about the Sunday job at the shop. In the end my niece is taking it, she is home from uni, so we're keeping it in the family this year. Thanks though!",
      },
      // guard: a family bakery's story is no rejection (no job context)
      {
        name: 'a family bakery keeps it in the family',
        kind: 'other',
        subject: 'Our story',
        body: 'Hi Sam, thanks for your order! We have baked here since 1962 and like to keep it in the family: my daughter now runs the ovens. Enjoy the loaf.',
      },
      // r3 somebody|someone _3 more _1 experience|experienced and r2 not|quite a|the _1 right? _1 fit|match
      // (rules-en; was "not" only): each alone is not enough
      {
        name: 'not quite the right fit, needs somebody with more experience',
        kind: 'rejection',
        subject: 'dog walking',
        body: "Hi Sam, I had a good think and I don't think the dog walking job is quite the right fit for now. I need somebody with a lot more experience of big, strong dogs.",
      },
      // guard: someone with more experience wanted as a volunteer mentor is no rejection
      {
        name: 'someone with more experience to mentor club members',
        kind: 'other',
        subject: 'Mentoring',
        body: 'Hi Sam, we are looking for someone with more experience to mentor two new members of the running club this spring. Fancy it?',
      },
    ],
  },
  {
    title: 'offers in plain words',
    cases: [
      // o4 have|like|want you _1 to? coach|teach|teaching|tutor _4 classes|courses|him|her|modules|sections
      // (rules-en; was have|want, teach only): parents hire a tutor for their child
      {
        name: 'parents would like the reader to tutor their son',
        kind: 'offer',
        subject: "Leo's French",
        body: 'Hi Sam, Leo really enjoyed Saturday. We would like you to tutor him on Mondays and Thursdays until his exams in June, at the rate you quoted. Let us know which week suits to begin.',
      },
      // o4 a|your place in|on our|the _3 apprenticeship|internship|program|programme|scheme|team (rules-en)
      {
        name: 'a place on a carpentry apprenticeship is confirmed',
        kind: 'offer',
        subject: 'Good news',
        body: 'Hi Sam, great news: your college results are in, so your place on the Level 2 Carpentry Apprenticeship is confirmed. Your start pack is in the post.',
      },
    ],
  },
  {
    title: 'casual mail in other languages',
    cases: [
      // i3 kommen|komm|kommst _8 vorbei (rules-de; was _4)
      {
        name: 'de: komm am Freitag um 10 vorbei',
        kind: 'interview',
        subject: 'Aushilfe',
        body: 'Hallo Sam, danke für deine Nachricht! Wir brauchen noch eine Aushilfe für samstags. Komm doch am Freitag um 10 Uhr mal vorbei, dann quatschen wir kurz.',
      },
      // j1 suche|suchen _3 jemand|jemanden (rules-de)
      {
        name: 'de: wir suchen jemanden',
        kind: 'interview',
        subject: 'Dein Zettel',
        body: 'Hallo Sam, wir suchen tatsächlich noch jemanden für die Theke. Komm doch Dienstag um 14 Uhr vorbei und wir trinken einen Kaffee.',
      },
      // o3 vertrag _3 fertig|schicken|senden|zuschicken|zusenden (rules-de)
      {
        name: 'de: the contract made ready',
        kind: 'offer',
        subject: 'Ab Mai',
        body: 'Hallo Sam, wenn du magst, kannst du ab 2. Mai bei uns im Café anfangen, samstags und sonntags. Den Vertrag mache ich dir fertig.',
      },
      // j1 precisamos|procuramos _2 alguem and i3 conversa rapida|informal (rules-pt); each alone is not enough
      {
        name: 'pt: precisamos de alguém, conversa rápida',
        kind: 'interview',
        subject: 'Esplanada',
        body: 'Olá Sam, obrigada pela mensagem! Ainda precisamos de alguém para a esplanada ao domingo. Podes passar cá quinta às 16h? É só uma conversa rápida.',
      },
      // rules-pt: o5 convid* _3 integrar; o3 anexo|segue|seguem _3 contrato; "férias" in a subject no
      // longer an auto-reply (x5ks ausencia|ausente|automatica; a "campo de férias" is a summer camp);
      // x3 jogo (was x4 with campeonato|torneio|treino: a game with the children at a camp). Each is
      // needed here.
      {
        name: 'pt: a summer camp invites the reader to join its team',
        kind: 'offer',
        subject: 'Campo de férias de agosto',
        body: 'Olá Sam! Gostámos muito de te conhecer no sábado, os miúdos adoraram o jogo da caça ao tesouro. Queremos convidar-te para integrar a equipa de monitores no turno de agosto. Em anexo segue o contrato; devolve-o assinado até dia 20. Abraço, Rita',
      },
      // x4k erasmus (rules-es): a student exchange place, not a job filled
      {
        name: 'es: plaza de Erasmus asignada',
        kind: 'other',
        subject: 'Movilidad 2026/27',
        body: 'Estimado estudiante: tu plaza de movilidad Erasmus ha sido asignada en la Universidad de Bolonia para el segundo cuatrimestre. Tienes cinco días para aceptarla o renunciar.',
      },
    ],
  },
  {
    title: 'look-alikes: a fund, a seminar and a student paper',
    cases: [
      // x4k application|applied|applying for|to our|the|this _2 award|fund|grant|prize (rules-en-against)
      {
        name: 'a small arts fund turns down a project',
        kind: 'other',
        subject: 'Makers Fund - decision',
        body: "Hi Sam, thanks for applying to the Makers Fund with your print workshop idea. The panel liked it, but money was tight this time and we can't support it. The next round opens in March.",
      },
      // i3 interview|interviews (rules.ts; was also "interviewing", which names the activity, a course
      // or a seminar, and is no invitation to the reader)
      {
        name: 'a timetable change for an interviewing skills seminar',
        kind: 'other',
        subject: 'Timetable changes this week',
        body: 'Dear students, the Interviewing Skills seminar has moved from Tuesday to Thursday, 10:00-12:00, in room B12, and your personal tutor meetings are now in week 2. Please check your timetable before the first day of teaching.',
      },
      // i4 oral interview|interviews (rules-en), no longer "oral" in the list before "interview*", which
      // read "Oral History: Interviewing …" as an interview
      {
        name: 'option modules confirmed, one on oral history interviewing',
        kind: 'other',
        subject: 'Your option modules',
        body: 'Hi Sam, your spring option modules are confirmed: Cities and Memory, and Oral History: Interviewing Communities. Your timetable will update within two days.',
      },
      // x3 gazette|magazine|newspaper|on-air|press|readers|television|tv|viewers (rules.ts)
      {
        name: 'a student paper asks to interview the reader',
        kind: 'other',
        subject: 'Could I interview you?',
        body: "Hi Sam, I'm writing a feature on students with part-time jobs. Could I interview you for the Riverside Gazette this week? Fifteen minutes on the phone is plenty.",
      },
    ],
  },
];
