/**
 * Regional wording in German (Swiss, Austrian), French (Belgian, Québécois, Swiss), Spanish
 * (Mexican, Argentine, Chilean), Portuguese (Brazilian, European) and Dutch (Flemish) that two
 * more outside writers' sets showed the classifier missing or tripping on: an offer made with a
 * separable verb ("bieten Ihnen … an"), a Swiss hire ("anstellen", "Stellenantritt"), thanks for a
 * trial day that opens an offer, a temp agency's assignment, an internship confirmed in the
 * future tense, "venir nous rencontrer", "te elegimos", "¿te parece si arrancás el lunes?", a
 * public competition's ranking ("não foi classificado", "no resultó seleccionada"), "je kunt
 * maandag starten"; and the traps that must stay "other": a friend's news, the reader's own
 * decline, onboarding after an accepted offer, a colleague asked to sit on an interview panel,
 * HR telling the hiring manager that the chosen candidate said no. Emails written for this test,
 * none taken from a corpus.
 */
import type { CaseGroup } from './kind-case';

/** A recruiter: writes each email that names no other sender. */
export const SENDER = 'Noemi Frick <noemi.frick@talweg-gruppe.example>';
export const DATE = '2026-03-02T08:00:00+00:00';

// a personal address on a provider the classifier does not know as one
const READER_OWN = 'Lio Berger <lio.berger@kabelnet.example>';
const FRIEND = 'Tanja <tanja.roos@kabelnet.example>';

