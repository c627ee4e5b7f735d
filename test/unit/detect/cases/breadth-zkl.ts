/**
 * Breadth rounds zk/zl (casual small employers; the English of many countries) and zm/zn (below). A
 * course, lesson or tour whose places are all taken is not a job the reader lost; a job whose
 * places are filled still is. Small employers hire in plain words: a shift to try, a portfolio to
 * bring, tips shared with the staff, a place on the roster; other countries' mail has its own:
 * a letter of hire, the approval of the reader's hire, an auto-reply saying whether you will be
 * invited. A radio show's interview and a professional exam to re-sit are not job emails. Each case is written for this test in its own words, none taken
 * from a corpus; each fails without the rule named in the comment above it, except the guards,
 * which show what must stay as it is.
 */
import type { CaseGroup } from './kind-case';

export const SENDER = 'Noor Haddad <noor@riverside-studio.example>';
export const DATE = '2026-09-14T09:00:00+00:00';

export const GROUPS: CaseGroup[] = [
  {
    title: 'places that are filled',
    cases: [
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
    ],
  },
  {
    title: 'casual hiring in plain words',
    cases: [
      // i5 trial|try a? day|lesson|shift|shifts (rules-en)
      {
        name: 'come and try a shift at the bakery stall',
        kind: 'interview',
        subject: 'friday',
        body: 'hi sam! fancy coming to try a shift with us friday, 6 till 10? just so we can all see how it goes. we pay for it obviously',
      },
      // (its own rule, i4 show me|us your portfolio, went in session 13: the other cues decide it)
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
    ],
  },
  {
    title: 'hiring conventions of other countries',
    cases: [
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
    ],
  },
  {
    title: 'interviews and results that are not about a job',
    cases: [
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
    ],
  },
  /*
   * Breadth round zm/zn: short-notice and part-time work arranged in a line or two by busy people
   * (zm), and everyday hiring in continental Europe and Latin America in informal register (zn).
   */
  {
    title: 'casual work arranged in passing',
    cases: [
      // o4 if _4 free|interested|keen|want _3 gig|job|job's|position|role _2 is? yours (rules-en):
      // the reader's own choice does not make the offer conditional
      {
        name: 'if the reader is still keen, the job is theirs',
        kind: 'offer',
        subject: 'kitchen porter',
        body: 'hi sam, one of the porters has left us. if you are still keen the job is yours from the 5th, four evenings a week. text me back by tuesday',
      },
      // o4 could|would|will you _3 be|being our|my regular (rules-en)
      {
        name: 'would the reader be the regular window cleaner',
        kind: 'offer',
        subject: 'windows',
        body: 'Hi Sam, the windows are spotless, thank you! Would you like to be our regular window cleaner, first Monday of every month, 40 a visit?',
      },
      // guard: a shop thanking a customer for being a regular stays other
      {
        name: 'a shop thanks a regular customer',
        kind: 'other',
        subject: 'A little thank-you',
        body: 'Hi Sam, thank you for being our regular customer this year. Here is 10% off your next visit to the bakery.',
      },
      // o2 #d plus food|meals|tips|travel (rules-en)
      {
        name: 'a band books a stand-in drummer for a party, the fee plus meals',
        kind: 'offer',
        subject: 'the 9th',
        body: 'Sam! We would love you as our drummer for the birthday party on the 9th. 150 plus meals, soundcheck at 5.',
      },
      // guard: a quote with VAT on top stays other
      {
        name: 'a plumber quotes a price plus VAT',
        kind: 'other',
        subject: 'Quote',
        body: 'Hi Sam, for the new boiler valve it comes to 240 plus VAT, parts included. Let me know and I will book it in.',
      },
      // guard: a friend asking the reader over on Saturday stays other
      {
        name: 'a friend asks the reader over on Saturday',
        kind: 'other',
        subject: 'bbq',
        body: 'come over saturday around 6, we are doing a barbecue. bring whatever you like to drink',
      },
      // i4 come|drop|pop|stop|swing by|in|into|over _4 <day> (rules-en, merged with "can you come by
      // <day>") and i3 see|watch how? u|you|your|yuh work (rules-en): each alone fails it
      {
        name: 'a nail bar asks the reader in to see their work',
        kind: 'interview',
        subject: 'open chair',
        body: 'hey, loved the nails on your page. come in saturday 11am and do a set on one of the girls so i can see your work. bring your kit',
      },
      // r5k can't|cannot|not|… _2 plac* you and j1 place|placing you as (rules-en)
      {
        name: 'a temp agency cannot place the reader this winter',
        kind: 'rejection',
        subject: 'winter work',
        body: 'Hi Sam, sorry, the depot has cut back, so I cannot place you as a driver this winter. I will ring you if anything changes in spring.',
      },
      // $cand …|carer|nanny|tutor (rules-en) in r5k decided|go|going|gone|went _2 with another|other _1 $cand|else
      {
        name: 'a family is going with another nanny',
        kind: 'rejection',
        subject: 'nanny position',
        body: "Hi Sam, thank you so much for coming to meet the kids and for putting up with the noise. We've thought it over and we're going to go with another nanny, mostly because she can start earlier in the mornings. You were great, and I'd be happy to give a reference. Best, Kate",
      },
      // j1 hands|helpers|lads|pickers|staff|workers for|this the? christmas|season|summer (rules-en)
      {
        name: 'a farm has enough pickers for the season',
        kind: 'rejection',
        subject: 'Re: picking',
        body: 'Hi Sam, thanks for asking but we have got enough pickers for the season now. Try the farm up the road.',
      },
      // guard: colleagues swapping summer shifts stay other
      {
        name: 'a colleague asks to swap shifts over the summer',
        kind: 'other',
        subject: 'swap?',
        body: 'hey sam, we are short of staff for the summer, could you swap your saturday for my sunday in july? thanks',
      },
    ],
  },
  {
    title: 'everyday hiring in continental Europe and Latin America',
    cases: [
      // de: o4 am|ab #d|<weekday>|sofort _6 bei uns _5 anfangen|… (rules-de)
      {
        name: 'a German bakery says the reader can start on Tuesday',
        kind: 'offer',
        subject: 'Aushilfe',
        body: 'Hallo Sam, passt alles. Du kannst ab Dienstag bei uns als Aushilfe im Verkauf anfangen. Gruß, Petra',
      },
      // nl: o4 ge|je|jij|u kan|kunt|mag|moogt _6 beginnen|starten als (rules-nl)
      {
        name: 'a Flemish shop says the reader can start as a sales assistant',
        kind: 'offer',
        subject: 'goed nieuws',
        body: 'Dag Sam, goed nieuws: ge kunt vanaf 2 juni beginnen als verkoper in de winkel, drie dagen per week. Het contract stuur ik nog door. Tot dan, Koen',
      },
      // nl: r5k met|voor iemand anders _2 gegaan|gekozen (rules-nl)
      {
        name: 'a Dutch garage went on with someone else',
        kind: 'rejection',
        subject: 'je sollicitatie',
        body: 'Hoi Sam, fijn dat je dinsdag langs wilde komen. We zijn uiteindelijk met iemand anders verder gegaan voor de plek van monteur. Succes verder!',
      },
      // nl: i5 …|proefknip|… (rules-nl)
      {
        name: 'a Dutch salon invites the reader to a trial cut',
        kind: 'interview',
        subject: 'kapper',
        body: 'Hoi Sam, leuk je werk op insta! Kom je dinsdag een proefknip doen in de zaak? Neem een model mee.',
      },
      // pt: r5 avancamos|fomos|prosseguimos|seguimos|… _1 com _1 outra|… _1 pessoa|… (rules-pt)
      {
        name: 'a Portuguese office carried on with another person',
        kind: 'rejection',
        subject: 'Candidatura',
        body: 'Olá Sam, obrigada pela entrevista. Avançámos com outra pessoa para a vaga de rececionista. Boa sorte!',
      },
      // pt: r5 nao _2 avancar|… com _3 …|contratacao|… (rules-pt)
      {
        name: 'a Portuguese shop can no longer go ahead with hiring the reader',
        kind: 'rejection',
        subject: 'loja',
        body: 'Olá Sam, peço desculpa, mas a loja vai fechar e não vamos avançar com a tua contratação. Fico triste.',
      },
      // es: i4 pasate|…|venis|vienes _4 <day> (rules-es)
      {
        name: 'a Spanish bar asks the reader to come on Monday',
        kind: 'interview',
        subject: 'camarero',
        body: 'Buenas Sam, vi tu currículum. ¿Te vienes el lunes a las 12 y lo hablamos? Estamos en la plaza.',
      },
      // fr: o4 bon|ok pour toi|vous comme (rules-fr)
      {
        name: 'a French farm takes the reader on as a picker',
        kind: 'offer',
        subject: 'cueillette',
        body: "Salut Sam, c'est ok pour toi comme cueilleur, on démarre le 2 juin à 7h. Prends des gants. Paul",
      },
      // fr: i4 #d|demain|<weekday> _4 t'|te|vous conviendrait|irait (rules-fr)
      {
        name: 'a French nursery moves the meeting to Friday',
        kind: 'interview',
        subject: 'Poste animatrice',
        body: 'Bonjour Sam, je dois annuler mardi, désolée. Vendredi à 10h te conviendrait ? Bises, Julie',
      },
      // fr: j0.5 $t …|auxiliaire|… (rules-fr): a care worker's job is job context
      {
        name: 'a French family asks a care worker to come by on Tuesday',
        kind: 'interview',
        subject: 'Pour mon père',
        body: 'Bonjour Madame, merci pour votre message. Nous cherchons une auxiliaire de vie pour mon père le soir. Pourriez-vous passer mardi à 17h ? Cordialement, Claire',
      },
      // de: i4 reden|sprechen wir _3 uber die|deine|ihre _2 job|stelle (rules-de)
      {
        name: 'a German professor asks a student in to talk about the post',
        kind: 'interview',
        subject: 'Stelle',
        body: 'Hallo Herr Weber, am Freitag um 10 Uhr in meinem Büro? Dann sprechen wir über die Stelle. Gruß, K. Brandt',
      },
      // de: o2 #d die|pro stunde (rules-de)
      {
        name: 'a German farm names the hourly pay with the start date',
        kind: 'offer',
        subject: 'Ernte',
        body: 'Hallo Sam, passt, du kannst am 3. August bei uns anfangen. 14 € die Stunde, den Arbeitsvertrag bekommst du am ersten Tag. Bring deine Steuer-ID mit.',
      },
      // pt: i4 para conversarmos|falarmos sobre _3 cargo|emprego|lugar|trabalho|vaga (rules-pt)
      {
        name: 'a Portuguese café asks the reader in to talk about the place',
        kind: 'interview',
        subject: 'café',
        body: 'Olá Sam, vi o teu CV. Passas por cá amanhã para falarmos sobre o lugar de empregado de mesa? Abraço, Nuno',
      },
      // pt: x4k nao fiquei com _1 a|o _1 emprego|lugar|vaga (rules-pt): a friend's own news
      {
        name: 'a Portuguese friend did not get the job she interviewed for',
        kind: 'other',
        subject: 'não deu',
        body: 'Sam, não fiquei com a vaga no hotel, ligaram hoje e escolheram alguém com mais experiência. Obrigada pela ajuda com a entrevista! Jantamos sexta?',
      },
      // es: x4k armando|escribiendo|… _4 articulo|nota|reportaje _2 sobre (rules-es): a journalist's interview
      {
        name: 'a Spanish journalist asks a shop owner for an interview for a piece',
        kind: 'other',
        subject: 'Entrevista',
        body: 'Hola Sam, estoy armando una nota sobre los comercios del barrio. ¿Te puedo hacer una entrevista el martes a las 11? Saludos, Laura',
      },
      // fr: x4 notre prochaine lettre|newsletter (rules-fr)
      {
        name: 'a French casting newsletter promises an interview in the next issue',
        kind: 'other',
        subject: 'Casting été',
        body: 'Bonjour à tous, nous recherchons des figurants pour un tournage en juin, 100 € brut la journée. Envoyez vos disponibilités. Dans notre prochaine lettre : un entretien avec une directrice de casting.',
      },
      // fr: x4k appel a projets (rules-fr)
      {
        name: 'a call for projects is not granted',
        kind: 'other',
        subject: 'Résultat',
        body: "Madame, Monsieur, nous avons le regret de vous informer que votre candidature à l'appel à projets n'a pas été retenue.",
      },
      // fr: x4 offre de prix|tarifaire (rules-fr)
      {
        name: 'a supplier sends a price offer',
        kind: 'other',
        subject: 'Offre tarifaire 2027',
        body: 'Bonjour Sam, voici notre offre tarifaire pour 2027, prix fermes jusqu’au 30 juin. Notre offre inclut la livraison.',
      },
    ],
  },
  {
    title: 'offers and interviews for someone else',
    cases: [
      // x4 place|places|spot at|in our|the? childcare|creche|daycare|kindergarten|kita|preschool (rules-en-against)
      {
        name: 'a daycare offers a place to the reader’s daughter',
        kind: 'other',
        subject: 'Daycare place for Mia',
        body: 'Dear Ms Rivera, we are pleased to offer Mia a place at the daycare on Linden Street from 1 September, 8 hours a day. Please confirm in the parent portal by 20 June.',
      },
      // guard: a job on a daycare's team is still an offer
      {
        name: 'a daycare offers the reader a place on its team',
        kind: 'offer',
        subject: 'Assistant role',
        body: 'Hi Sam, we would love to offer you a place in our daycare team as an assistant from August, 30 hours a week. Contract to follow.',
      },
      // x4 you interview all|both|each|these|them|three|two (rules-en-against): a recruiter writes to the hiring manager
      {
        name: 'a recruiter suggests the hiring manager interview both finalists',
        kind: 'other',
        subject: 'Finalists: sales lead',
        body: "Hi Sam, here are the two finalists for your sales lead role, CVs attached. I'd suggest you interview both next week. Shall I set up the interviews for Tuesday?",
      },
      // x4 …|special|… _2 offer* (rules-en-against, gap widened): a trade show's discount
      {
        name: 'a tool maker invites a customer to its product day with a special offer',
        kind: 'other',
        subject: 'Invitation: product day at our Leeds store',
        body: 'Dear Mr Rivera, we are happy to invite you to our product day on Friday 6 May, 10:00 - 16:00. Special product day offer: 15% off all orders. Interviews with two carpenters who tested the new saws. Register with the link below.',
      },
    ],
  },
];
