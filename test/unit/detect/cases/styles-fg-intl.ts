/**
 * Regional and plain-spoken wording in German, French, Spanish, Portuguese and Dutch that two
 * outside writers' sets showed the classifier missing: contract renewals and internships offered,
 * casual small-business offers, decisions against the reader in soft or formal words (also after a
 * second interview), a filled post, a paused search, a self-scheduling link; and near misses that
 * share those words but must stay "other" (a phone or rental contract renewed, a full workshop, an
 * acknowledgement that says what silence means, a friend's news). Emails written for this test,
 * none taken from a corpus.
 */
import type { CaseGroup } from './kind-case';

/** A recruiter: writes each email that names no other sender. */
export const SENDER = 'Ines Moreau <ines.moreau@talentwerk.example>';
export const DATE = '2026-05-04T09:00:00+00:00';

const FRIEND = 'Bia Souza <bia.souza@mail.example>';

export const GROUPS: CaseGroup[] = [
  {
    title: 'German',
    cases: [
      {
        name: 'another applicant preferred: "einer Bewerberin den Vorzug gegeben"',
        kind: 'rejection',
        subject: 'Ihre Bewerbung als Laborantin',
        body: 'Sehr geehrte Frau Schulz, nach Abschluss der Auswahl haben wir einer Bewerberin den Vorzug gegeben, die bereits in der Lebensmittelanalytik gearbeitet hat. Vielen Dank für Ihre Mühe.',
      },
      {
        name: 'the post filled with someone else: "mit einer erfahreneren Kandidatin zu besetzen"',
        kind: 'rejection',
        subject: 'Ihre Bewerbung als Buchhalterin',
        body: 'Sehr geehrte Frau Lang, nach Abschluss der Gespräche haben wir entschieden, die Stelle mit einer erfahreneren Kandidatin zu besetzen. Wir danken Ihnen für Ihr Interesse.',
      },
      {
        name: 'an internal candidate preferred: "für eine interne Besetzung entschieden"',
        kind: 'rejection',
        subject: 'AW: Bewerbung Teamleitung',
        body: 'Hallo Herr Brandt, wir haben uns am Ende für eine interne Besetzung entschieden. Danke für Ihre Zeit und die offenen Gespräche.',
      },
      {
        name: 'a small business has found someone: "wir haben schon jemanden gefunden"',
        kind: 'rejection',
        subject: 'Bewerbung Verkäuferin',
        body: 'Hallo Frau Öztürk, danke für Ihre Bewerbung. Wir haben leider schon jemanden gefunden, der ab Montag bei uns im Laden steht. Viele Grüße',
      },
      {
        name: 'an offer naming the reader the preferred candidate: "Wunschkandidatin"',
        kind: 'offer',
        subject: 'Ihre Bewerbung als Referentin',
        body: 'Liebe Frau Wagner, Sie sind unsere Wunschkandidatin für die Stelle als Referentin! Ich rufe Sie morgen an, um alles Weitere zu besprechen.',
      },
      {
        name: 'an apprenticeship place already given away: "Ausbildungsplatz … vergeben"',
        kind: 'rejection',
        subject: 'Ihre Bewerbung um eine Ausbildung',
        body: 'Hallo Herr Demir, danke für Ihre Bewerbung. Leider ist der Ausbildungsplatz zur Kfz-Mechatronikerin schon vergeben. Trotzdem danke!',
      },
      {
        name: 'a casual offer: "die Stelle gehört dir"',
        kind: 'offer',
        subject: 'Aushilfe Café',
        body: `Hallo Leonie,

danke, dass du am Samstag zum Probearbeiten da warst. Die Stelle gehört dir, wenn du sie noch willst! Wir zahlen dir zwölf Euro fünfzig pro Stunde, los geht es am 1. Juli. Gib mir bis Freitag Bescheid, ob das für dich passt.

Viele Grüße
Tom`,
      },
      {
        name: 'an internship offered: "an Bord holen", Praktikumsvertrag (Swiss register)',
        kind: 'offer',
        subject: 'Dein Praktikum bei uns',
        body: `Hoi Nina

Merci für das angenehme Gespräch vom Donnerstag. Wir möchten dich für das Praktikum im Marketing an Bord holen.

Start wäre der 1. August, die Praktikumsvergütung beträgt CHF 2'200.– pro Monat. Den Praktikumsvertrag bekommst du diese Woche per Post.

Liebe Grüsse
Urs`,
      },
      {
        name: 'a craftsman offers the job in a few casual words: "kannst ab dem 3. bei uns anfangen"',
        kind: 'offer',
        subject: 'Re: Malergeselle',
        body: `Hallo Kevin,

passt von unserer Seite. Du kannst ab 3. Juni bei uns als Geselle anfangen, Lohn wie am Telefon gesagt. Unterschreiben kannst du den Vertrag am ersten Tag.

Gruß
Bernd`,
      },
      {
        name: 'a fixed-term employment contract extended (Austrian Dienstvertrag, Weiterbeschäftigung)',
        kind: 'offer',
        subject: 'Verlängerung Ihres Dienstvertrags',
        body: `Sehr geehrte Frau Yilmaz,

Ihr Dienstvertrag läuft am 31. August aus. Gerne bieten wir Ihnen die Weiterbeschäftigung als Sachbearbeiterin für weitere zwei Jahre an; Gehalt und Arbeitszeit bleiben unverändert.

Bitte teilen Sie uns bis zum 15. Juli mit, ob Sie einverstanden sind.

Mit freundlichen Grüßen
Personalabteilung`,
      },
      {
        name: 'a rejection that says only "wir haben uns anders entschieden"',
        kind: 'rejection',
        subject: 'Deine Bewerbung als Grafikerin',
        body: `Hallo Mia,

danke für deine Mappe und das Telefonat. Wir haben uns nach langem Überlegen anders entschieden, weil wir jemanden mit mehr Erfahrung im Verpackungsdesign brauchen.

Viel Glück weiterhin!
Jana`,
      },
      {
        name: 'a decision after the second interview: "nicht zu Ihren Gunsten" (Austrian register)',
        kind: 'rejection',
        subject: 'Ihre Bewerbung – Zweitgespräch Controlling',
        body: `Sehr geehrter Herr Mayr,

danke nochmals für Ihre Zeit beim Zweitgespräch in Linz. Die Entscheidung ist uns nicht leichtgefallen, sie ist am Ende aber nicht zu Ihren Gunsten ausgefallen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüße
Personalabteilung`,
      },
      {
        name: 'a selection procedure called off by a hiring freeze (Stellenstopp, Verfahren abgebrochen)',
        kind: 'rejection',
        subject: 'Ihre Bewerbung als Projektleiter',
        body: `Sehr geehrter Herr Keller,

aufgrund eines kurzfristig verhängten Stellenstopps wurde das Auswahlverfahren für die Stelle als Projektleiter abgebrochen. Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Personalabteilung`,
      },
      {
        name: 'a phone contract renewed stays other',
        kind: 'other',
        subject: 'Ihre Vertragsverlängerung',
        from: 'Kundenservice <service@funknetz.example>',
        body: 'Guten Tag, Ihr Mobilfunkvertrag wurde wie gewünscht um 24 Monate verlängert. Ihr neues Smartphone ist unterwegs. Ihr Kundenservice',
      },
      {
        name: 'a practice asking the reader to book an appointment stays other',
        kind: 'other',
        subject: 'Kontrolltermin',
        from: 'Zahnarztpraxis Sommer <praxis@zahn-sommer.example>',
        body: 'Liebe Patientin, Ihre halbjährliche Kontrolle steht an. Buchen Sie Ihren Termin bequem online oder rufen Sie uns an. Ihr Praxisteam',
      },
    ],
  },
  {
    title: 'French',
    cases: [
      {
        name: 'another profile preferred: "nous avons privilégié un profil"',
        kind: 'rejection',
        subject: 'Votre candidature – assistante juridique',
        body: 'Bonjour Madame Roux, merci pour votre candidature. Pour ce poste, nous avons privilégié un profil ayant déjà travaillé en cabinet. Cordialement.',
      },
      {
        name: 'a rejection in the future tense: "nous ne donnerons pas suite"',
        kind: 'rejection',
        subject: 'Votre candidature',
        body: 'Bonjour, après étude de votre dossier, nous ne donnerons pas suite à votre candidature pour le poste de magasinier. Cordialement, le service RH',
      },
      {
        name: 'a small business has hired someone: "nous avons déjà engagé quelqu’un"',
        kind: 'rejection',
        subject: 'Votre postulation – aide-cuisinier',
        body: "Bonjour Kevin, merci pour votre postulation. Nous avons déjà engagé quelqu'un pour ce poste. Bonne suite dans vos recherches.",
      },
      {
        name: 'a Belgian offer: "vous engager comme" and "vous êtes la candidate retenue"',
        kind: 'offer',
        subject: 'Votre candidature – éducatrice',
        body: 'Bonjour Madame Lambert, bonne nouvelle : vous êtes la candidate retenue ! Nous souhaitons vous engager comme éducatrice à partir du 1er septembre. Votre contrat suivra.',
      },
      {
        name: 'an internship confirmed: "vous confirmer votre stage"',
        kind: 'offer',
        subject: 'Stage en communication',
        body: 'Bonjour Chloé, nous avons le plaisir de vous confirmer votre stage au sein de notre équipe communication du 2 mars au 28 août, avec une gratification mensuelle de 650 euros.',
      },
      {
        name: 'a rejection in other words: "nous avons pris une autre direction"',
        kind: 'rejection',
        subject: 'Votre candidature – graphiste',
        body: 'Bonjour Inès, merci pour votre candidature et pour l’entretien de mardi. Après réflexion, nous avons pris une autre direction pour ce poste. Bonne continuation !',
      },
      {
        name: 'a casual offer: "le poste est à toi, tu peux commencer lundi"',
        kind: 'offer',
        subject: 'Serveur en terrasse',
        body: 'Salut Hugo, c’est bon pour nous : le poste est à toi si tu le veux toujours. Tu peux commencer lundi à 11 h, on verra le contrat ensemble sur place. Max',
      },
      {
        name: 'a fixed-term contract prolonged (prolongation du contrat de durée déterminée)',
        kind: 'offer',
        subject: 'Prolongation de votre CDD',
        body: `Bonjour Madame Favre,

Votre contrat de durée déterminée de comptable se termine fin juin. Nous avons le plaisir de vous proposer une prolongation de douze mois, jusqu'au 30 juin 2027, au même salaire.

Merci de nous confirmer votre accord d'ici au 20 mai ; l'avenant vous sera envoyé ensuite.

Meilleures salutations
Service du personnel`,
      },
      {
        name: 'a Quebec rejection: "le poste a été comblé"',
        kind: 'rejection',
        subject: 'Votre candidature – préposé à l’entrepôt',
        body: `Bonjour Maxime,

Merci de l’intérêt porté à notre entreprise. Le poste de préposé à l’entrepôt a été comblé à l’interne. Nous conservons votre dossier pour de futures occasions.

Bonne journée`,
      },
      {
        name: 'a Swiss small business: "la place a été pourvue", postulation',
        kind: 'rejection',
        subject: 'Votre postulation – vendeuse',
        body: `Bonjour Madame Rey,

Merci pour votre postulation. Malheureusement, la place a été pourvue la semaine passée.

Avec nos meilleures salutations
Fromagerie des Alpes`,
      },
      {
        name: 'a formal public-sector rejection: "j’ai le regret", "ne figure pas parmi"',
        kind: 'rejection',
        subject: 'Recrutement – agent d’accueil',
        body: `Madame,

Vous avez présenté votre candidature au poste d’agent d’accueil. J’ai le regret de vous informer que votre nom ne figure pas parmi les personnes retenues pour la suite de la procédure.

Veuillez agréer, Madame, mes salutations distinguées.`,
      },
      {
        name: 'a Belgian decision after a second interview: "ne pas aller plus loin"',
        kind: 'rejection',
        subject: 'Re: Suivi de ma candidature',
        body: `Bonjour Lucas,

Merci pour votre patience. Après le second entretien avec la direction, nous avons décidé de ne pas aller plus loin avec votre candidature : nous cherchons un profil plus technique.

Bien à vous,
Sophie`,
      },
      {
        name: 'an ATS rejection in soft words, with a job-alert line: "ne sera pas considérée", "retenu des candidats"',
        kind: 'rejection',
        subject: 'Votre candidature chez nous',
        from: 'Carrières <carrieres@groupe-boreal.example>',
        body: `Bonjour Émilie,

Merci d’avoir postulé au poste de technicienne de laboratoire. Pour ce poste, nous avons retenu des candidats dont le parcours correspond davantage à nos besoins; votre candidature ne sera donc pas considérée pour la suite.

Créez une alerte sur notre site carrières pour connaître nos prochains postes.

L’équipe Acquisition de talents`,
      },
      {
        name: 'a home insurance contract renewed stays other',
        kind: 'other',
        subject: 'Renouvellement de votre contrat',
        from: 'Assurances Horizon <contact@assur-horizon.example>',
        body: 'Bonjour, le renouvellement de votre contrat habitation prendra effet le 1er juin. Vous trouverez votre avenant et votre nouvel échéancier dans votre espace client.',
      },
      {
        name: 'a workshop whose seats have all been taken stays other',
        kind: 'other',
        subject: 'Atelier céramique complet',
        from: 'Atelier Terre <bonjour@atelier-terre.example>',
        body: 'Bonjour, malheureusement toutes les places de l’atelier du samedi ont été pourvues. Nous vous préviendrons dès l’ouverture de la prochaine session.',
      },
      {
        name: 'an acknowledgement that says what silence will mean stays other',
        kind: 'other',
        subject: 'Accusé de réception de votre candidature',
        from: 'Ressources humaines <rh@clinique-sud.example>',
        body: `Bonjour,

Nous accusons bonne réception de votre candidature au poste d’aide-soignante. Sans nouvelle de notre part dans un délai de six semaines, vous pourrez considérer que votre candidature n’a pas été retenue.

Ce message est envoyé automatiquement.`,
      },
    ],
  },
  {
    title: 'Spanish',
    cases: [
      {
        name: 'another candidate preferred: "dado preferencia a candidatos"',
        kind: 'rejection',
        subject: 'Tu postulación a Auxiliar Contable',
        body: 'Hola Daniel, gracias por postularte. En este proceso hemos dado preferencia a candidatos con experiencia en nómina. Te deseamos éxito.',
      },
      {
        name: 'an insurer offering to renew the reader’s policy stays other',
        kind: 'other',
        subject: 'Tu seguro de hogar',
        from: 'Seguros Luna <ofertas@seguros-luna.example>',
        body: 'Hola Ana, queremos renovarte el contrato de tu seguro de hogar con un 10% de descuento. ¡Aprovecha antes del día 30!',
      },
      {
        name: 'a rejection: "ya contratamos a alguien", "un candidato interno"',
        kind: 'rejection',
        subject: 'Puesto de Recepcionista',
        body: 'Hola Jorge, gracias por venir a la entrevista. Ya contratamos a alguien de la casa, un candidato interno que ya conocía el hotel. Gracias de nuevo.',
      },
      {
        name: 'an offer: "fuiste la candidata seleccionada"',
        kind: 'offer',
        subject: 'Resultado del proceso',
        body: 'Hola Valeria, ¡fuiste la candidata seleccionada para el puesto de Analista de Compras! Te mandamos la propuesta con el salario y la fecha de ingreso esta tarde.',
      },
      {
        name: 'a renewal in casual words: "queremos renovarte el contrato"',
        kind: 'offer',
        subject: 'Tu contrato',
        body: 'Hola Pedro, queremos renovarte el contrato por seis meses más, con el mismo sueldo y horario. ¿Te parece bien? Avísame y preparo los papeles.',
      },
      {
        name: "a friend's news that the rejection email has come stays other",
        kind: 'other',
        subject: 'nada, no hubo suerte',
        from: 'Marta Gil <marta.gil@mail.example>',
        body: 'Oye, me ha llegado hoy el correo: han escogido a otra persona para el puesto de la biblioteca. ¿Nos vemos el sábado y me animas?',
      },
      {
        name: 'a casual offer: "el puesto es tuyo", "puedes empezar el lunes"',
        kind: 'offer',
        subject: 'Ayudante de cocina',
        body: 'Hola Marcos, el puesto es tuyo si todavía te interesa. Puedes empezar el lunes a las 9, te pagamos lo que hablamos. Avísame. Rosa',
      },
      {
        name: 'an internship offered: "te ofrecemos las prácticas" (pasantía)',
        kind: 'offer',
        subject: 'Prácticas en Comunicación',
        body: 'Hola Elena, tras la charla del jueves, te ofrecemos las prácticas en el área de comunicación de septiembre a febrero, con una ayuda de 600 euros al mes. ¿Nos confirmas si te encaja?',
      },
      {
        name: 'an ATS rejection: "tu candidatura no será considerada", "tomamos otra decisión"',
        kind: 'rejection',
        subject: 'Tu candidatura a Técnico de Mantenimiento',
        body: 'Hola Raúl, gracias por tu interés en el puesto de Técnico de Mantenimiento. Tras revisar los perfiles tomamos otra decisión y tu candidatura no será considerada en las siguientes fases.',
      },
      {
        name: 'a fixed-term employment contract extended (prórroga del contrato a término fijo)',
        kind: 'offer',
        subject: 'Prórroga de su contrato a término fijo',
        body: `Estimado Julián:

Su contrato a término fijo como analista vence el 30 de junio. Le proponemos prorrogarlo por doce meses más en el mismo cargo y con las mismas condiciones.

Quedamos atentos a su respuesta antes del 10 de junio.

Cordialmente,
Gestión Humana`,
      },
      {
        name: 'a small shop has filled the job: "ya cubrimos el puesto"',
        kind: 'rejection',
        subject: 'Dependienta – Librería',
        body: `Hola Lucía, gracias por tu currículum.

Ya cubrimos el puesto con una persona del barrio, pero guardamos tus datos por si necesitamos a alguien en Navidad.

Saludos`,
      },
      {
        name: 'a Latin American decision after the second interview: "optamos por otro postulante"',
        kind: 'rejection',
        subject: 'Resultado del proceso – Analista de Datos',
        body: `Hola Tomás:

Gracias por tu tiempo en la segunda entrevista. Finalmente optamos por otro postulante con más experiencia en el sector minero.

Mucho éxito,
Equipo de Personas`,
      },
      {
        name: 'an ATS rejection in soft words: "tu proceso no seguirá avanzando"',
        kind: 'rejection',
        subject: 'Novedades de tu postulación',
        from: 'Talento <no-reply@empleos-andina.example>',
        body: `Hola Sofía,

Gracias por postularte a la vacante de Ejecutiva de Cuentas. Revisamos tu perfil y por ahora tu proceso no seguirá avanzando.

Tus datos quedarán en nuestra base de datos para futuras vacantes.`,
      },
      {
        name: 'an agency relays the client’s decision: "no siguen adelante contigo"',
        kind: 'rejection',
        subject: 'Respuesta del cliente – Recepcionista',
        body: `Hola Andrea,

Me ha contestado el hotel sobre la vacante de recepcionista: no siguen adelante contigo, porque buscan a alguien con más experiencia en recepción.

Sigo pendiente de otras vacantes para ti.

Un abrazo`,
      },
      {
        name: 'a search put on hold: "no vamos a avanzar con tu postulación"',
        kind: 'rejection',
        subject: 'Búsqueda Administrativo',
        body: `Hola Diego, ¿cómo va?

Decidimos poner en pausa la búsqueda de Administrativo hasta el año que viene, así que no vamos a avanzar con tu postulación por ahora.

Gracias por tu tiempo.`,
      },
      {
        name: 'a self-scheduling link for an interview: "elige el horario"',
        kind: 'interview',
        subject: 'Siguiente paso',
        body: `Hola Laura:

Nos gustó tu perfil para el puesto de Diseñadora UX. Elige el horario que mejor te venga para una videollamada de 30 minutos con el equipo en este enlace: https://citas.example/ux

Saludos,
Equipo de Selección`,
      },
      {
        name: 'a flat’s rental contract extended stays other',
        kind: 'other',
        subject: 'Prórroga del contrato de alquiler',
        from: 'Inmobiliaria Sol <info@inmosol.example>',
        body: 'Buenos días, le confirmamos la prórroga del contrato de alquiler de la vivienda por un año más. La renta se actualizará según el IPC.',
      },
    ],
  },
  {
    title: 'Portuguese',
    cases: [
      {
        name: 'another candidate preferred: "demos preferência a candidatos"',
        kind: 'rejection',
        subject: 'Processo seletivo – assistente administrativo',
        body: 'Olá Renan, obrigado por participar do processo. Nesta vaga demos preferência a candidatos com experiência em faturamento. Boa sorte!',
      },
      {
        name: 'a parking space that is the reader’s ("a vaga de garagem é sua") stays other',
        kind: 'other',
        subject: 'Vaga na garagem',
        from: 'Síndico <sindico@condominio-ipe.example>',
        body: 'Oi Marcos, a vaga de garagem número 14 é sua a partir de segunda. Pode começar a usar dia 5, o controle do portão fica na portaria.',
      },
      {
        name: 'a study grant application not considered stays other',
        kind: 'other',
        subject: 'Candidatura à bolsa',
        from: 'Secretaria Académica <secretaria@univ-norte.example>',
        body: 'Olá, a sua candidatura à bolsa de estudo não será considerada porque faltam documentos obrigatórios.',
      },
      {
        name: 'a rejection: "já contratamos alguém", "candidato interno"',
        kind: 'rejection',
        subject: 'Vaga de vendedor',
        body: 'Olá Caio, obrigado pela entrevista. Já contratamos alguém para a vaga, um candidato interno da loja do centro. Boa sorte!',
      },
      {
        name: 'an offer: "foi o candidato escolhido"',
        kind: 'offer',
        subject: 'Processo de recrutamento – técnico',
        body: 'Olá Marcos, temos o prazer de lhe comunicar que foi o candidato escolhido para a função de técnico de manutenção. O início está previsto para 1 de julho.',
      },
      {
        name: 'an internship offered: "oferecemos um estágio"',
        kind: 'offer',
        subject: 'Estágio em Contabilidade',
        body: 'Olá Bruna, gostámos muito da conversa de ontem e oferecemos-lhe o estágio em contabilidade a partir de setembro, com bolsa mensal de 900 €. Consegue confirmar até sexta-feira?',
      },
      {
        name: 'a paused hiring and another decision: "processo congelado", "tomamos outra decisão"',
        kind: 'rejection',
        subject: 'Processo seletivo – Analista de Compras',
        body: 'Olá Felipe, o processo da vaga de Analista de Compras foi congelado pela diretoria, e por isso tomamos outra decisão sobre as candidaturas. Sua candidatura não será considerada neste momento. Obrigado pelo interesse.',
      },
      {
        name: 'an internship offered: contrato de estágio, bolsa-auxílio, "contar com você"',
        kind: 'offer',
        subject: 'Estágio em Engenharia – Proposta',
        body: `Olá, Pedro!

Depois da entrevista de ontem, vamos adorar contar com você como estagiário de engenharia. A bolsa-auxílio é de R$ 1.800 por mês, a partir de 1º de agosto.

Vou te enviar o contrato de estágio para assinatura ainda esta semana.

Abraço,
Carla`,
      },
      {
        name: 'a casual Brazilian offer: "a vaga é tua", carteira assinada, "pode começar segunda"',
        kind: 'offer',
        subject: 'vaga balcão',
        body: `oi Lucas, tudo bem?

a vaga de atendente é tua se ainda quiser, carteira assinada e vale transporte. pode começar segunda dia 12?

me avisa

Nena`,
      },
      {
        name: 'a fixed-term contract extended (prorrogação do contrato a termo)',
        kind: 'offer',
        subject: 'O seu contrato a termo',
        body: `Cara Marta,

O seu contrato a termo certo termina a 30 de junho. Temos o gosto de lhe propor a prorrogação do contrato a termo por mais um ano, com uma retribuição de 1.300 € por mês.

Aguardamos a sua resposta até 10 de junho.

Com os melhores cumprimentos,
Recursos Humanos`,
      },
      {
        name: 'a formal decision after the final interview: "não será contratado"',
        kind: 'rejection',
        subject: 'Procedimento de recrutamento – Técnico Superior',
        body: `Exmo. Senhor,

Na sequência da entrevista final, informamos que o júri concluiu a avaliação. V. Exa. ficou classificado em segundo lugar e, havendo um único posto de trabalho, não será contratado no âmbito deste procedimento.

Com os melhores cumprimentos,
Recursos Humanos`,
      },
      {
        name: 'a trainee programme in soft words: "você não seguirá para a próxima fase"',
        kind: 'rejection',
        subject: 'Atualização sobre sua candidatura',
        body: `Oi, Carol!

Obrigada por ter participado das etapas do nosso programa de trainee. Desta vez você não seguirá para a próxima fase, mas seu cadastro continua ativo para novas vagas.

Um abraço,
Time de Seleção`,
      },
      {
        name: 'a filled post: "já preenchemos a vaga"',
        kind: 'rejection',
        subject: 'Vaga de recepcionista',
        body: 'Olá Renata, obrigada pelo interesse. Infelizmente já preenchemos a vaga de recepcionista, mas vamos guardar o seu currículo.',
      },
      {
        name: 'a self-scheduling link for an interview: "escolha o horário"',
        kind: 'interview',
        subject: 'Seu currículo',
        body: `Olá Ana,

Gostamos do seu currículo para a vaga de analista financeira. Escolha o horário que for melhor para uma conversa online de 40 minutos neste link: https://marcar.example/fin

Até breve!`,
      },
      {
        name: "a friend's news of the rejection email she got stays other",
        kind: 'other',
        subject: 'não foi dessa vez',
        from: FRIEND,
        body: 'Amiga, me mandaram o e-mail hoje: ficaram com outro candidato pra vaga de designer. Bora tomar um café amanhã?',
      },
    ],
  },
  {
    title: 'Dutch',
    cases: [
      {
        name: 'another candidate preferred: "de voorkeur gegeven aan een kandidaat"',
        kind: 'rejection',
        subject: 'Je sollicitatie als planner',
        body: 'Beste Sara, we hebben de voorkeur gegeven aan een kandidaat met meer ervaring in de logistiek. Bedankt voor je interesse.',
      },
      {
        name: 'a team announcement that someone has been found for a vacancy stays other',
        kind: 'other',
        subject: 'Nieuwe collega',
        from: 'Jan de Wit <jan@kantoorhulp.example>',
        body: 'Hoi allemaal, we hebben iemand gevonden voor de vacature van office manager: Lisa begint maandag. Heet haar welkom!',
      },
      {
        name: 'a rejection: "gekozen voor een interne kandidaat", "iemand gevonden"',
        kind: 'rejection',
        subject: 'Je sollicitatie als teamleider',
        body: 'Beste Koen, bedankt voor de gesprekken. We hebben gekozen voor een interne kandidaat en hebben dus al iemand gevonden voor de functie. Succes!',
      },
      {
        name: 'an offer: "jij bent de gekozen kandidaat"',
        kind: 'offer',
        subject: 'Goed nieuws over je sollicitatie',
        body: 'Hoi Mila, jij bent de gekozen kandidaat voor de functie van office manager! Ik bel je morgen over je startdatum en salaris.',
      },
      {
        name: 'a rejection: "we hebben anders beslist" (Flemish), "niet in aanmerking"',
        kind: 'rejection',
        subject: 'Je kandidatuur als boekhouder',
        body: 'Dag Jens, bedankt voor je kandidatuur. We hebben anders beslist: je komt niet in aanmerking voor de functie van boekhouder. Veel succes verder!',
      },
      {
        name: 'a fixed-term contract extended (tijdelijk contract verlengd), "de job is van jou"',
        kind: 'offer',
        subject: 'Je contract',
        body: 'Hoi Fleur, goed nieuws: we willen je tijdelijke contract met een jaar verlengen. En wil je daarna blijven, dan is de vaste job van jou. Laat je me weten of je akkoord gaat?',
      },
      {
        name: 'a benefit the reader does not qualify for ("niet in aanmerking") stays other',
        kind: 'other',
        subject: 'Uw aanvraag huurtoeslag',
        from: 'Toeslagen <info@toeslagen.example>',
        body: 'Beste heer Visser, helaas komt u niet in aanmerking voor huurtoeslag, omdat uw inkomen boven de grens ligt.',
      },
      {
        name: 'an internship offered: "een stageplek aanbieden", stagevergoeding (Flemish register)',
        kind: 'offer',
        subject: 'Stage bij ons',
        body: `Dag Wout,

Nog eens merci voor je bezoek. We willen je graag een stageplek als stagiair grafisch ontwerp aanbieden, van februari tot mei, met een stagevergoeding van € 350 per maand.

Groetjes,
Liesbeth`,
      },
      {
        name: 'an employment extended (dienstverband verlengen)',
        kind: 'offer',
        subject: 'Je contract',
        body: `Beste Ruben,

Je huidige contract loopt op 1 september af. We willen je dienstverband met een jaar verlengen, in dezelfde functie.

Laat je voor 15 juni weten of je dat ziet zitten?

Met vriendelijke groet,
HR`,
      },
      {
        name: 'a procedure ended by a hiring freeze (vacaturestop) with the second interview called off',
        kind: 'rejection',
        subject: 'Je sollicitatie Adviseur Wonen',
        body: `Beste Iris,

Helaas heb ik slecht nieuws: door een vacaturestop is de sollicitatieprocedure voor Adviseur Wonen beëindigd. Het tweede gesprek van volgende week gaat daarom niet door.

Met vriendelijke groet,
Bram`,
      },
      {
        name: 'a rejection: "we hebben een andere keuze gemaakt"',
        kind: 'rejection',
        subject: 'Je sollicitatie',
        body: 'Hoi Sanne, bedankt voor je sollicitatie als barista. We hebben uiteindelijk een andere keuze gemaakt. Bedankt voor je tijd.',
      },
      {
        name: 'a self-scheduling link for a first talk: "kennismaking plannen", "kies zelf een moment"',
        kind: 'interview',
        subject: 'Volgende stap: kennismaking plannen',
        body: `Hoi Noah,

Leuk dat je hebt gesolliciteerd als magazijnmedewerker! We willen graag een videocall van 20 minuten met je plannen. Kies zelf een moment via deze link: https://afspraak.example/noah

Groet,
Team Recruitment`,
      },
      {
        name: 'a phone subscription extended stays other',
        kind: 'other',
        subject: 'Je abonnement is verlengd',
        from: 'Belnet Mobiel <klantenservice@belnet.example>',
        body: 'Hoi, je abonnement is verlengd met 12 maanden. Kies zelf een moment om je nieuwe toestel op te halen in de winkel.',
      },
    ],
  },
];
