/**
 * Wording in German, French, Spanish, Portuguese and Dutch that two more outside writers' sets
 * showed the classifier missing: offers as a public appointment (benoemen, nommer, nombramiento,
 * Ernennung), a freelance assignment confirmed, a renewal in Portuguese HR words, a trial day, a
 * first meeting on a given day; decisions for "other people" or "a candidate who …", a second round
 * refused; and the traps that borrow job words and must stay "other": a daycare place or a flat
 * given to the reader or to someone else, a friend's own offer, interview or resignation, the
 * reader asked to hold the interview. Emails written for this test, none taken from a corpus.
 */
import type { CaseGroup } from './kind-case';

/** A recruiter: writes each email that names no other sender. */
export const SENDER = 'Lea Martens <lea.martens@brightpath-hr.example>';
export const DATE = '2026-05-11T09:00:00+00:00';

const FRIEND = 'Nora Lindqvist <nora.lindqvist@mail.example>';

export const GROUPS: CaseGroup[] = [
  {
    title: 'German',
    cases: [
      {
        name: 'an appointment as a civil servant: "Ihre Ernennung"',
        kind: 'offer',
        subject: 'Lehramt an Gymnasien',
        body: 'Sehr geehrte Frau Roth, wir freuen uns, Ihnen mitzuteilen, dass Ihre Ernennung zur Studienrätin zum 1. September vorgesehen ist. Die Urkunde wird Ihnen am ersten Schultag überreicht.',
      },
      {
        name: 'the process continues with another applicant: "mit einer Bewerberin … weiter"',
        kind: 'rejection',
        subject: 'Ihre Bewerbung als Sachbearbeiterin',
        body: 'Guten Tag Frau Yilmaz, nach den Gesprächen dieser Woche machen wir mit einer Bewerberin weiter, die bereits Erfahrung mit unserer Software hat. Danke für Ihre Zeit.',
      },
      {
        name: 'a daycare place promised to a child stays other',
        kind: 'other',
        subject: 'Zusage für den Krippenplatz',
        from: 'Kinderhaus Regenbogen <leitung@kinderhaus-regenbogen.example>',
        body: 'Liebe Familie Berger, wir freuen uns, Ihnen ab Oktober einen Krippenplatz anbieten zu können. Bitte sagen Sie uns bis Freitag zu, sonst geht der Platz an die nächste Familie.',
      },
      {
        name: 'a flat let to someone else stays other',
        kind: 'other',
        subject: 'Ihre Anfrage zur Dreizimmerwohnung',
        from: 'Hausverwaltung Kern <info@hv-kern.example>',
        body: 'Guten Tag, leider müssen wir Ihnen mitteilen, dass die Wohnung bereits an eine andere Bewerberin vermietet wurde. Wir wünschen Ihnen viel Erfolg bei der weiteren Suche.',
      },
      {
        name: 'a friend telling about her own interview and resignation stays other',
        kind: 'other',
        subject: 'stell dir vor',
        from: FRIEND,
        to: 'Jonas Weber <jonas.weber@mail.example>',
        body: 'Hey Jonas, ich hatte gestern mein Vorstellungsgespräch bei der Agentur und es lief super. Wenn die mir zusagen, kündige ich sofort beim alten Laden. Drück mir die Daumen!',
      },
    ],
  },
  {
    title: 'French',
    cases: [
      {
        name: 'a public appointment: "vous nommer"',
        kind: 'offer',
        subject: 'Votre candidature – poste de bibliothécaire',
        body: 'Madame, la commission a décidé de vous nommer sur le poste de bibliothécaire à la médiathèque à compter du 1er septembre. Le service du personnel vous contactera pour les formalités.',
      },
      {
        name: 'a decision to go on with another candidate: "poursuivre avec une candidate"',
        kind: 'rejection',
        subject: 'Votre candidature – assistant commercial',
        body: 'Bonjour Hugo, merci pour le temps que vous nous avez consacré. Nous avons choisi de poursuivre avec une candidate qui connaît déjà notre secteur. Nous vous souhaitons bonne chance.',
      },
      {
        name: 'a trial day proposed: "journée d\'essai"',
        kind: 'interview',
        subject: 'Poste de serveur',
        body: "Bonjour Karim, merci pour votre CV. Pouvez-vous venir faire une journée d'essai samedi prochain au restaurant ?",
      },
      {
        name: 'a trial day looked back on does not make an invitation: "après votre journée d\'essai"',
        kind: 'offer',
        subject: 'Votre embauche',
        body: "Bonjour Lina, après votre journée d'essai de samedi, nous souhaitons vous embaucher comme vendeuse. Passez signer le contrat jeudi à 10 h.",
      },
      {
        name: 'a rental file turned down stays other',
        kind: 'other',
        subject: 'Votre dossier de location',
        from: 'Agence Immo Centre <location@immo-centre.example>',
        body: "Madame, nous sommes au regret de vous informer que le logement de la rue Verte a été attribué à un autre candidat. Nous gardons votre dossier pour d'autres biens.",
      },
      {
        name: 'a crèche place offered stays other',
        kind: 'other',
        subject: 'Attribution des places',
        from: 'Mairie – Petite enfance <petite-enfance@mairie-lacroix.example>',
        body: 'Madame, nous avons le plaisir de vous proposer une place en crèche pour votre enfant à partir de septembre. Merci de confirmer votre accord avant le 30 mai.',
      },
      {
        name: 'a friend telling about her own interview stays other',
        kind: 'other',
        subject: 'nouvelles',
        from: FRIEND,
        to: 'Claire Roux <claire.roux@mail.example>',
        body: "Salut Claire, j'ai eu mon entretien avec le cabinet hier, deux heures avec trois associés. Ils donnent leur réponse lundi. Je te raconte tout samedi !",
      },
    ],
  },
  {
    title: 'Spanish',
    cases: [
      {
        name: 'a decision for "otras personas"',
        kind: 'rejection',
        subject: 'Tu candidatura – Diseñador gráfico',
        body: 'Hola Álvaro, gracias por tu tiempo en el proceso. Tras revisar los perfiles hemos decidido continuar con otras personas para este puesto. Te deseamos mucho éxito.',
      },
      {
        name: 'a decision for "una candidata" without "otra"',
        kind: 'rejection',
        subject: 'Proceso de selección – Contable',
        body: 'Estimada Sara, le agradecemos su interés. Finalmente vamos a seguir con una candidata con más experiencia en auditoría. Guardaremos su CV para futuras vacantes.',
      },
      {
        name: 'an interim appointment in the public sector: "nombramiento como funcionaria interina"',
        kind: 'offer',
        subject: 'Bolsa de empleo – Auxiliar administrativo',
        body: 'Estimada Sra. Ortega, le comunicamos su nombramiento como funcionaria interina en la plaza de auxiliar administrativo. Deberá presentarse el lunes 1 de junio en el Servicio de Personal.',
      },
      {
        name: 'a trial day proposed: "jornada de prueba"',
        kind: 'interview',
        subject: 'Puesto de dependienta',
        body: 'Hola Irene, gracias por dejarnos tu currículum. Te proponemos una jornada de prueba el jueves en la tienda.',
      },
      {
        name: 'a trial day looked back on does not make an invitation: "tras la jornada de prueba"',
        kind: 'offer',
        subject: 'Dependienta',
        body: 'Hola Irene: tras la jornada de prueba del sábado, te queremos en el puesto con contrato indefinido. Dime tu disponibilidad para firmar.',
      },
      {
        name: 'a subsidised flat allocated stays other',
        kind: 'other',
        subject: 'Resolución de su solicitud',
        from: 'Oficina de Vivienda <vivienda@ayto-ejemplo.example>',
        body: 'Le informamos de que la vivienda solicitada ha sido adjudicada a otra unidad familiar. Su solicitud permanece en la lista de espera.',
      },
      {
        name: 'a friend telling about her own offer and resignation stays other',
        kind: 'other',
        subject: '¡¡me la dieron!!',
        from: FRIEND,
        to: 'Paula Ruiz <paula.ruiz@mail.example>',
        body: 'Pauli!! Recibí la oferta de la consultora esta mañana, con mejor salario y teletrabajo. Mañana voy a presentar mi renuncia. ¡Hay que celebrarlo!',
      },
    ],
  },
  {
    title: 'Portuguese',
    cases: [
      {
        name: 'a decision for "outros profissionais"',
        kind: 'rejection',
        subject: 'Processo seletivo – Analista de Dados',
        body: 'Olá Bruno, obrigado pela sua participação. Depois de analisar os perfis, decidimos seguir com outros profissionais nesta vaga. Desejamos sucesso.',
      },
      {
        name: 'a decision for "uma candidata" without "outra"',
        kind: 'rejection',
        subject: 'Candidatura – Enfermeira',
        body: 'Cara Marta, agradecemos o seu interesse. Vamos seguir com uma candidata com experiência em cuidados intensivos. Guardaremos o seu currículo.',
      },
      {
        name: 'an offer presented in Portuguese HR words: "apresentar a nossa proposta para a função"',
        kind: 'offer',
        subject: 'Técnico de Manutenção',
        body: 'Caro Rui, vimos apresentar a nossa proposta para a função de Técnico de Manutenção: vencimento base de 1.100 € e início em julho. Aguardamos a sua resposta.',
      },
      {
        name: 'a trial day proposed: "dia de experiência"',
        kind: 'interview',
        subject: 'Vaga de atendente',
        body: 'Olá Carla, obrigado por deixar o seu currículo. Pode vir fazer um dia de experiência no sábado na loja?',
      },
      {
        name: 'a trial day looked back on does not make an invitation: "depois do dia de experiência"',
        kind: 'offer',
        subject: 'Atendente',
        body: 'Olá Carla, depois do dia de experiência de sábado, queremos contar consigo para a vaga, com contrato sem termo. Diga-nos a sua disponibilidade para assinar.',
      },
      {
        name: 'a friend forwarding the offer she received stays other',
        kind: 'other',
        subject: 'o que achas?',
        from: FRIEND,
        to: 'Joana Silva <joana.silva@mail.example>',
        body: 'Jo, recebi a proposta da agência ontem, salário de 1.400 € e dois dias remotos. Vou pedir demissão se aceitar. Liga-me logo à noite!',
      },
      {
        name: 'a nursery place for a child stays other',
        kind: 'other',
        subject: 'Resultado das inscrições',
        from: 'Creche Pequenos Passos <secretaria@pequenospassos.example>',
        body: 'Caros pais, temos o prazer de informar que existe uma vaga na creche para o seu filho a partir de setembro. Confirme a matrícula até dia 20.',
      },
    ],
  },
  {
    title: 'Dutch',
    cases: [
      {
        name: 'a school appointment: "besloten je te benoemen"',
        kind: 'offer',
        subject: 'Groep 3',
        body: 'Beste Sanne, na de proefles hebben we besloten je te benoemen als leerkracht groep 3 met ingang van het nieuwe schooljaar. Laat je weten of je akkoord gaat?',
      },
      {
        name: 'a freelance assignment confirmed: "opdrachtbevestiging"',
        kind: 'offer',
        subject: 'Nieuwe opdracht',
        body: 'Hoi Tim, de klant is enthousiast. Start 1 juni, 36 uur per week, zes maanden. Ik stuur je vandaag de opdrachtbevestiging om te tekenen.',
      },
      {
        name: 'the client wants to go on with the reader: "wil graag met je verder"',
        kind: 'offer',
        subject: 'Opdracht bij de provincie',
        body: 'Hoi Eva, goed nieuws: de provincie wil graag met je verder als interim adviseur. Start 15 juni, tarief zoals besproken. Ik regel het contract.',
      },
      {
        name: 'a decision for "een kandidaat die …" without "andere"',
        kind: 'rejection',
        subject: 'Sollicitatie Marketeer',
        body: 'Hoi Lotte, dank voor je tijd en enthousiasme. We gaan verder met een kandidaat die al in onze branche werkt. Succes met je zoektocht!',
      },
      {
        name: 'not through to the next round, with words in between: "niet met jou door naar de tweede ronde"',
        kind: 'rejection',
        subject: 'Sollicitatie Adviseur',
        body: 'Beste Ruben, dank voor je sollicitatie. Helaas gaan we niet met jou door naar de tweede ronde. Succes verder.',
      },
      {
        name: 'a thank-you for the second interview several words before it: "Dank je wel voor het tweede gesprek"',
        kind: 'rejection',
        subject: 'Tweede gesprek',
        body: 'Hoi Daan, dank je wel voor het tweede gesprek van gisteren. Helaas is het deze keer niets geworden; veel succes met je zoektocht.',
      },
      {
        name: 'an owner proposing to meet on a day: "kennismaken op vrijdag"',
        kind: 'interview',
        subject: 'Vacature monteur',
        body: 'Hoi Sem, leuk dat je reageerde op onze vacature. Zullen we kennismaken op vrijdag 22 mei om 10:00 in de werkplaats?',
      },
      {
        name: 'the reader asked to hold the interview stays other',
        kind: 'other',
        subject: 'Kandidaten controller',
        from: 'Mirjam Bos <m.bos@havenzorg.example>',
        to: 'Erik Smit <e.smit@havenzorg.example>',
        body: 'Hoi Erik, ik wil dat jij het tweede gesprek voert met de twee kandidaten. Past donderdag om 14:00? Dan nodig ik ze uit.',
      },
      {
        name: 'a rented home given to another candidate stays other',
        kind: 'other',
        subject: 'Uitslag woning',
        from: 'Verhuurteam <verhuur@thuishaven.example>',
        body: 'Beste huurder, helaas is de woning aan de Dorpsstraat toegewezen aan een andere kandidaat. Dank voor je komst naar de bezichtiging.',
      },
      {
        name: 'a childcare place offered stays other',
        kind: 'other',
        subject: 'Plaatsing kinderopvang',
        from: 'Kinderopvang De Vlinder <planning@devlinder.example>',
        body: 'Beste ouders, we kunnen jullie een plaatsing bij de kinderopvang aanbieden voor je zoon vanaf 1 september, drie dagen per week. Laat je het weten?',
      },
    ],
  },
];
