/**
 * Breadth rounds zo (a month in the inbox of someone employed and looking: current-employer mail next
 * to job mail) and zq (formal and institutional hiring mail in German, French, Spanish, Portuguese
 * and Dutch). An online test to complete, a place on a course, a language exam summons, an audition
 * for a youth band, a research grant not funded and onboarding after the reader accepted are not
 * job emails; internal mail is a job email when the reader is the one who applied ("thank you for
 * applying internally", "the panel has not shortlisted you"), not when the reader sits on the panel.
 * Formal mail has its own words: a temporary appointment from a job list, an agreement to sign, an
 * exclusion from a competition, a score below the minimum, a promise of hire taken back, a day of
 * immersion, a temp agency's assignment. Each case is written for this test in its own words, none
 * taken from a corpus; each fails without the rule named in the comment above it, except the
 * guards, which show what must stay as it is.
 */
import type { CaseGroup } from './kind-case';

export const SENDER = 'Noor Haddad <noor@riverside-studio.example>';
export const DATE = '2026-09-14T09:00:00+00:00';

const COLLEAGUE = 'Priya Shah <priya.shah@harlow-logistics.example>';
const READER_AT_WORK = 'Sam Rivera <sam.rivera@harlow-logistics.example>';

export const GROUPS: CaseGroup[] = [
  {
    title: 'English: online tests, course places and internal hiring',
    cases: [
      // x3 complete|completing|finish|finishing _2 application|assessment (rules-en-against)
      {
        name: 'a testing platform reminds the reader of an online test not yet begun',
        kind: 'other',
        subject: 'Reminder: your skills test is still open',
        from: 'Testbench <no-reply@testbench.example>',
        body: 'Hi Sam, Harlow Logistics has invited you to complete the online assessment for its planning team. You have not opened it yet and the link closes on 9 October at 23:59. This is an automated message, please do not reply.',
      },
      // guard
      {
        name: 'an interview invitation after a finished online test stays an interview',
        kind: 'interview',
        subject: 'Next step',
        body: 'Hi Sam, thanks for completing the online assessment. We would like to invite you to a video interview with our planning lead on Tuesday at 10am.',
      },
      // x4 place at|in|on _5 bachelor's|bsc|certificate|course|master's|masters|mba|msc (rules-en-against)
      {
        name: 'a college offers a place in a certificate course',
        kind: 'other',
        subject: 'Your offer: Certificate in Garden Design',
        from: 'Admissions <admissions@eastvale-college.example>',
        body: 'Dear Sam, congratulations! We are delighted to offer you a place in the Certificate in Garden Design (part-time, Wednesday evenings), beginning 3 February. To accept your offer, complete your enrolment in the learner portal by 15 January.',
      },
      // guard
      {
        name: 'a place on a graduate scheme with a salary stays an offer',
        kind: 'offer',
        subject: 'Graduate scheme',
        body: 'Dear Sam, we are delighted to offer you a place on our graduate scheme as a trainee quantity surveyor, starting on 1 September at a salary of 29,000.',
      },
      // r5k appointed|chose|chosen|hired|offer|offered|recommended|selected _3 another|different|external|other _1 $cand (rules-en)
      {
        name: 'the panel appointed an external candidate',
        kind: 'rejection',
        subject: 'Facilities coordinator',
        body: 'Dear Sam, thank you for meeting the panel about the facilities coordinator post last week. The panel has selected an external candidate whose background is closer to the brief. We wish you well.',
      },
      // x-4 for|you applied|applying internally (rules-en)
      {
        name: 'a colleague in HR declines the reader who applied internally',
        kind: 'rejection',
        subject: 'Night shift manager',
        from: COLLEAGUE,
        to: READER_AT_WORK,
        body: 'Hi Sam, thank you for applying internally for the night shift manager vacancy. I am sorry to say you were not successful this time; the post needs someone who has run a warehouse floor before. Let us talk about a development plan at your next review.',
      },
      // guard
      {
        name: 'internal mail to a panel member about a colleague who applied internally stays other',
        kind: 'other',
        subject: 'Night shift manager',
        from: COLLEAGUE,
        to: READER_AT_WORK,
        body: 'Hi Sam, thank you for sitting on the panel yesterday. We have offered the night shift manager post to Dana, who applied internally. Could you send your scoring sheet to HR by Friday?',
      },
      // x-4 not select|selected|shortlist|shortlisted you (rules-en)
      {
        name: 'a manager tells a colleague the panel has not shortlisted them',
        kind: 'rejection',
        subject: 'Quality lead post',
        from: COLLEAGUE,
        to: READER_AT_WORK,
        body: 'Hi Sam, I wanted to tell you myself: the panel has not shortlisted you for interview for the quality lead post. The gap was experience of leading audits, and I am happy to help you build that this year.',
      },
      // guard
      {
        name: 'internal mail asking a panel member to tell an applicant stays other',
        kind: 'other',
        subject: 'Quality lead post',
        from: COLLEAGUE,
        to: READER_AT_WORK,
        body: 'Hi Sam, the panel has not shortlisted Dana for the quality lead post. Can you let her know before Friday and copy me in?',
      },
    ],
  },
  {
    title: 'Spanish: formal and institutional hiring',
    cases: [
      // o4 para firmar _2 contrato*|convenio (rules-es)
      {
        name: 'a town hall asks the reader to come and sign the internship agreement',
        kind: 'offer',
        subject: 'Beca de verano',
        body: 'Hola Sam: ya tenemos tu documentación completa. Necesitamos que vengas a la oficina de personal el jueves por la mañana para firmar el convenio de la beca de verano. No olvides traer tu DNI.',
      },
      // o4 sido seleccionada|seleccionado como (rules-es)
      {
        name: 'the reader has been chosen as archive assistant',
        kind: 'offer',
        subject: 'Resultado',
        body: 'Estimado Sam: le comunicamos que ha sido seleccionado como monitor del campamento de verano del ayuntamiento. Le enviaremos las condiciones la próxima semana.',
      },
      // o4 nombramiento _3 estatutaria|estatutario|eventual|funcionaria|funcionario|interina|interino (rules-es)
      {
        name: 'a health service offers a temporary appointment from its job list',
        kind: 'offer',
        subject: 'Lista de empleo – Fisioterapia',
        body: 'Estimada Sra. Rivera: conforme a su posición en la lista de empleo de Fisioterapia, tiene disponible un nombramiento eventual en el centro de salud de la zona norte del 1 al 30 de septiembre. Debe responder en 48 horas.',
      },
      // o5k encantaria|gustaria|queremos|quisieramos que te unas (rules-es)
      {
        name: 'a kitchen would love the reader to join its team',
        kind: 'offer',
        subject: 'Cocina',
        body: 'Hola Sam: a Marta y a mí nos encantaría que te unas a nosotros en la barra los fines de semana. ¿Lo hablamos mañana?',
      },
      // o5k encantaria|gustaria|queremos|quisieramos _3 formaras|formes|incorporaras|incorpore|incorpores|sumaras|sume|sumes|unieras (rules-es)
      {
        name: 'a recruiter would like to ask the reader a few questions by phone',
        kind: 'interview',
        subject: 'Llamada',
        body: 'Hola Sam: he visto tu perfil para el puesto de mozo de almacén. Me gustaría hacerte unas preguntas por teléfono antes de enviarlo al cliente. ¿Te va bien el martes a las 11?',
      },
      // i4 hacerle|hacerte _1 unas? _1 preguntas (rules-es)
      {
        name: 'a recruiter wants to ask some questions by phone',
        kind: 'interview',
        subject: 'Recepcionista',
        body: 'Hola Sam: gracias por tu interés en el puesto de recepcionista del hotel. Nos gustaría hacerte algunas preguntas por teléfono esta semana.',
      },
      // r5 decantado|decantamos|decanto|decidido|inclinado|inclinamos|inclino|optado|optamos|optaron|opto por un|una _1 candidata|candidato|perfil|persona|postulante|profesional|profesor|profesora (rules-es)
      {
        name: 'a clinic decided on another professional',
        kind: 'rejection',
        subject: 'Logopeda',
        body: 'Hola Sam: gracias por la entrevista para la plaza de logopeda. Finalmente nos hemos decidido por una profesional con más años en atención temprana. Te deseo suerte.',
      },
      // r5 a|con|por otra|otro _1 aspirante|candidata|candidato|perfil|persona|postulante (rules-es)
      {
        name: 'a committee awarded the post to another applicant',
        kind: 'rejection',
        subject: 'Técnico de laboratorio',
        body: 'Estimado Sr. Rivera: le informamos de que, concluida la fase de entrevistas, la comisión ha adjudicado el puesto de técnico de laboratorio a otro aspirante.',
      },
      // r5 eliminada|eliminado|excluida|excluido del|de _1 la? _1 proceso|convocatoria|oposicion|seleccion (rules-es)
      {
        name: 'the reader is excluded from a public selection process',
        kind: 'rejection',
        subject: 'Oposición auxiliar administrativo',
        body: 'Sr. Rivera: tras la corrección del primer ejercicio de la oposición de auxiliar administrativo, queda usted excluido del proceso selectivo al no haberse presentado a la prueba.',
      },
      // r4 no alcanza|alcanzo|supera|supero _3 minimo (rules-es)
      {
        name: 'the reader’s score is below the minimum',
        kind: 'rejection',
        subject: 'Plaza de conserje',
        body: 'Sr. Rivera: su puntuación en la prueba práctica para la plaza de conserje no alcanza el mínimo exigido en las bases de la convocatoria.',
      },
      // x4 hayas|haber aceptado (rules-es)
      {
        name: 'onboarding paperwork after the reader accepted',
        kind: 'other',
        subject: 'Tu alta',
        body: 'Hola Sam: ¡qué bien que hayas aceptado! Para preparar tu alta en nómina en el puesto de recepcionista necesito tu número de la Seguridad Social y tu cuenta bancaria. El primer día te esperamos a las 8 en la entrada principal.',
      },
      // x4k audicion|audiciones|orquesta (rules-es)
      {
        name: 'a youth band’s audition result is not a job',
        kind: 'other',
        subject: 'Resultados',
        body: 'Hola Sam: gracias por presentarte a las audiciones de la banda juvenil municipal. Lamentamos decirte que no has sido seleccionado para los clarinetes este año; quedas en el puesto 4 de la lista de reserva.',
      },
      // x-3 clase|clases demostrativa|demostrativas|magistral|magistrales (rules-es)
      {
        name: 'a university gave the post to another applicant after a model lecture',
        kind: 'rejection',
        subject: 'Profesor asociado',
        body: 'Estimado Sam: gracias por la clase magistral que impartiste ante la comisión para la plaza de profesor asociado. Tu candidatura no ha sido seleccionada.',
      },
      // x-3 curso que viene (rules-es)
      {
        name: 'a school chose someone else for next year',
        kind: 'rejection',
        subject: 'Tutor de primaria',
        body: 'Hola Sam: gracias por tu candidatura y por venir al colegio. Al final hemos cubierto la plaza de tutor de primaria para el curso que viene. Mucha suerte.',
      },
      // x-3 curso escolar|siguiente (rules-es)
      {
        name: 'a school chose someone else for the school year',
        kind: 'rejection',
        subject: 'Tutor de primaria',
        body: 'Hola Sam: gracias por tu candidatura y por venir al colegio. Al final hemos cubierto la plaza de tutor de primaria para el curso escolar 2026-2027. Mucha suerte.',
      },
      // r3 no _2 sido|fue|es _1 una decision facil|sencilla (rules-es)
      {
        name: 'it was not an easy decision',
        kind: 'rejection',
        subject: 'Coordinador de eventos',
        body: 'Hola Sam: gracias por tu tiempo con nosotros y por la charla sobre coordinación de eventos. Lamentablemente no ha sido una decisión fácil y te deseo lo mejor.',
      },
    ],
  },
  {
    title: 'Portuguese',
    cases: [
      // o5 que assumas|assumisses _2 cargo|funcao|lugar|posto (rules-pt)
      // x-4 que assumas|assumisses _2 cargo|funcao|lugar|posto (rules-pt)
      {
        name: 'a manager asks a colleague to take on the shift lead post',
        kind: 'offer',
        subject: 'Braga',
        from: COLLEAGUE,
        to: READER_AT_WORK,
        body: 'Olá Sam, depois da reunião com a direção, gostávamos que assumisses o cargo de chefe de turno na loja de Braga a partir de abril, com o salário correspondente. Pensa e diz-me alguma coisa até sexta.',
      },
      // o2 nivel|escalao salarial (rules-pt)
      {
        name: 'a promotion that moves the reader up a pay level',
        kind: 'offer',
        subject: 'Braga',
        from: COLLEAGUE,
        to: READER_AT_WORK,
        body: 'Olá Sam, depois da reunião com a direção, gostávamos que assumisses o cargo de chefe de turno na loja de Braga. Passas para o escalão salarial seguinte. Diz-me alguma coisa até sexta.',
      },
      // o5k queremos|quero _3 te|voce _2 connosco|conosco|equipa|equipe|gente|time (rules-pt)
      {
        name: 'a company wants the reader in its team after the interview',
        kind: 'offer',
        subject: 'Designer júnior',
        body: 'Oi Sam! Adoramos conversar com você ontem na entrevista e queremos muito você com a gente como designer júnior. Podemos marcar uma conversa na segunda às 10h para acertar os detalhes?',
      },
      // r5 decidimos|optamos|vamos seguir|avancar|continuar|ficar com um|uma _1 candidata|candidato|pessoa|professor|professora|profissional (rules-pt)
      {
        name: 'a school decided to go on with another teacher',
        kind: 'rejection',
        subject: 'Vaga de professora',
        body: 'Oi Sam, obrigada pela conversa de quinta. Depois de muito pensar, decidimos seguir com uma professora que já trabalha com turmas de alfabetização. Boa sorte!',
      },
      // x5 acabei|decidi|pedi|preciso|vou _3 demissao (rules-pt)
      {
        name: 'an offer withdrawn although the reader was about to resign',
        kind: 'rejection',
        subject: 'Sobre a vaga',
        body: 'Bom dia, Sam. Infelizmente tenho uma má notícia: a vaga de analista que te oferecemos foi cancelada. Sei que ias pedir demissão no teu emprego atual e peço imensa desculpa.',
      },
      // r5k congel*|suspend* _3 admissoes|contratacoes (rules-pt)
      {
        name: 'a hiring freeze ends the promised post',
        kind: 'rejection',
        subject: 'Sobre a vaga de técnico',
        body: 'Olá Sam, a administração suspendeu as contratações até janeiro e a vaga de técnico que tínhamos combinado fica sem efeito.',
      },
      // x4k financiamento (rules-pt)
      {
        name: 'a research grant application not approved for funding',
        kind: 'other',
        subject: 'Concurso de bolsas – decisão',
        from: 'Fundação para a Ciência <concursos@fundacao.example>',
        body: 'Exma. Senhora, informamos que a candidatura ao concurso de projetos não foi aprovada para financiamento, tendo obtido 6,9 pontos.',
      },
      // guard
      {
        name: 'a research post funded by a project still gets its interview',
        kind: 'interview',
        subject: 'Vaga de bolseiro',
        body: 'Olá Sam, temos uma vaga de bolseiro de investigação no nosso laboratório. Gostaríamos de o convidar para uma entrevista na quinta-feira às 10h.',
      },
    ],
  },
  {
    title: 'French',
    cases: [
      // i4 demi-journee|jour|journee d' essai|immersion (rules-fr)
      {
        name: 'a day of immersion before the decision',
        kind: 'interview',
        subject: "Poste d'auxiliaire",
        body: "Bonjour Sam, nous vous proposons une journée d'immersion dans notre crèche le jeudi 12 juin, de 9h à 13h, avant de prendre notre décision pour le poste d'auxiliaire.",
      },
      // i4 mise|mises en situation (rules-fr)
      {
        name: 'a practical trial at the workshop',
        kind: 'interview',
        subject: 'Préparateur',
        body: 'Bonjour Sam, nous vous proposons une mise en situation dans notre atelier mardi matin à 8h, avant de décider pour le poste de préparateur.',
      },
      // i4k faire|fassions|ferons|ferai un point _6 telephone|visio (rules-fr)
      {
        name: 'a recruiter wants a short phone call',
        kind: 'interview',
        subject: 'Magasinier',
        body: "Bonjour Sam, j'ai bien reçu votre CV pour le poste de magasinier. Je voudrais faire un point rapide avec vous par téléphone avant de transmettre votre dossier à l'entreprise.",
      },
      // o4 une mission _5 pour toi|vous (rules-fr)
      {
        name: 'a temp agency has an assignment for the reader',
        kind: 'offer',
        subject: 'Mission',
        body: "Salut Sam, bonne nouvelle : j'ai une mission de deux mois pour toi chez un transporteur à Vénissieux, dès lundi. Dis-moi vite si ça te va.",
      },
      // i-4 convocation a|au|aux|pour _2 examen|examens|session|test|tests (rules-fr)
      {
        name: 'a summons to a language exam',
        kind: 'other',
        subject: 'Convocation DELF B2',
        from: "Centre d'examen <examens@institut.example>",
        body: "Madame, vous trouverez ci-dessous votre convocation à l'examen du DELF B2. Accueil des candidats à 8h45, épreuve orale (entretien individuel) l'après-midi.",
      },
      // x4 examen|test|tests de _1 connaissance|langue|niveau (rules-fr)
      // x4 dalf|delf|ielts|tcf|tef|toefl|toeic (rules-fr)
      {
        name: 'a summons to a placement test',
        kind: 'other',
        subject: 'Convocation au TOEIC',
        from: "Centre d'examen <examens@institut.example>",
        body: "Madame, votre test de niveau en anglais aura lieu le samedi 5 avril à 9h. Accueil des candidats dès 8h30, entretien individuel l'après-midi.",
      },
      // guard
      {
        name: 'a job interview summons stays an interview',
        kind: 'interview',
        subject: 'Convocation',
        body: "Madame, nous avons le plaisir de vous convoquer à un entretien pour le poste d'assistante de direction le mardi 3 juin à 14h.",
      },
    ],
  },
  {
    title: 'German',
    cases: [
      // r5k angebot|einstellungszusage|zusage _8 widerrufen|zuruckgezogen|zurucknehmen|zuruckziehen (rules-de)
      {
        name: 'an employer takes back its promise of the job',
        kind: 'rejection',
        subject: 'Ihre Stelle',
        body: 'Sehr geehrte Frau Rivera, es tut mir sehr leid: Wir müssen unsere Zusage für die Stelle als Sachbearbeiterin zurückziehen, weil die Mittel für das Projekt gestrichen wurden.',
      },
      // r5k rucknahme|widerruf _2 angebot|einstellungszusage|zusage (rules-de)
      {
        name: 'an employer withdraws its hiring promise',
        kind: 'rejection',
        subject: 'Ihre Stelle als Sachbearbeiterin',
        body: 'Sehr geehrte Frau Rivera, hiermit teilen wir Ihnen den Widerruf unserer Einstellungszusage vom 3. März mit. Grund ist eine Haushaltssperre des Landkreises.',
      },
      // o4 als _8 ausgewahlt wurden|worden (rules-de)
      {
        name: 'the reader has been chosen as trainee',
        kind: 'offer',
        subject: 'Ihre Bewerbung',
        body: 'Sehr geehrte Frau Rivera, ich darf Ihnen mitteilen, dass Sie als Trainee für unsere Abteilung Einkauf ausgewählt wurden. Ihr erster Tag ist der 1. September.',
      },
      // o4 annahme _6 bestatigen (rules-de)
      {
        name: 'the employer asks the reader to confirm acceptance',
        kind: 'offer',
        subject: 'Praktikum Stadtverwaltung',
        body: 'Sehr geehrte Frau Rivera, das Praktikum im Bürgerservice beginnt am 1. Juli. Wir bitten Sie, Ihre Annahme bis 20. Juni schriftlich zu bestätigen.',
      },
    ],
  },
  {
    title: 'Dutch',
    cases: [
      // r5 niet _3 deelnemen|doorstromen _4 gedeelte|fase|proef|ronde|stap (rules-nl)
      {
        name: 'the reader cannot go on to the next part of the selection',
        kind: 'rejection',
        subject: 'Selectieproef',
        body: 'Beste Sam, je score op de schriftelijke proef voor de functie van baliemedewerker was te laag. Je kan daardoor niet deelnemen aan de volgende fase van de procedure.',
      },
      // o4 akte|besluit van _1 aanstelling|benoeming (rules-nl)
      {
        name: 'a school confirms the appointment deed',
        kind: 'offer',
        subject: 'Docent',
        body: 'Beste Sam, fijn dat we elkaar spraken. Vanaf 1 augustus word je bij ons docent aardrijkskunde. De administratie stuurt je volgende week het besluit van benoeming.',
      },
    ],
  },
];
