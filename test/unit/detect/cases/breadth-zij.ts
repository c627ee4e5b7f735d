/**
 * Breadth rounds zi (hiring at volume and in regulated sectors) and zj (webmail structure). In
 * Portuguese: "a sua candidatura não prosseguirá" and "seguir com outros perfis" say no (the second
 * over "fazer parte do time", which there is the reader's own wish); a bulletin announcing a public
 * competition gives the deadline to apply ("prazo de candidatura"), a notice to a candidate does
 * not. In Dutch: "u bent niet bij de kandidaten die wij uitnodigen voor een gesprek" names an
 * interview the reader is not invited to. In French: a public competition's "pas déclaré admis"
 * says no, its "épreuves d'admission" are no university's; a job dating the reader came to comes
 * before a no. In webmail structure: a short reply to the reader ("Re: …") whose own words name no
 * job takes its job context from the history it quotes, unless it goes to an organisation (the
 * reader's own reply). Each case is written for this test in its own words,
 * none taken from a corpus; each fails without the rule named in the comment above it, except the
 * guards, which show what must stay as it is.
 */
import type { CaseGroup } from './kind-case';

export const SENDER = 'Marta Lobo <marta.lobo@recrutamento.example>';
export const DATE = '2026-05-04T09:00:00+00:00';

/** The candidate's note about a job, quoted under a reply that names no job. */
const quotedAsk =
  '\n\nOn Mon, 4 May 2026 at 08:10, Sam Rivera <sam.rivera@mail.example> wrote:\n> Hi Dev, thanks for considering me for the line cook opening. I am free most mornings next week.\n> Sam';

