/**
 * Breadth round zf, German, French, Spanish, Portuguese and Dutch: informal mail from small
 * employers (a bakery, a removal firm, a farm, a bike repairer), in dialect, with du/tu/voseo and
 * abbreviations. Such mail seldom names the job ("ya lo cubrimos", "já arranjámos pessoa", "voor jou
 * gaat het niet door"), so the phrases that say a place is filled name the job themselves; hiring
 * mail in this register calls the job "la pega", "le taf", "de bijbaan"; a place is given "als
 * Umzugshelfer bist du dabei", a contract is sent "te paso el contrato", an invitation says "passe
 * nous voir … qu'on discute" or "we vertellen wat over ons en jij over jezelf". Their look-alikes in
 * the same register stay as they are: a guest at a party, a flat's or gym's contract, a friend who
 * needs no more hands for a move, a full team for a tournament, a mother asking how yesterday's
 * interview went, and covering a colleague's shift where the reader already works. Each rule has a
 * case that fails without it. Emails written for this test, none taken from a corpus.
 */
import type { CaseGroup } from './kind-case';

export const SENDER = 'Jo Brandt <jo@werkstatt-brandt.example>';
export const DATE = '2026-06-03T09:00:00+00:00';

export const GROUPS: CaseGroup[] = [
  {
    title: 'German',
    cases: [
      // o4 als _2 bist|bisch|seid du|ihr dabei
      {
        name: 'a place given in passing: "als Küchenhilfe bist du dabei"',
        kind: 'offer',
        subject: 'Re: Bewerbung Küche',
        body: 'Moin Jan, als Küchenhilfe bist du dabei! Dienstag um 8 in der Küche, Schürze kriegst du von uns. Bis dann, Ole',
      },
      // x4 als gast|mitglied|teilnehmer|teilnehmerin|zuschauer _3 dabei
      {
        name: 'look-alike: "als Gast bist du dabei" at a party',
        kind: 'other',
        subject: 'Sommerfest',
        body: 'Hallo Jan, klar, als Gast bist du dabei! Samstag ab 15 Uhr im Hof, bring gern was zum Grillen mit. Ole',
      },
      // i5 uber uns _6 uber dich|euch|sich
      {
        name: 'a first talk: "wir erzählen dir was über uns und du uns was über dich"',
        kind: 'interview',
        subject: 'Werkstatt',
        body: 'Hi Mira, schau am Mittwoch gegen 17 Uhr in der Werkstatt vorbei: Wir erzählen dir was über uns und du uns was über dich. Kaffee steht bereit. Jo',
      },
    ],
  },
  {
    title: 'French',
    cases: [
      // i5 passe|passez|viens|venez _6 qu' on|pour _1 discute|discuter|en|parle|parler
      {
        name: 'an invitation without the word: "passe à la boutique mardi qu\'on en parle"',
        kind: 'interview',
        subject: 'ton message',
        body: 'Salut Léa, merci pour ton message ! Passe à la boutique mardi vers 11h qu’on en parle, je suis là toute la matinée. Nadia',
      },
      {
        name: 'look-alike: family asking to come by to talk about a birthday',
        kind: 'other',
        subject: 'dimanche',
        from: 'Maman <chantal.roux@mail.example>',
        body: 'Coucou ma chérie, passe à la maison dimanche qu’on discute de l’anniversaire de papa, je fais une tarte. Bisous',
      },
      // i5 decaler|deplacer|reporter _1 essai|entretien
      {
        name: 'a trial moved: "je dois reporter ton essai"',
        kind: 'interview',
        subject: 'Re: essai samedi',
        body: 'Salut Hugo, désolé mais je dois reporter ton essai de samedi, on a une grosse livraison. Tu peux lundi à 14h à la place ? Karim',
      },
      {
        name: 'look-alike: a trial yoga class moved',
        kind: 'other',
        subject: 'yoga',
        from: 'Léa <lea.studio@mail.example>',
        body: "Coucou Hugo, je dois décaler ton cours d'essai de yoga à jeudi 18h, la salle est prise. Bisous, Léa",
      },
      // r4 on|nous _2 trouve quelqu'un; j1 boulot|cdd|cdi|saisonnier|saisonniere|taf
      {
        name: 'a place filled in the casual register: "pour le taf du samedi, on a trouvé quelqu\'un"',
        kind: 'rejection',
        subject: 'samedi',
        body: 'Coucou Inès, pour le taf du samedi au marché on a trouvé quelqu’un, désolée ! Je te garde ton numéro pour cet été. Nadia',
      },
      {
        name: 'look-alike: "on a trouvé quelqu\'un" to walk the dog',
        kind: 'other',
        subject: 'le chien',
        from: 'Paul <paul.girard@mail.example>',
        body: 'Salut Léa, c’est bon on a trouvé quelqu’un pour promener le chien pendant les vacances, merci quand même ! Paul',
      },
    ],
  },
  {
    title: 'Spanish',
    cases: [
      // o4 te|le mando|paso|envio|mandamos|pasamos|enviamos _2 contrato
      {
        name: 'an offer that sends the contract: "te pasamos el contrato"',
        kind: 'offer',
        subject: 're: ayudante',
        body: 'Hola Lucía! Hablamos con Pepe y todo bien: mañana te pasamos el contrato por correo para que lo firmes, revisalo tranqui. Nacho',
      },
      // x4 contrato de|del _2 alquiler|arriendo|casa|departamento|depto|gimnasio|internet|luz|movil|piso|seguro|telefono
      {
        name: 'look-alike: the contract for a flat',
        kind: 'other',
        subject: 'el depto',
        from: 'Marta <marta.sanz@mail.example>',
        body: 'Hola Lucía, te mando el contrato del depto esta noche, firmalo y me lo devolvés escaneado. Las llaves el viernes. Marta',
      },
      // r5 ya la|lo cubrimos|cubrieron _4 puesto?
      {
        name: 'a place filled without naming it: "ya la cubrimos"',
        kind: 'rejection',
        subject: 'lo del kiosco',
        body: 'Hola Carla, perdoná la demora: la vacante del kiosco ya la cubrimos la semana pasada, entró una chica del barrio. Igual gracias por escribir. Nacho',
      },
      // r5 quedo|quedaron otra|otro _1 chica|chico|muchacha|muchacho|persona|piba|pibe|profe _4 puesto?
      {
        name: 'someone else got it: "al final quedó otra chica"',
        kind: 'rejection',
        subject: 're: lo del bar',
        body: 'Hola Sofi, al final quedó otra chica que ya conocíamos del barrio, perdón por la demora. Suerte con todo! Nacho',
      },
      {
        name: 'look-alike: another child left without a place on a school trip',
        kind: 'other',
        subject: 'excursión',
        from: 'Vero <vero.paz@mail.example>',
        body: 'Hola Vero, en la clase de Tomi quedó otro chico sin lugar para la excursión del viernes, ¿lo llevamos con nosotros? Besos',
      },
      // r5 no _3 buscamos|buscando|contratar|contratando|ocupamos _1 a? _1 gente|nadie|personal _4 puesto?
      {
        name: 'no hiring after all: "no vamos a contratar a nadie"',
        kind: 'rejection',
        subject: 'verano',
        body: 'Ey Rafa, al final este verano no vamos a contratar a nadie, el local cierra por obras hasta septiembre. Perdón por hacerte esperar. Nacho',
      },
      // x3 con|para la mudanza (rules-es): trained on more casual Spanish rejections ("ya no necesitamos a nadie"),
      // the second opinion reads this one as a rejection when no rule speaks.
      {
        name: 'look-alike: a friend needs no more hands for a move',
        kind: 'other',
        subject: 'mudanza',
        from: 'Dani <dani.ortega@mail.example>',
        body: 'Gracias por ofrecerte! Al final ya no necesitamos gente para la mudanza, vienen mis primos. Te invito unas cañas igual. Dani',
      },
      // j1 la|una|tu pega|peguita; i4 tiempo|hueco _3 call|charla|llamada|videollamada
      {
        name: 'an invitation to a call about "la pega"',
        kind: 'interview',
        subject: 'tu mensaje',
        body: 'Hola Benja, gracias por escribir. ¿Tienes tiempo para una llamada el martes a las 12? Es por la pega de bodeguero que publicamos. Coni',
      },
      {
        name: 'look-alike: a friend asks for time for a call',
        kind: 'other',
        subject: 'domingo',
        from: 'Pili <pili.rojas@mail.example>',
        body: 'Hola Benja! ¿Tienes tiempo para una llamada el domingo? Te quiero contar del viaje al sur. Besos, Pili',
      },
      // r3 ojala|quiza|quizas|sera _2 el|la proxima|proximo _1 ano|temporada|vez
      {
        name: '"ojalá la próxima temporada" beside a greeting to the reader\'s mother',
        kind: 'rejection',
        subject: 'la vendimia',
        body: 'Hola Javi, este año no buscamos gente para la vendimia, la granizada se llevó media viña. Ojalá la próxima temporada sí. Saludos a tu mamá. Don Tomás',
      },
    ],
  },
  {
    title: 'Portuguese',
    cases: [
      // r5 ja _1 arranjamos|arranjei|contratamos|encontramos|pegamos _2 alguem|pessoa _4 vaga?
      {
        name: 'a place filled: "já pegámos outra pessoa"',
        kind: 'rejection',
        subject: 'balcão',
        body: 'Olá Rui, já pegámos outra pessoa para o balcão, desculpa lá a demora. Obrigada na mesma! Teresa',
      },
      // r5 ja _2 equipa|equipe _2 completa|fechada _4 vaga?
      {
        name: 'a full crew: "já temos a equipe toda fechada"',
        kind: 'rejection',
        subject: 'temporada',
        body: 'Oi Bia, este verão já temos a equipe toda fechada na pousada, não dá. Se quiser, escreve de novo em março. Teresa',
      },
      // x4 campeonato|jogo|torneio|treino
      {
        name: 'look-alike: a full team for a tournament',
        kind: 'other',
        subject: 'futsal',
        from: 'Léo <leo.matos@mail.example>',
        body: 'Fala Rui, já temos a equipa completa para o torneio de domingo, fica para a próxima. Abraço, Léo',
      },
      // i-3 aquela|daquela|naquela entrevista; i-3 entrevista de|da ontem
      {
        name: "look-alike: an aunt asks about yesterday's interview",
        kind: 'other',
        subject: 'novidades',
        from: 'Tia Lena <lena.prado@mail.example>',
        body: 'Oi querida, e a entrevista de ontem? Deu tudo certo? Manda notícias quando puder. Beijos da tia',
      },
      {
        name: 'look-alike: a friend recalls "aquela entrevista"',
        kind: 'other',
        subject: 'sábado',
        from: 'Nina <nina.alves@mail.example>',
        body: 'Amiga, e aquela entrevista no estúdio? Me conta tudo no sábado no bar!',
      },
    ],
  },
  {
    title: 'Dutch',
    cases: [
      // r5 voor jou|u gaat _3 niet door _4 functie?
      {
        name: 'a place that falls through: "voor jou gaat het niet door"',
        kind: 'rejection',
        subject: 'de zomer',
        body: 'Hoi Fleur, de eigenaar heeft besloten deze zomer zelf achter de bar te staan. Voor jou gaat het dus niet door, sorry. Groet, Wim',
      },
      // i5 over ons _6 over jezelf|jou|uzelf
      {
        name: 'a first talk: "wij vertellen over ons en jij over jezelf"',
        kind: 'interview',
        subject: 'je mail',
        body: 'Hoi Sanne, zullen we donderdag om 14:00 even videobellen? Wij vertellen wat over ons en jij iets over jezelf, een kwartiertje. Wim',
      },
      // r5 hebben al|inmiddels iemand; j1 baan|baantje|bijbaan|bijbaantje|vakantiebaan|vakantiewerk|zaterdagbaan
      {
        name: 'a place filled: "voor de zaterdagbaan hebben we inmiddels iemand"',
        kind: 'rejection',
        subject: 'zaterdag',
        body: 'Hee Daan, voor de zaterdagbaan hebben we inmiddels iemand, jammer. Groetjes, Wim',
      },
      {
        name: 'look-alike: "we hebben al iemand" to bake the cake',
        kind: 'other',
        subject: 'feestje',
        from: 'Els <els.bakker@mail.example>',
        body: 'Hoi lieverd, we hebben al iemand die de taart bakt, maar neem gerust wat hapjes mee. Tot zaterdag! Els',
      },
    ],
  },
  {
    title: 'covering a shift where the reader already works',
    cases: [
      // x4 me remplacer|remplaces
      {
        name: 'French: "tu peux me remplacer samedi ? tu commences à 9h"',
        kind: 'other',
        subject: 'samedi',
        from: 'Chloé <chloe.martin@mail.example>',
        body: 'Salut, tu peux me remplacer samedi à la boutique ? Tu commences à 9h comme d’habitude, je te revaudrai ça.',
      },
      // x4 me cubris|cubres|cubrir _2 turno; x4 cubrirme _2 turno
      {
        name: 'Spanish: "¿me cubrís el turno del sábado?"',
        kind: 'other',
        subject: 'sábado',
        from: 'Flor <flor.diaz@mail.example>',
        body: 'Che, ¿me cubrís el turno del sábado? Arrancás a las 9 como siempre, yo te cubro el domingo.',
      },
      {
        name: 'Spanish: "¿puedes cubrirme el turno?"',
        kind: 'other',
        subject: 'viernes',
        from: 'Flor <flor.diaz@mail.example>',
        body: 'Oye, ¿puedes cubrirme el turno del viernes? Empiezas a las 8 como siempre, te debo una.',
      },
      // x4 cobrir|cobres|substituir|trocar _2 meu turno|plantao
      {
        name: 'Portuguese: "podes cobrir o meu turno?"',
        kind: 'other',
        subject: 'sábado',
        from: 'Joana <joana.reis@mail.example>',
        body: 'Olá, podes cobrir o meu turno de sábado? Começas às 9h como sempre, depois pago-te um café.',
      },
      // x4 dienst|diensten|shift _2 overnemen|ruilen
      {
        name: 'Dutch: "wil je mijn dienst overnemen? je kunt om 9 beginnen"',
        kind: 'other',
        subject: 'zaterdag',
        from: 'Mees <mees.devries@mail.example>',
        body: 'Hoi, wil je zaterdag mijn dienst overnemen? Je kunt om 9 beginnen zoals altijd, ik trakteer.',
      },
    ],
  },
];