export const GROUPS: CaseGroup[] = [
  {
    title: 'German',
    cases: [
      // o5 biete|bieten _1 dir|euch|ihnen _6 anstellung|…|lehrstelle|…|stelle|vertrag _6 an
      {
        name: 'an offer with a separable verb: "bieten Ihnen die Lehrstelle … an"',
        kind: 'offer',
        subject: 'Lehrstelle Zimmermann',
        body: 'Guten Tag Herr Aebi, nach Ihrem Besuch in der Werkstatt bieten wir Ihnen die Lehrstelle als Zimmermann ab August an. Melden Sie sich bis Ende Monat bei uns.',
      },
      // o3 anstellen|anstellung|anzustellen|… and o2 …|stellenantritt|…
      {
        name: 'a Swiss hire: "möchten Sie gern … anstellen", "Stellenantritt"',
        kind: 'offer',
        subject: 'Ihre Bewerbung als Hauswart',
        body: 'Grüezi Herr Aebi\n\nDer Vorstand möchte Sie sehr gern als Hauswart für unsere Siedlung anstellen. Stellenantritt wäre der 1. Juni.\n\nFreundliche Grüsse',
      },
      // i-3 bedanken|dank|danke|merci _6 gesprach|hearing|…|schnuppertag|… : the trial day is over
      {
        name: 'thanks for the trial day ("Dank für den Schnuppertag") opening an offer is an offer',
        kind: 'offer',
        subject: 'Ihre Stelle in der Gärtnerei',
        body: "Grüezi Frau Rüegg\n\nBesten Dank für den Schnuppertag vom Dienstag. Wir möchten Sie ab April gern als Gärtnerin anstellen, mit einem Monatslohn von CHF 4'800.\n\nFreundliche Grüsse",
      },
      // i5k einladen|einladung|lade|laden _6 …|hearing|…
      {
        name: 'an Austrian public-sector invitation: "laden Sie zu einem Hearing ein"',
        kind: 'interview',
        subject: 'Ihre Bewerbung – Bauamt',
        body: 'Sehr geehrte Frau Pammer! Wir laden Sie zu einem Hearing am 12. März um 10 Uhr im Gemeindeamt ein. Bitte bringen Sie einen Lichtbildausweis mit.',
      },
      // i4 kennenlernen|schnuppern
      {
        name: 'a Swiss trial day: "bei uns schnuppern"',
        kind: 'interview',
        subject: 'Deine Bewerbung als Coiffeuse',
        body: 'Hoi Selina, danke für deine Bewerbung. Möchtest du am Freitag, 6. März, ab 9 Uhr einen Tag bei uns schnuppern? Gib mir kurz Bescheid.',
      },
      // x5 ich hab|habe _1 absage|angebot|job|stelle|zusage (at most one word between now)
      {
        name: 'an agency reserving the post for the reader ("Ich habe dir die Stelle reserviert") is an offer',
        kind: 'offer',
        subject: 'Einsatz ab Montag in der Spedition',
        body: 'Hoi Goran, die Spedition möchte dich ab Montag als Chauffeur einsetzen. Ich habe dir die Stelle reserviert, sofern du zusagst. Stundenlohn CHF 31.–, den Einsatzvertrag schicke ich dir zur Unterschrift.',
      },
      // x5 hab|habe ich _4 absage|angebot|job|stelle|zusage _6 angenommen|bekommen|erhalten|gekriegt
      {
        name: 'a friend\'s news: "hab ich heute endlich die Zusage bekommen" stays other',
        kind: 'other',
        subject: 'endlich!!',
        from: FRIEND,
        body: 'Mia!! Nach zwei Absagen hab ich heute endlich die Zusage bekommen, die Stelle im Stadtarchiv! Anfang ist im Mai. Wir müssen feiern, Samstag?',
      },
      // x5 ich hab|habe _4 absage|angebot|job|stelle|zusage _6 angenommen|bekommen|erhalten|gekriegt
      {
        name: 'a friend\'s news: "ich hab gestern die Zusage für die Stelle bekommen" stays other',
        kind: 'other',
        subject: 'News',
        from: FRIEND,
        body: 'Hi Mia, ich hab gestern die Zusage für die Stelle im Stadtarchiv bekommen, Start ist im Mai! Das Gehalt ist besser als gedacht. Feiern wir am Samstag?',
      },
      // x5 mir _4 angebot _6 bekommen|gemacht
      {
        name: 'a friend\'s news: "Sie haben mir das Angebot gestern am Telefon gemacht" stays other',
        kind: 'other',
        subject: 'rate mal',
        from: FRIEND,
        body: 'Mia, die Bibliothek hat mir das Angebot gestern am Telefon gemacht und ich hab sofort ja gesagt. Gehalt passt, Start im Mai. Samstag feiern?',
      },
      // x5 ich|mich _4 andere|anderes _1 angebot|job|position|stelle _3 angenommen|…|anzunehmen|…
      {
        name: 'the reader\'s own decline: "mich entschieden, eine andere Stelle anzunehmen" stays other',
        kind: 'other',
        subject: 'AW: Ihr Angebot – Projektassistenz',
        from: READER_OWN,
        to: 'Frau Odermatt <r.odermatt@seetal-bau.example>',
        body: 'Sehr geehrte Frau Odermatt, vielen Dank für Ihr Angebot. Nach langem Überlegen habe ich mich entschieden, eine andere Stelle anzunehmen. Ich wünsche Ihnen und dem Team alles Gute.',
      },
      // x5 sich|dich fur uns entschieden
      {
        name: 'onboarding after acceptance: "dass Sie sich für uns entschieden haben" stays other',
        kind: 'other',
        subject: 'Willkommen an Bord!',
        body: 'Liebe Frau Rüegg, wie schön, dass Sie sich für uns entschieden haben! Am Montag um 8 Uhr holt Sie Herr Kälin am Empfang ab, bitte bringen Sie Ihren Ausweis mit.',
      },
      // x3 fur|zu deinem|deinen|ihrem|ihren ersten arbeitstag|tag
      {
        name: 'onboarding: "Infos zu Ihrem ersten Arbeitstag" stays other',
        kind: 'other',
        subject: 'Willkommen an Bord – Infos zu Ihrem ersten Arbeitstag',
        body: 'Liebe Frau Rüegg, am Montag um 8 Uhr holt Sie Herr Kälin am Empfang ab. Bitte bringen Sie Ihren Ausweis mit.',
      },
      // x4 dank|danke|bedanken _3 fur deine|ihre zusage
      {
        name: 'onboarding: "Danke für Ihre Zusage" stays other',
        kind: 'other',
        subject: 'Willkommen an Bord',
        body: 'Liebe Frau Rüegg, danke für Ihre Zusage! Am Montag um 8 Uhr holt Sie Herr Kälin am Empfang ab.',
      },
      // x4 #d|drei|…|sechs|… bewerber|bewerberinnen|kandidaten|kandidatinnen _6 eingeladen|einladen
      {
        name: 'a colleague told that five candidates are invited stays other',
        kind: 'other',
        subject: 'Gespräche Werkstattleitung',
        from: 'Heiri Suter <h.suter@talweg-gruppe.example>',
        to: 'Ruth Blaser <ruth.blaser@kabelnet.example>',
        body: 'Hallo Ruth, wir haben fünf Bewerber zu Gesprächen eingeladen, am Donnerstag ab 9 Uhr im Sitzungszimmer. Die Dossiers lege ich dir ins Fach.',
      },
      // x4 auswahlgremium|auswahljury|auswahlkommission|berufungskommission|jury _3 …|sitzen|sitzt
      {
        name: 'a colleague asked to sit on the selection panel stays other',
        kind: 'other',
        subject: 'Gespräche Werkstattleitung',
        from: 'Heiri Suter <h.suter@talweg-gruppe.example>',
        to: 'Ruth Blaser <ruth.blaser@kabelnet.example>',
        body: 'Hallo Ruth, am Donnerstag um 9 Uhr führen wir die Gespräche mit den Bewerbern für die Werkstattleitung. Du wirst mit mir im Auswahlgremium sitzen, passt dir das?',
      },
    ],
  },
  {
    title: 'French',
    cases: [
      // o4 accueillerai|accueillerons|accueillons _4 …|stagiaire and o2 indemnite|indemnites de stage
      {
        name: 'an internship confirmed in the future tense: "nous vous accueillerons comme stagiaire"',
        kind: 'offer',
        subject: 'Votre stage – confirmation',
        body: "Bonjour Elise, nous vous accueillerons comme stagiaire au bureau de Namur de mars à juin. L'indemnité de stage est de 600 € par mois.",
      },
      // o5k passer|venir _10 signer _2 contrat* (a longer gap, any contract word)
      {
        name: 'a temp agency asks the reader to come by and sign the framework contract',
        kind: 'offer',
        subject: 'Mission à la scierie',
        body: "Bonjour Yanis, la scierie est d'accord pour vous engager comme manœuvre dès lundi. Pouvez-vous passer à l'agence demain entre 8h et 11h pour signer le contrat-cadre ?",
      },
      // i4k passer|venir me|nous rencontrer|voir
      {
        name: 'an invitation after an acknowledgement: "venir nous rencontrer"',
        kind: 'interview',
        subject: 'Votre candidature – Horloger',
        body: "Bonjour Monsieur Vuille, nous avons bien reçu votre dossier pour le poste d'horloger. Je vous propose de venir nous rencontrer jeudi à 14h à l'atelier de Sainte-Croix.",
      },
      // i5 entretien|entrevue d'|de embauche|selection
      {
        name: 'a Belgian invitation: "un entretien de sélection"',
        kind: 'interview',
        subject: 'Votre candidature',
        body: 'Madame Dewez, nous souhaitons vous convier à un entretien de sélection mardi dans nos bureaux de Wavre.',
      },
      // i-2 apres|merci|suite _4 …|entrevue|entrevues|… : an interview that is over
      {
        name: 'a Québec friend\'s news about "la deuxième entrevue" stays other',
        kind: 'other',
        subject: 'nouvelles',
        from: FRIEND,
        body: 'Allô! Après la deuxième entrevue mardi à 10 h pour le poste à la coop, ils ont appelé mes références. Je croise les doigts! On se voit samedi?',
      },
      // x5 ai pas? eu _2 boulot|contrat|emploi|job|poste|stage
      {
        name: 'a friend\'s news: "je n\'ai pas eu le poste" stays other',
        kind: 'other',
        subject: 'bof',
        from: FRIEND,
        body: "Salut! Je n'ai pas eu le poste à la médiathèque, ils ont retenu une autre candidate. Je continue à postuler. Souper jeudi?",
      },
      // x3 de|pour ton|votre premier jour
      {
        name: 'onboarding: "quelques infos pour votre premier jour" stays other',
        kind: 'other',
        subject: 'Bienvenue !',
        body: "Bonjour Thomas, bienvenue dans l'équipe ! Voici quelques infos pour votre premier jour : rendez-vous à 8h30 à l'accueil, avec votre carte d'identité. Nous avons hâte de vous accueillir !",
      },
      // x4 peux-tu|pourrais-tu|pouvez-vous _5 entretien|entrevue _3 candidat*
      {
        name: 'a colleague asked to run "l\'entrevue du candidat" stays other',
        kind: 'other',
        subject: 'Petit service',
        from: 'Karine Roy <k.roy@groupe-boreal.example>',
        to: 'Luc Gagné <luc.gagne@kabelnet.example>',
        body: "Salut Luc, je suis en formation jeudi. Peux-tu faire l'entrevue du candidat pour le poste de magasinier à 10 h en visio? Son CV est dans le dossier partagé, confirme-moi ta disponibilité.",
      },
      // x4 cette|derniere|ma|mes|mon|ta|tes|ton|vos|votre alerte|alertes (not any "alerte")
      {
        name: 'an interview for a security analyst that mentions "une alerte" stays an interview',
        kind: 'interview',
        subject: 'Entrevue – Analyste SOC',
        body: "Bonjour Félix, merci pour ta candidature. On aimerait te rencontrer en entrevue jeudi à 10 h. Il y aura une courte mise en situation sur l'analyse d'une alerte.",
      },
      // x4k entretien|entrevue|interview|portrait _6 pour _1 … emission|…
      {
        name: 'a Québec radio request: "une entrevue pour notre émission" stays other',
        kind: 'other',
        subject: 'Demande',
        from: 'Rédaction Matin Estrie <redaction@matinestrie.example>',
        body: "Bonjour, nous aimerions vous parler de l'emploi des jeunes dans votre boulangerie. Seriez-vous disponible mardi à 7 h pour une entrevue pour notre émission du matin?",
      },
    ],
  },
  {
    title: 'Spanish',
    cases: [
      // o5 la|le|lo|te elegimos|escogimos|seleccionamos _2 para _2 cargo|…|pasantia|…
      {
        name: 'an Argentine internship: "te elegimos para la pasantía"',
        kind: 'offer',
        subject: 'Novedades de tu búsqueda',
        body: 'Hola Bruno, te escribo para contarte que te elegimos para la pasantía en Logística. La asignación es de $ 500.000 mensuales, y arrancamos cuando la facultad firme el convenio.',
      },
      // o5 quedaste seleccionada|seleccionado _3 cargo|…|puesto|…
      {
        name: '"quedaste seleccionada para el puesto" is an offer',
        kind: 'offer',
        subject: '¡Buenas noticias!',
        body: 'Hola Abril, quedaste seleccionada para el puesto de cajera en la sucursal Centro. Mañana te mando el contrato.',
      },
      // o4 parece|queda|sirve _2 arrancar|arrancas|…|empezas|empiezas _3 #d|…|lunes|…
      {
        name: 'a start date asked in voseo: "¿te parece si arrancás el lunes?"',
        kind: 'offer',
        subject: 'Cocina del bodegón',
        body: 'Hola Tiago, nos encantó cómo trabajaste el sábado. Te ofrezco quedarte en la cocina con 20 horas semanales. ¿Te parece si arrancás el lunes 9?',
      },
      // o4 aprobado|aprobo|confirmamos|confirmo _3 su|tu contratacion|incorporacion|ingreso
      {
        name: 'a Chilean agency: "el cliente aprobó tu contratación"',
        kind: 'offer',
        subject: 'Temporada de cosecha',
        body: 'Hola Diego: te confirmo que el fundo aprobó tu contratación como temporero para la cosecha, con sueldo base de $600.000.',
      },
      // o4 acercarte|acercate|pasar|pasate|pases|pasese|venir|vengas _10 firmar _2 contrato*
      {
        name: 'asked to come by the office to sign the contract',
        kind: 'offer',
        subject: 'Temporada de cosecha',
        body: 'Hola Diego: ya está todo listo con el fundo. Necesito que pases por la oficina de Curicó antes del jueves para firmar el contrato, con tu carnet.',
      },
      // r4 no fue|fueron|fuiste|resultaron|resultaste|resulto _1 seleccionad* and j1 …|convocatoria|…
      {
        name: 'a Mexican municipal competition: "no resultó seleccionado"',
        kind: 'rejection',
        subject: 'Resultados',
        from: 'Presidencia Municipal <rh@municipio-sanblas.example>',
        body: 'C. Ramiro Olvera: concluida la evaluación de la convocatoria para la plaza de chofer, le informamos que no resultó seleccionado. Agradecemos su participación.',
      },
      // r4 no _1 alcanzo|alcanzaron|alcanzaste|fue|fueron|resulto suficiente|suficientes
      {
        name: 'a score that "no fue suficiente" for the post is a rejection',
        kind: 'rejection',
        subject: 'Resultados',
        from: 'Presidencia Municipal <rh@municipio-sanblas.example>',
        body: 'C. Ramiro Olvera: concluida la evaluación de la convocatoria para la plaza de chofer, su puntaje no fue suficiente para ocupar el primer lugar.',
      },
      // x4a hemos recibido _2 candidatura|cv|postulacion|solicitud
      {
        name: 'an acknowledgement: "hemos recibido tu postulación" stays other',
        kind: 'other',
        subject: 'Gracias por postular',
        from: 'Empleos Ferreterías Andes <no-reply@ferreteriasandes.example>',
        body: '¡Hola Josefa! Hemos recibido tu postulación al cargo de vendedora. Si tu perfil avanza, te llamaremos para coordinar una entrevista.',
      },
      // x4a candidatura|postulacion|solicitud _3 recibida|registrada
      {
        name: 'an acknowledgement: "tu postulación quedó registrada" stays other',
        kind: 'other',
        subject: 'Gracias por postular',
        from: 'Empleos Ferreterías Andes <no-reply@ferreteriasandes.example>',
        body: '¡Hola Josefa! Tu postulación quedó registrada. Si tu perfil avanza a la siguiente etapa, te llamaremos para una entrevista.',
      },
    ],
  },
  {
    title: 'Portuguese',
    cases: [
      // r5 nao _2 foi|foste|sera|seras|sido _1 admitid*|classificad*|contratad*|selecionad*
      {
        name: 'a public competition: "não foi classificado dentro das vagas"',
        kind: 'rejection',
        subject: 'Resultado do processo seletivo',
        body: 'Prezado Mateus, após a etapa de entrevistas do processo seletivo para o cargo de Fiscal, você não foi classificado dentro do número de vagas.',
      },
      {
        name: 'a European Portuguese ranking: "não tendo sido selecionado"',
        kind: 'rejection',
        subject: 'Lista de ordenação final',
        body: 'Exmo. Senhor, notifica-se V. Exa. de que ficou em 3.º lugar no procedimento concursal, não tendo sido selecionado para o posto de trabalho.',
      },
      // r4 nao _2 passou|passaste _3 etapa|fase|proxima
      {
        name: '"você não passou para a próxima etapa" is a rejection',
        kind: 'rejection',
        subject: 'Atualização do processo seletivo',
        body: 'Olá Bianca, agradecemos sua participação na dinâmica. Desta vez você não passou para a próxima etapa do processo seletivo da vaga de Assistente.',
      },
      // i4k qual|quais _1 dia|dias|horario|horarios _6 disponiveis|disponivel|livre|livres|melhor|prefere
      {
        name: 'an acknowledgement that asks for free days is an interview',
        kind: 'interview',
        subject: 'Vaga de Professor de História',
        body: 'Olá Caio, recebemos seu currículo para a vaga de professor. A próxima etapa é uma entrevista com a direção. Quais dias e horários você tem livres na próxima semana?',
      },
    ],
  },
  {
    title: 'Dutch',
    cases: [
      // o4 je|jij|u kan|kunt _3 #d|…|maandag|… _2 beginnen|starten
      {
        name: 'a temp agency: "je kunt maandag starten"',
        kind: 'offer',
        subject: 'Goed nieuws!',
        body: 'Hoi Niels, het magazijn heeft je cv gezien en je kunt maandag starten als heftruckchauffeur. Uurloon € 16,10.',
      },
      // o3 je|jou|u _3 inzetten _2 als
      {
        name: 'a temp agency: "ze willen je graag inzetten als …"',
        kind: 'offer',
        subject: 'Goed nieuws!',
        body: 'Hoi Niels, het distributiecentrum wil je graag inzetten als orderpicker vanaf 1 april. Het uurloon is € 15,90.',
      },
      // o3 of je|jij|u _3 aanneemt|accepteert
      {
        name: '"laat je weten of je het aanneemt?" after the terms is an offer',
        kind: 'offer',
        subject: 'Plek in de bakkerij',
        body: 'Dag Lien, we hebben een plek voor je in de bakkerij, 30 uur per week, bruto € 2.600 per maand. Laat je weten of je het aanneemt?',
      },
      // i5 …|jobgesprek|jobinterview|…|selectiegesprek|…
      {
        name: 'a Flemish invitation: "een selectiegesprek"',
        kind: 'interview',
        subject: 'Je kandidatuur',
        body: 'Dag Wout, we zouden je graag zien voor een selectiegesprek op woensdag 11 maart om 14u in ons kantoor in Mechelen.',
      },
      // x4 hij|zij _8 aanbod|baan|functie _6 aanneemt|accepteert|afgeslagen|afgewezen|afslaat|afwijst
      {
        name: 'HR tells the hiring manager "dat hij ons aanbod niet aanneemt": stays other',
        kind: 'other',
        subject: 'Update vacature magazijnmedewerker',
        from: 'Ilse Wuyts <ilse.wuyts@kempenhout.example>',
        to: 'Jan Peeters <jan.peeters@kabelnet.example>',
        body: 'Hoi Jan, Koen heeft gisteren laten weten dat hij ons aanbod voor de functie niet aanneemt, zijn werkgever biedt hem een hoger salaris. Zal ik de tweede kandidaat bellen?',
      },
      // x4 hij|zij neemt|slaat _6 aanbod|baan|functie
      {
        name: 'HR tells the hiring manager that the chosen candidate said no: stays other',
        kind: 'other',
        subject: 'Update vacature magazijnmedewerker',
        from: 'Ilse Wuyts <ilse.wuyts@kempenhout.example>',
        to: 'Jan Peeters <jan.peeters@kabelnet.example>',
        body: 'Hoi Jan, Koen heeft gebeld: hij neemt ons aanbod voor de functie toch niet aan, hij blijft bij zijn werkgever voor een hoger salaris. Zal ik de tweede kandidaat bellen?',
      },
      // x4 vacature _3 opnieuw|weer _2 online|open|openzetten|plaatsen|publiceren|uitzetten
      {
        name: 'HR asks the hiring manager whether to put the vacancy online again: stays other',
        kind: 'other',
        subject: 'Magazijnmedewerker',
        from: 'Ilse Wuyts <ilse.wuyts@kempenhout.example>',
        to: 'Jan Peeters <jan.peeters@kabelnet.example>',
        body: 'Hoi Jan, ons aanbod aan Koen (salaris € 2.900) is niet doorgegaan. Zet ik de vacature opnieuw online, of wil je eerst nog even wachten?',
      },
      // x4a goed|goede ontvangen|orde
      {
        name: 'a Flemish acknowledgement: "we hebben je kandidatuur goed ontvangen" stays other',
        kind: 'other',
        subject: 'Je kandidatuur',
        from: 'Jobs Meetjesland <jobs-noreply@meetjesland-zorg.example>',
        body: 'Dag Hanne, bedankt voor je kandidatuur als zorgkundige. We hebben ze goed ontvangen. Ben je geselecteerd voor een gesprek, dan bellen we je op.',
      },
    ],
  },
  {
    title: 'own sent mail from a Swiss or German personal provider',
    cases: [
      // engine.ts PERSONAL_DOMAIN: …|posteo|bluewin|hispeed|…
      {
        name: "the reader's own decline sent from a bluewin address stays other",
        kind: 'other',
        subject: 'AW: Ihr Vertragsangebot',
        from: 'Lio Berger <lio.berger@bluewin.example>',
        to: 'Frau Odermatt <r.odermatt@seetal-bau.example>',
        body: 'Sehr geehrte Frau Odermatt, herzlichen Dank für das Vertragsangebot. Leider muss ich absagen, da ich mich beruflich anders orientiere. Ich wünsche Ihnen viel Erfolg bei der Besetzung der Stelle.',
      },
    ],
  },
];