export const GROUPS: CaseGroup[] = [
  {
    title: 'Portuguese and Dutch volume hiring',
    cases: [
      // r5k candidatura _3 nao _2 avanca|avancara|avancar|prossegue|prosseguira|segue|seguira
      {
        name: '"a sua candidatura não prosseguirá" after a group exercise',
        kind: 'rejection',
        subject: 'Processo de seleção – Operador de Loja',
        body: 'Olá Rui,\n\nObrigado por ter estado connosco na dinâmica de grupo de terça-feira.\n\nDepois de avaliarmos todas as fases, a sua candidatura não prosseguirá no processo de Operador de Loja.\n\nCumprimentos,\nEquipa de Recrutamento',
      },
      // guard: the same opening with a next step stays an interview
      {
        name: 'a group exercise invitation stays an interview',
        kind: 'interview',
        subject: 'Processo de seleção – Operador de Loja',
        body: 'Olá Rui,\n\nA sua candidatura para Operador de Loja avançou. Convidamos a participar numa dinâmica de grupo na terça-feira, 12 de maio, às 10h00, na nossa loja do Porto.\n\nCumprimentos,\nEquipa de Recrutamento',
      },
      // r5k seguir|avancar|continuar|prosseguir com _1 outros|outras _2 candidat*|perfis|pessoas|profissionais
      {
        name: '"decidimos continuar com outras pessoas" under "fazer parte do time"',
        kind: 'rejection',
        subject: 'Sua candidatura',
        body: 'Oi, Paula!\n\nObrigado pelo seu interesse em fazer parte do time e pelo tempo que dedicou às etapas do processo para Assistente Financeiro.\n\nPor agora, decidimos continuar com outras pessoas cujo perfil se aproxima mais da vaga. Guardamos o seu currículo para futuras oportunidades.\n\nAbraço,\nTime de Gente',
      },
      // x3 prazo|prazos de candidatura|candidaturas
      {
        name: 'a bulletin announcing a competition, with an interview among its methods, is other',
        kind: 'other',
        subject: 'Novo concurso – 80 vagas de Técnico Administrativo',
        body: 'Olá Sofia,\n\nAbriu hoje um concurso para 80 vagas de Técnico Administrativo nos serviços municipais do Algarve.\n\n- Seleção: prova escrita e entrevista\n- Prazo de candidatura: 15 dias úteis\n- Vencimento: segundo a tabela única\n\nEste boletim é apenas informativo.\n\nBoletim de Emprego',
      },
      // guard: a notice to a candidate of a competition stays a rejection
      {
        name: 'a competition notice excluding the reader stays a rejection',
        kind: 'rejection',
        subject: 'Concurso – Técnico Administrativo – notificação',
        body: 'Exma. Senhora Sofia Pinto,\n\nFica notificada de que, com a classificação obtida na prova escrita, se considera excluída do procedimento, não lhe sendo aplicado o método de seleção seguinte.\n\nA Presidente do Júri',
      },
      // r5k pas _2 declare|declaree|declares admis|admise|admises, and x4k admission|admissions narrowed to
      // university words (_6 annee|ecole|formation|licence|master|parcoursup|universit*) or to the
      // words around an admission decision (decision|dossier|proposition|resultat|service _3 admission)
      {
        name: 'a public competition: the jury did not declare the reader "admis" after the admission tests',
        kind: 'rejection',
        subject: 'Concours d’agent de police municipale – résultats',
        body: 'Madame,\n\nÀ l’issue des épreuves d’admission du concours d’agent de police municipale, le jury ne vous a pas déclarée admise. Vous pouvez demander le détail de vos notes par courrier.\n\nLe service des concours',
        from: 'Centre de gestion <concours@cdg.example>',
      },
      // guard: a university's admission decision stays other
      {
        name: "a university's refused admission stays other",
        kind: 'other',
        subject: 'Votre dossier',
        body: 'Madame, la commission a examiné votre dossier et ne peut pas donner une suite favorable à votre admission en licence professionnelle pour la rentrée.\n\nLe service de la scolarité',
        from: 'Scolarité <scolarite@univ.example>',
      },
      // x3 job dating (was x4k; also needs r5 ne retenons|retiendrons pas): a job dating the reader
      // went to, then a no
      {
        name: 'a no after the job dating the reader came to',
        kind: 'rejection',
        subject: 'Votre candidature – vendeur',
        body: 'Bonjour Léo,\n\nMerci d’être passé à notre job dating de mars. Après réflexion, nous ne retenons pas votre candidature pour le poste de vendeur en CDD. Bonne continuation !\n\nMagasin Centre',
        from: 'Magasin Centre <rh@magasin.example>',
      },
      // r5 ne retenons|retiendrons pas
      {
        name: '"nous ne retiendrons pas votre profil"',
        kind: 'rejection',
        subject: 'Poste de préparateur de commandes',
        body: 'Bonjour Yanis,\n\nMerci pour votre candidature au poste de préparateur de commandes. Nous ne retiendrons pas votre profil cette fois-ci.\n\nCordialement,\nL’équipe RH',
        from: 'Entrepôt Nord <rh@entrepot.example>',
      },
      // guard: a job fair with a job dating corner stays other
      {
        name: 'a job fair with a job dating corner stays other',
        kind: 'other',
        subject: 'Salon de l’emploi – samedi',
        body: 'Bonjour,\n\nLe salon de l’emploi ouvre samedi de 10 h à 16 h : 50 entreprises, un espace job dating avec des entretiens courts et des ateliers CV. Entrée libre.\n\nLa mairie',
        from: 'Mairie <emploi@mairie.example>',
      },
      // i-3 niet _1 bij|tot _1 de _3 kandidaten|sollicitanten die _3 uitnodig* _4 gesprek|…
      {
        name: '"u bent niet bij de sollicitanten die wij uitnodigen voor een gesprek"',
        kind: 'rejection',
        subject: 'Uw sollicitatie als baliemedewerker',
        body: 'Beste mevrouw De Wit,\n\nDank voor uw sollicitatie als baliemedewerker bij de bibliotheek. We hebben veel reacties ontvangen en helaas bent u niet bij de sollicitanten die wij uitnodigen voor een eerste gesprek.\n\nMet vriendelijke groet,\nTeam Personeelszaken',
        from: 'Team P&O <po@bibliotheek.example>',
      },
      // guard: an invitation to the reader stays an interview
      {
        name: 'the reader among the candidates invited stays an interview',
        kind: 'interview',
        subject: 'Uw sollicitatie als baliemedewerker',
        body: 'Beste mevrouw De Wit,\n\nGoed nieuws: u bent een van de sollicitanten die wij graag uitnodigen voor een eerste gesprek, op dinsdag 19 mei om 14.00 uur in de bibliotheek.\n\nMet vriendelijke groet,\nTeam Personeelszaken',
        from: 'Team P&O <po@bibliotheek.example>',
      },
    ],
  },
  {
    title: 'a short reply over the quoted thread',
    sender: 'Dev Malhotra <dev@brassline-kitchen.example>',
    date: '2026-05-05T09:00:00+00:00',
    cases: [
      // engine: a reply to a person without a job word takes its job context from the quoted history
      {
        name: "a one-line time confirmation over the candidate's note about the opening",
        kind: 'interview',
        subject: 'Re: next week',
        body: `Thursday at 9:30 suits us for a quick chat. See you then at the back door of the kitchen.\n\nDev${quotedAsk}`,
      },
      // guard: the same line over a thread about no job stays other
      {
        name: 'a time confirmation over a thread about a dinner stays other',
        kind: 'other',
        subject: 'Re: next week',
        body: 'Thursday at 9:30 suits us for a quick chat. See you then at the back door of the kitchen.\n\nDev\n\nOn Mon, 4 May 2026 at 08:10, Sam Rivera <sam.rivera@mail.example> wrote:\n> Hi Dev, shall we try the new dumpling place? I am free most mornings next week.\n> Sam',
      },
      // guard: the reader's own short reply to an employer stays other
      {
        name: "the reader's own confirmation to the employer stays other",
        kind: 'other',
        subject: 'Re: next week',
        from: 'Sam Rivera <sam@riverahome.example>',
        to: 'Dev Malhotra <dev@brassline-kitchen.example>',
        body: 'Thursday at 9:30 suits me for a quick chat. See you then.\n\nSam\n\nOn Mon, 4 May 2026 at 08:10, Dev Malhotra <dev@brassline-kitchen.example> wrote:\n> Hi Sam, can you come in for a trial shift for the line cook opening? Thursday at 9:30?\n> Dev',
      },
    ],
  },
];
