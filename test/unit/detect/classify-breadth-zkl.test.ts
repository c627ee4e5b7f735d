/**
 * Breadth round zk/zl: casual small employers (zk) and the English of many countries (zl). A
 * course, lesson or tour whose places are all taken is not a job the reader lost; a job whose
 * places are filled still is. Small employers hire in plain words: a shift to try, a portfolio to
 * bring, tips shared with the staff, a place on the roster; other countries' mail has its own:
 * a letter of hire, the approval of the reader's hire, an auto-reply saying whether you will be
 * invited. A radio show's interview and a professional exam to re-sit are not job emails. Each case is written for this test in its own words, none taken
 * from a corpus; each fails without the rule named in the comment above it, except the guards,
 * which show what must stay as it is.
 */
import { describe } from 'vitest';
import { checkKinds, type KindCase } from './kind-cases';

const SENDER = 'Noor Haddad <noor@riverside-studio.example>';

function check(cases: KindCase[]): void {
  checkKinds(cases, SENDER, '2026-09-14T09:00:00+00:00');
}

describe('places that are filled', () => {
  check([
    // x4 places|seats|spots|tickets for _3 course|lesson|lessons|tour|workshop|workshops (rules-en-against)
    {
      name: 'the seats for a weekend sourdough course are all taken',
      kind: 'other',
      subject: 'Sourdough course',
      body: 'Hello Sam, sorry, the seats for the weekend sourdough course have all been filled. We will email you when we add another date.',
    },
    // guard: a job's places filled is a rejection
    {
      name: 'the places on a trainee scheme the reader applied to are filled',
      kind: 'rejection',
      subject: 'Your application',
      body: 'Dear Sam, thank you for applying to our trainee scheme. All places for this intake have now been filled and we are unable to progress your application.',
    },
  ]);
});

describe('casual hiring in plain words', () => {
  check([
    // i5 trial|try a? day|lesson|shift|shifts (rules-en)
    {
      name: 'come and try a shift at the bakery stall',
      kind: 'interview',
      subject: 'friday',
      body: 'hi sam! fancy coming to try a shift with us friday, 6 till 10? just so we can all see how it goes. we pay for it obviously',
    },
    // i4 show me|us your portfolio (rules-en)
    {
      name: 'come by the workshop and show us your portfolio',
      kind: 'interview',
      subject: 'your drawings',
      body: 'hey sam, loved the sketches. want to come by the workshop one day next week and show us your portfolio? we need a junior designer from october.',
    },
    // o2 tips _2 pooled|shared|split (rules-en)
    {
      name: 'weekend evenings, an hourly rate and the tips shared out',
      kind: 'offer',
      subject: 'weekends',
      body: 'hi sam, so do you want the job? weekend evenings, 12.50 an hour and tips are shared out every sunday. let me know by wednesday so I can do the rota.',
    },
    // guard: advice "tips for" a new job is not pay (x1 tips for|on|to, rules-en-against)
    {
      name: 'a newsletter with tips for a first week at work',
      kind: 'other',
      subject: 'This week: settling in',
      body: 'Hi Sam, here are our five tips for your first week in a new job: arrive early, ask questions and write things down. Unsubscribe at any time.',
    },
    // o3 put|add you on|to my|our|the _1 roster|rota|schedule (rules-en)
    {
      name: 'the reader is added to a tutor roster',
      kind: 'offer',
      subject: 'science tutoring',
      body: 'Hi Sam, thanks for the sample session. I would like to add you to my roster of science tutors from next month, two students to begin with, 30 an hour.',
    },
  ]);
});

describe('hiring conventions of other countries', () => {
  check([
    // o5k letter of appointment|employment|hire|intent|offer (rules-en)
    {
      name: 'a letter of hire for a fixed-term post',
      kind: 'offer',
      subject: 'Term posting 14',
      body: 'Dear Sam, further to the competition for the clerk posting in our Halifax office, your letter of hire is enclosed. Please return a signed copy by 2 October.',
    },
    // x3 (was x4) approval|approve|approved|approving _1 a|an|the|this _2 headcount|hire|offer|requisition
    // (rules-en-against): in an offer the approval of the reader's hire is not the hiring manager's
    {
      name: 'the panel recommended the reader and the hire was approved',
      kind: 'offer',
      subject: 'Records Officer',
      body: 'Dear Sam, I am pleased to say the selection panel has recommended you for the post of Records Officer and the Board has approved the hire. Details of salary and start date will follow from our HR office.',
    },
    // guard: internal mail about approving a hire stays other
    {
      name: 'a hiring manager is told the headcount was approved',
      kind: 'other',
      subject: 'Headcount',
      body: 'Hi Sam, finance has approved the headcount for your team, so you can open the analyst requisition this week.',
    },
    // nl: x4a of je|u wordt|bent uitgenodigd|geselecteerd (rules-nl)
    {
      name: 'a Dutch acknowledgement says you will hear whether you are invited',
      kind: 'other',
      subject: 'Ontvangst sollicitatie',
      body: 'Beste Sam, bedankt voor je sollicitatie op de vacature medewerker klantenservice. Na de sluitingsdatum laten we je weten of je wordt uitgenodigd voor een eerste gesprek. Met vriendelijke groet, Team Werving',
    },
    // pt: i3 consegue|…|para|… _1 passar|vir _5 <day> (rules-pt)
    {
      name: 'a Portuguese shop asks the reader to drop by on Friday',
      kind: 'interview',
      subject: 'vaga',
      body: 'Oi Sam, recebi seu currículo. Dá para passar na loja na sexta às 10h? A vaga é de vendedora, de segunda a sábado. Abraço, Rita',
    },
    // fr: j1 apprenti|apprentie|apprentis|… (rules-fr)
    {
      name: 'a French workshop asks an apprentice to drop by',
      kind: 'interview',
      subject: 'atelier',
      body: "Salut Sam, tu peux passer à l'atelier jeudi vers 9h ? On cherche un apprenti menuisier pour septembre. À jeudi, Marc",
    },
    // fr: o4 fera|ferons|passe|… _3 contrat|signer (rules-fr)
    {
      name: 'a French garage will draw up the contract',
      kind: 'offer',
      subject: 'ok pour nous',
      body: "Salut Sam, c'est bon pour nous pour le poste d'apprenti. On fera le contrat ensemble mercredi au garage, ramène ta pièce d'identité. Marc",
    },
  ]);
});

describe('interviews and results that are not about a job', () => {
  check([
    // x4k appear|appearing|come|coming on the|our _2 programme|show (rules-en-against)
    {
      name: 'a radio producer asks a vet to come on the show',
      kind: 'other',
      subject: 'Breakfast programme',
      body: 'Hi Dr Rivera, would you come on our breakfast show on Wednesday for a short live interview about ticks and dogs? About six minutes over the phone.',
    },
    // x4k re-sit|resit the? exam|examination|module|modules|paper|papers (rules-en-against)
    {
      name: 'a professional body says an exam paper was failed',
      kind: 'other',
      subject: 'Results',
      body: 'Dear Candidate, we regret to inform you that you were not successful in Paper 2 of the accountancy examinations. You may re-sit the paper at the next session.',
    },
    // guard: a job's fitness test to re-sit is still a rejection
    {
      name: 'a recruit may re-sit a fitness test after failing it',
      kind: 'rejection',
      subject: 'Recruitment: fitness test',
      body: 'Dear Sam, you did not reach the required standard in the fitness test and are unable to progress in this recruitment round. You can re-sit the test after three months.',
    },
  ]);
});
