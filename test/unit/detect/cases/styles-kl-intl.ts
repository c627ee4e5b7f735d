/**
 * Wording in German, French, Spanish, Portuguese and Dutch that two more outside writers' sets
 * (styles-k, styles-l) showed the classifier missing: an offer after a trial day that looks back
 * on it, an apprenticeship "ab dem 1. … als", a contract to be sent or signed, a selection day, a
 * post "schon vergeben", a job title's "(m/w/d)", a choice that "fell on" someone with more
 * experience, a post filled "con una persona", "optamos por una persona", a casual "pásate el
 * jueves" or "kun je dinsdag beginnen", "ficamos com um rapaz", a public competition's exclusion;
 * and mail that borrows job words but must stay "other": a recruiting vendor's pitch, a careers
 * newsletter, a conference committee's decision, French "et"/"est" read as a time zone. Each case
 * is written for this test in its own words, none taken from a corpus; each job case fails
 * without the rule its comment names.
 */
import type { CaseGroup } from './kind-case';

/** An employer: writes each email that names no other sender. */
export const SENDER = 'Marta Seidel <marta.seidel@nordhafen-gruppe.example>';
export const DATE = '2026-06-08T09:00:00+00:00';

export const GROUPS: CaseGroup[] = [
  {
    title: 'German',
    cases: [
      // i-2 nach _3 gesprach|…|probetag|… (a trial day looked back on)
      {
        name: 'an offer after a trial day is not an invitation to one',
        kind: 'offer',
        subject: 'Servicekraft im Café',
        body: 'Hallo Jule, nach deinem Probetag am Samstag war für uns schnell klar: Der Arbeitsvertrag für 25 Stunden liegt für dich bereit. Komm einfach vorbei, wenn es dir passt.',
      },
      // o3 dich|euch|sie ab _3 #d _2 als
      {
        name: 'an apprenticeship from a date: "dich ab dem 1. … als"',
        kind: 'offer',
        subject: 'Ausbildung Tischler',
        body: 'Hallo Finn, wir haben uns im Team beraten und möchten dich ab dem 1. August als Auszubildenden in unserer Werkstatt. Die Ausbildungsvergütung liegt im ersten Jahr bei 980 Euro. Sag uns bis Freitag Bescheid, ob das für dich passt.',
      },
      // o3 dich|euch|sie _10 bei uns _2 haben
      {
        name: 'a small business wants the reader: "dich … bei uns im Team haben"',
        kind: 'offer',
        subject: 'Sommer im Biergarten',
        body: 'Servus Lena, wir würden dich diesen Sommer sehr gern bei uns im Team haben. Der Stundenlohn liegt bei 15 Euro plus Trinkgeld.',
      },
      // o3 schicken|senden|zuschicken|zusenden _4 vertrag (and o3 vertrag _3 schicken|… for the other word order)
      {
        name: 'the contract is on its way: "senden dir den Vertrag"',
        kind: 'offer',
        subject: 'Aushilfe im Lager',
        body: 'Hi Deniz, das mit den Samstagen passt uns gut, wir senden dir den Vertrag morgen per Mail. Der Stundenlohn bleibt wie besprochen.',
      },
      // i5k einladen|…|laden _6 …|auswahltag|bewerbertag|… and i5 …|auswahltag|bewerbertag|… (fails without both)
      {
        name: 'an invitation to a selection day: "Auswahltag"',
        kind: 'interview',
        subject: 'Deine Bewerbung',
        body: 'Hallo Ben, dein Eignungstest war richtig gut, deshalb laden wir dich zu unserem Auswahltag nach Kassel ein. Bring bitte deinen Ausweis mit.',
      },
      // r5 …|stelle|vakanz _10 bereits|inzwischen|mittlerweile|schon _2 besetzt|vergeben
      {
        name: 'the post is already given: "ist bereits vergeben"',
        kind: 'rejection',
        subject: 'Ihre Unterlagen',
        body: 'Guten Tag Herr Brandt, danke für Ihr Interesse. Die Stelle als Koch in unserer Filiale am Markt ist bereits vergeben. Wir halten Ihre Unterlagen gerne in Evidenz.',
      },
      // j1 m|w m|w d|x (a German job title's marker is job context)
      {
        name: 'a first video call about a job titled "(m/w/d)"',
        kind: 'interview',
        subject: 'Buchhalter (m/w/d)',
        body: 'Guten Tag Frau Berg, hätten Sie am Dienstag um 9 Uhr Zeit für ein erstes Kennenlernen per Video? Den Link schicke ich Ihnen danach.',
      },
      // i4 terminvorschlag|terminvorschlage
      {
        name: 'a proposed slot: "Terminvorschlag"',
        kind: 'interview',
        subject: 'Terminvorschlag',
        body: 'Guten Tag Herr Kaya, danke für Ihre Bewerbung als Lagerist. Passt Ihnen Donnerstag, 16 Uhr, bei uns in der Halle?',
      },
      // x4 ihre|eure offenen? stellen|…; x3 gern|gerne zeige|zeigen _3 wie (fails without both)
      {
        name: "a recruiting vendor's pitch to an employer stays other",
        kind: 'other',
        subject: 'Kurzes Kennenlernen?',
        from: 'Jonas Feld <j.feld@talentfunk-software.example>',
        to: 'Heike Albers <h.albers@autohaus-albers.example>',
        body: 'Guten Tag Frau Albers, mit unserer Plattform besetzen Sie Ihre offenen Stellen in der Werkstatt schneller. Gerne zeige ich Ihnen, wie das geht, in einem Kennenlerngespräch von 15 Minuten.',
      },
      // hard negative for o3 schicken|senden|… _4 vertrag: a phone contract has no job word
      {
        name: 'a phone contract sent by post stays other',
        kind: 'other',
        subject: 'Ihr neuer Tarif',
        from: 'Kundenservice <service@funkwelle-mobil.example>',
        body: 'Guten Tag, wir senden Ihnen den Vertrag für Ihren neuen Tarif in den nächsten Tagen per Post zu. Die erste Rechnung folgt im Juli.',
      },
      // hard negative for x3 gern|gerne zeige|zeigen _3 wie: an invitation may show the workshop too
      {
        name: 'an invitation that offers a tour ("gerne zeigen wir Ihnen, wie") stays an invitation',
        kind: 'interview',
        subject: 'Einladung zum Vorstellungsgespräch',
        body: 'Guten Tag Herr Yildiz, wir laden Sie am Mittwoch um 10 Uhr zu einem Vorstellungsgespräch ein. Gerne zeigen wir Ihnen danach, wie unsere Werkstatt arbeitet.',
      },
    ],
  },
  {
    title: 'French',
    cases: [
      // r5 choix _4 porte|portee|tombe sur _2 candidat*|candidature*|personne|profil*
      {
        name: 'the choice fell on someone else: "notre choix s\'est porté sur un profil"',
        kind: 'rejection',
        subject: 'Poste de comptable',
        body: "Madame Perrin, merci d'être venue nous rencontrer. Notre choix s'est porté sur un profil plus expérimenté en consolidation. Je suis conscient que cette nouvelle vous déçoit.",
      },
      // i4k peux-tu|pourrais-tu|pourriez-vous|pouvez-vous _1 passer|venir _6 <day> (beats "bien reçu")
      {
        name: 'a CV received and "pouvez-vous venir mardi"',
        kind: 'interview',
        subject: 'Commis de cuisine',
        body: "Bonjour Inès, j'ai bien reçu votre CV. Pouvez-vous venir mardi à 15 h au restaurant pour qu'on en parle ?",
      },
      // hard negative for i4k pouvez-vous … passer|venir _6 <day>: no job word
      {
        name: 'a letting agent\'s "pouvez-vous passer mardi" stays other',
        kind: 'other',
        subject: 'État des lieux',
        from: 'Agence du Port <gestion@agence-du-port.example>',
        body: "Bonjour Monsieur, pouvez-vous passer mardi à l'agence pour récupérer les clés ? L'état des lieux est prévu à 17 h.",
      },
      // o4 vous|t' embaucher|engager|recruter _3 comme|poste|qualite; o5k passer|venir _6 signer _2 contrat
      {
        name: 'come and sign the contract: "passer mercredi pour signer le contrat"',
        kind: 'offer',
        subject: 'La cuisine',
        body: 'Bonjour Paul, nous voulons vous embaucher comme aide-cuisinier dès lundi. Pouvez-vous passer mercredi pour signer le contrat ?',
      },
      // x4k colloque|congres; x4k comite scientifique; x4k proposition|propositions de communication (fails without all three)
      {
        name: "a conference committee's decision on a talk stays other",
        kind: 'other',
        subject: 'Congrès de sociologie – décision',
        from: 'Comité du congrès <congres.socio@univ-lyon-est.example>',
        body: "Chère collègue, le comité scientifique a le regret de vous informer que votre proposition de communication n'a pas été retenue. Nous serions heureux de vous accueillir parmi les participants.",
      },
      // x4 bonne lecture
      {
        name: 'a careers newsletter stays other',
        kind: 'other',
        subject: 'Votre lettre emploi',
        from: 'Lettre Emploi <lettre@cap-emploi-info.example>',
        body: "Au sommaire : réussir son entretien d'embauche en visio, parler de salaire sans gêne, et le témoignage d'une infirmière devenue formatrice. Bonne lecture !\n\nPour vous désabonner, cliquez ici.",
      },
      // i1 #d|a.m|am|p.m|pm|time ct|est|et|ist|mt|pt (rules.ts: "et" and "est" alone are no time zone)
      {
        name: 'French "et" and "est" are not time zones',
        kind: 'other',
        subject: 'Forum des métiers',
        from: 'Mairie de Saint-Aubin <forum@saint-aubin.example>',
        body: 'Le forum des métiers est ouvert à tous et se tient au gymnase. Des entretiens sur place et des ateliers CV sont proposés toute la journée.',
      },
    ],
  },
  {
    title: 'Spanish',
    cases: [
      // r5 decidido|decidimos|preferido|preferimos _2 cubrir|ocupar _8 con un|una _1 candidata|candidato|persona
      {
        name: 'the vacancy filled "con una persona" of the company',
        kind: 'rejection',
        subject: 'Vacante de recepcionista',
        body: 'Hola Lucía, gracias por tu tiempo. Hemos decidido cubrir la vacante de recepcionista con una persona que ya trabaja en la casa. Guardaremos tu currículum para la temporada de invierno.',
      },
      // hard negative for the same rule: a recruiter looking to fill a post has decided nothing
      {
        name: 'a recruiter who wants to fill a post "con una persona" stays other',
        kind: 'other',
        subject: 'Oportunidad en Valencia',
        from: 'Irene Soler <irene.soler@talentia-rrhh.example>',
        body: 'Hola Lucía, buscamos cubrir la vacante de jefa de recepción de un hotel con una persona como tú. ¿Te interesa que hablemos?',
      },
      // r5 decantado|…|optamos|…|opto por un|una _1 candidata|candidato|perfil|persona|postulante
      {
        name: 'a choice "por una persona" without "otra"',
        kind: 'rejection',
        subject: 'Proceso Analista de Compras',
        body: 'Hola Mateo, al final el equipo optó por una persona con más años en logística. Tu entrevista nos gustó mucho y te escribiremos si se abre algo parecido.',
      },
      // i4 pasate|pasese|venite|vente _4 <day>
      {
        name: 'a casual trial shift: "pásate el jueves"',
        kind: 'interview',
        subject: 'Ayudante de cocina',
        body: 'Hola Dani, me pasó tu número mi prima por lo del puesto de ayudante de cocina. Pásate el jueves a las cinco y vemos cómo te manejas. Trae tu cuchillo.',
      },
      // r5 no _3 avanzamos|…|seguimos|seguir _2 adelante? _2 con su|tu _1 candidatura|…
      {
        name: 'a conjugated "no seguimos adelante con tu candidatura"',
        kind: 'rejection',
        subject: 'Programador junior',
        body: 'Hola Nuria, muchas gracias por tu tiempo y por tu interés. Esta vez no seguimos adelante con tu candidatura, pero te animamos a volver a aplicar.',
      },
      // i-2 agradecemos|agradezco|gracias _8 entrevista|entrevistas|prueba|pruebas
      {
        name: 'a trial day looked back on: "gracias por venir a la jornada de prueba"',
        kind: 'offer',
        subject: 'Camarera',
        body: 'Hola Elena, gracias por venir el sábado a la jornada de prueba. ¿Puedes incorporarte el lunes como camarera? Sería a jornada completa.',
      },
    ],
  },
  {
    title: 'Portuguese',
    cases: [
      // o4 consegue|consegues|pode|podera|podes _1 comecar _3 … (rules.ts: a short Portuguese note may read as English)
      {
        name: 'a two-line "pode começar amanhã?" read as English still is an offer',
        kind: 'offer',
        subject: 'Re: vaga de atendente',
        body: 'Pode começar amanhã? 7h no balcão.\nRita',
      },
      // r5 ficamos|ficando|ficar|fiquei|ficou com _1 outra|outro|um|uma _1 …|pessoa|profissional|rapaz
      {
        name: 'the post went to someone else: "ficamos com um rapaz"',
        kind: 'rejection',
        subject: 'vaga de garçom',
        body: 'Oi Bruno, obrigada por ter vindo conversar sobre a vaga de garçom. Ficamos com um rapaz que já conhecia a casa. Se abrir outra vaga te aviso.',
      },
      // r4 nao _2 obteve|obtido _3 classificacao|nota|pontuacao|valoracao minima; r4 foi|foste|ficou _1 excluida|excluido (fails without both)
      {
        name: 'a public competition: excluded for not reaching the minimum mark',
        kind: 'rejection',
        subject: 'Concurso – Técnico Superior – notificação',
        body: 'Exmo. Senhor, fica notificado de que foi excluído por não ter obtido a nota mínima na prova escrita. A lista de candidatos admitidos está disponível no sítio do município.',
      },
      // i-2 feedback|resultado|retorno da|de|do|sobre _2 entrevista|…; r3 fica para|pra _1 proxima
      {
        name: 'news after the interview: "retorno da entrevista"',
        kind: 'rejection',
        subject: 'retorno da entrevista',
        body: 'Oi Carla, gostamos muito de conversar com você sobre a vaga, mas desta vez não deu. Fica pra próxima!',
      },
      // hard negative for the same look-back: a reply awaited to book the interview still invites
      {
        name: 'a reply awaited to book the interview ("aguardo seu retorno para agendarmos a entrevista") stays an invitation',
        kind: 'interview',
        subject: 'Vaga de assistente administrativo',
        body: 'Olá Carla, gostamos do seu currículo. Aguardo seu retorno para agendarmos a entrevista na quinta ou na sexta à tarde.',
      },
    ],
  },
  {
    title: 'Dutch',
    cases: [
      // o4 kan|kun|kunt je|jij|u _3 <day> _2 beginnen|starten
      {
        name: 'a casual start: "kun je dinsdag al beginnen"',
        kind: 'offer',
        subject: 'tomaten',
        body: 'Hoi Tomasz, kun je dinsdag al beginnen in de kas? Om 7 uur bij de poort.\nGroet, Wim',
      },
    ],
  },
];
