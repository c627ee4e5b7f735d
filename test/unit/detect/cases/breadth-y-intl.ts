/**
 * Breadth round y, German, French, Spanish, Portuguese and Dutch: families of wording, not
 * sentences. A set written to say every act a different way showed the classifier missing
 * informal offers that name no offer ("ab … als", "contar com você como", "que trabajes con
 * nosotros como", "bij ons aan de slag"), invitations that name no interview ("vous recevoir",
 * "pourrais passer … lundi", "nos interesa conocerte", "conversar com você na terça", "een dagje
 * meedraaien", which day suits), administrative rejections ("schon vergeben", "pas être donné
 * suite", "déjà été pourvu", not among the candidates, someone with more experience, "het stopt
 * hier"), and calling job mail what is not for the reader: a benefits office, a school meeting a
 * parent, a university admission, a choir, the reader choosing or meeting candidates, a friend's
 * own news. Each rule has a case that fails without it; a cue that can decide alone has a
 * look-alike that must stay as it is. Emails written for this test, none taken from a corpus.
 */
import type { CaseGroup } from './kind-case';

export const SENDER = 'Ilka Brenner <ilka.brenner@talentwerk-nord.example>';
export const DATE = '2026-05-12T09:00:00+00:00';

export const GROUPS: CaseGroup[] = [
  {
    title: 'German',
    cases: [
      // o3 dich|euch|sie _2 ab|zum _3 #d _3 als
      {
        name: 'a start date and a role: "wir nehmen dich gern ab 1. Juni als"',
        kind: 'offer',
        subject: 'Sommer bei uns',
        body: 'Hallo Mara, wir nehmen dich gern ab 1. Juni als Servicekraft in unserem Biergarten, Stundenlohn 14 Euro. Melde dich bis Mittwoch, ob das für dich klappt!',
      },
      // o3 hatten|mochten|wollen|wurden dich|euch|sie _1 gern|gerne _8 als
      {
        name: '"wir würden dich gerne als Aushilfe" with a wage',
        kind: 'offer',
        subject: 'Eisdiele',
        body: 'Hallo Lea, wir würden dich gerne als Aushilfe in unserer Eisdiele nehmen, Stundenlohn 13 Euro.',
      },
      // look-alike for the rule above: as a guest, "ob du zusagst"
      {
        name: 'friends who would like the reader as a guest at a summer party',
        kind: 'other',
        subject: 'Sommerfest',
        body: 'Hallo Lea, wir hätten dich gern als Gast bei unserem Sommerfest am 5. Juli. Sag Bescheid, ob du zusagst!',
      },
      // o3 unterschreiben|unterschrift|vertrag _4 vorbei|vorbeikommen|vorbeischauen
      {
        name: 'come by to sign: an offer, not an invitation',
        kind: 'offer',
        subject: 'Fahrer gesucht',
        body: 'Hi Ben, passt alles, du kannst als Fahrer bei uns einsteigen. Komm am Freitag zum Unterschreiben vorbei, der Vertrag liegt bereit.',
      },
      // r3 bereits|inzwischen|mittlerweile|schon|zwischenzeitlich _3 besetzt|vergeben
      {
        name: 'a compound post noun "schon vergeben"',
        kind: 'rejection',
        subject: 'Ihre Bewerbung',
        body: 'Guten Tag Frau Okafor, danke für Ihr Interesse. Die Ausbildungsstelle zur Zahnmedizinischen Fachangestellten ist schon vergeben. Wir wünschen Ihnen viel Erfolg.',
      },
      // look-alike for the rule above: a day taken in an interview schedule
      {
        name: '"der Dienstag ist schon vergeben" while rescheduling stays an invitation',
        kind: 'interview',
        subject: 'Re: Vorstellungsgespräch',
        body: 'Hallo Herr Demir, der Dienstag ist leider schon vergeben. Können Sie stattdessen am Mittwoch um 10 Uhr zum Vorstellungsgespräch kommen?',
      },
      // look-alike for the rule above: a place taken with no job word
      {
        name: 'a yoga class place "schon vergeben" is no rejection',
        kind: 'other',
        subject: 'Yogakurs',
        body: 'Hallo Petra, der Platz im Donnerstagskurs ist leider schon vergeben. Wir setzen dich gern auf die Warteliste.',
      },
      // r3 fur deine|die|ihre _1 berufliche|weitere|weiteren _1 jobsuche|laufbahn|stellensuche|suche|weg|zukunft
      {
        name: 'good luck "für die weitere Suche"',
        kind: 'rejection',
        subject: 'Ihre Bewerbung als Gärtner',
        body: 'Guten Tag Herr Jansen, danke für Ihr Interesse an der Position. Viel Erfolg für die weitere Suche!',
      },
      // r5 nicht zu|unter den _3 bewerber*|kandidat*|personen
      {
        name: 'not among the applicants invited to the next round',
        kind: 'rejection',
        subject: 'Ihre Bewerbung als Logistiker',
        body: 'Sehr geehrter Herr Kaya, nach Sichtung aller Unterlagen gehören Sie nicht zu den Bewerbern, die wir in die zweite Runde einladen.',
      },
      // r3 bewerber*|jemand*|kandidat*|person _3 mehr _1 berufserfahrung|erfahrung
      {
        name: 'someone "mit mehr Erfahrung" got it',
        kind: 'rejection',
        subject: 'Deine Bewerbung als Werkstudent',
        body: 'Hallo Finn, für den Job haben wir uns für eine Kandidatin mit mehr Erfahrung in SAP entschieden. Danke dir für die Zeit!',
      },
      // r3 erfahrenere|erfahreneren|erfahrenerer|passendere|passenderen|passenderer
      {
        name: '"eine erfahrenere Bewerberin"',
        kind: 'rejection',
        subject: 'Assistenz der Geschäftsführung',
        body: 'Hallo Frau Berger, die Wahl ist auf eine erfahrenere Bewerberin gefallen. Danke für Ihr Interesse an der Position.',
      },
      // r4 fur dich|sie _4 abgeschlossen|beendet|vorbei
      {
        name: '"das Auswahlverfahren ist für Sie damit beendet"',
        kind: 'rejection',
        subject: 'Bewerbung Pflegefachkraft',
        body: 'Sehr geehrte Frau Ilić, das Auswahlverfahren ist für Sie damit beendet. Wir bedanken uns für Ihre Bewerbung.',
      },
      // look-alike for the rule above: a return closed "für Sie"
      {
        name: 'a parcel return "für Sie abgeschlossen" is no rejection',
        kind: 'other',
        subject: 'Ihre Rücksendung',
        body: 'Hallo Herr Roth, die Rücksendung ist für Sie damit abgeschlossen, die Gutschrift folgt in drei Tagen.',
      },
      // i3 welche|welcher|welchen _1 tag|tage|termin|termine|uhrzeit|zeit _4 geht|gehen|kannst|konnen|moglich|passen|passt
      {
        name: '"welcher Tag passt dir" after an application',
        kind: 'interview',
        subject: 'Deine Bewerbung als Mechatroniker',
        body: 'Hi Emre, danke für deine Unterlagen und deinen CV! Wir würden uns gern mit dir unterhalten, welcher Tag passt dir nächste Woche am besten?',
      },
      // look-alike for the rule above: a day for a move
      {
        name: 'a friend asks which day suits for a move',
        kind: 'other',
        subject: 'Umzug',
        body: 'Hey Lisa, welcher Tag passt dir für den Umzug? Ich bringe den Transporter mit.',
      },
      // i4 hospitieren|mitlaufen|mitzulaufen|reinschnuppern|reinzuschnuppern
      {
        name: 'a morning "hospitieren" in the team',
        kind: 'interview',
        subject: 'Ihre Bewerbung',
        body: 'Liebe Frau Sommer, möchten Sie nächsten Dienstag bei uns in der Kita einen Vormittag hospitieren? Dann lernen Sie das Team kennen.',
      },
      // i4 hospitieren|mitlaufen|mitzulaufen|reinschnuppern|reinzuschnuppern
      {
        name: '"reinzuschnuppern": the zu-infinitive of a trial day',
        kind: 'interview',
        subject: 'Deine Bewerbung',
        body: 'Hallo Tarek, hast du Lust, am Freitag bei uns in der Schreinerei reinzuschnuppern?',
      },
      // look-alike for the rule above: running along at a race
      {
        name: '"mitlaufen" at a town run is no trial shift',
        kind: 'other',
        subject: 'Stadtlauf',
        body: 'Hallo Jens, am Sonntag ist Stadtlauf, du kannst einfach die fünf Kilometer mitlaufen, Start 10 Uhr.',
      },
      // x4 chor|chorprobe|chorproben|mitgliedsbeitrag|stimmgruppe|vereinsmitglied
      {
        name: 'a choir place is no job',
        kind: 'other',
        subject: 'Vorsingen',
        body: 'Liebe Anke, schön, dass du zum Vorsingen gekommen bist! Wir freuen uns, dir eine Zusage für einen Platz im Chor zu geben. Chorprobe ist immer mittwochs um 19.30 Uhr.',
      },
      // x4k arbeitsagentur|arbeitslosengeld|arbeitsvermittler|arbeitsvermittlerin|burgergeld|jobcenter|meldetermin
      {
        name: 'a benefits office appointment is no interview',
        kind: 'other',
        subject: 'Einladung zum Meldetermin',
        body: 'Sehr geehrter Herr Pohl, bitte kommen Sie am 4. März um 9:30 Uhr zu einem Gespräch mit Ihrer Arbeitsvermittlerin. Wir möchten über Ihre Bewerbungen sprechen. Bringen Sie Ihren Lebenslauf mit.',
      },
      // x4k agentur fur arbeit
      {
        name: 'the Agentur für Arbeit invites to talk about applications',
        kind: 'other',
        subject: 'Ihr Termin',
        body: 'Sehr geehrte Frau Lange, die Agentur für Arbeit lädt Sie zu einem Gespräch über Ihre Bewerbungen ein, am Dienstag um 8:30 Uhr, Zimmer 214.',
      },
      // x4k dein|deine|deinen|euer|eure|ihr|ihre|ihren _1 kind|sohn|tochter
      {
        name: 'a school meets the parent of a new pupil',
        kind: 'other',
        subject: 'Aufnahmegespräch',
        body: 'Sehr geehrte Frau Yilmaz, Ihre Tochter hat einen Platz in der Klasse 5b bekommen. Wir laden Sie zu einem Kennenlerngespräch am 12. Mai um 16 Uhr ein.',
      },
      // x4k bachelorstudiengang|einschreibung|fachsemester|hochschulzulassung|immatrikulation|masterstudiengang|zulassung|zulassungsangebot|zulassungsbescheid
      {
        name: 'a university admission offer ("Zulassungsangebot")',
        kind: 'other',
        subject: 'Ihr Zulassungsangebot',
        body: 'Hallo Jonas Meier, Sie haben ein Angebot für Informatik erhalten. Bitte nehmen Sie das Angebot bis zum 20. August an.',
      },
      // x4k welche|welchen _1 bewerber*|kandidat* _6 einladen|kennenlernen|sehen|sprechen|treffen
      {
        name: 'the reader picks whom to invite',
        kind: 'other',
        subject: 'Bewerbungen Filialleitung',
        body: 'Hallo Herr Brandt, die Vorauswahl ist fertig. Welche Bewerberinnen möchten Sie zum Vorstellungsgespräch einladen? Ich koordiniere dann die Termine.',
      },
      // x4k anbei|schicke|sende|senden _4 lebenslaufe
      {
        name: 'CVs sent to the reader',
        kind: 'other',
        subject: 'Kandidaten Lager',
        body: 'Hallo Frau Engel, anbei die Lebensläufe für die Stelle im Lager. Das Vorstellungsgespräch mit der ersten Kandidatin wäre am Donnerstag um 14 Uhr.',
      },
      // x4 bewerbungsgesprachen|gesprachen|interviews|vorstellungsgesprachen _3 beisitzen|dabei|sitzen|teilnehmen
      {
        name: 'the reader is asked to sit in on interviews',
        kind: 'other',
        subject: 'Vorstellungsgespräch Mittwoch',
        body: 'Hallo Nora, kannst du am Mittwoch bei den Vorstellungsgesprächen dabei sein? Los geht es um 10 Uhr im Raum 2.',
      },
      // x5 haben|hat mich _3 eingestellt|genommen
      {
        name: 'a friend was taken on',
        kind: 'other',
        subject: 'Neuigkeiten',
        body: 'Hey Sarah, die Bäckerei hat mich als Verkäuferin eingestellt, der Arbeitsvertrag ist schon unterschrieben!',
      },
      // x5 ich hab|habe _4 bestanden|geschafft
      {
        name: 'a friend passed an interview',
        kind: 'other',
        subject: 'Geschafft!',
        body: 'Hi Tom, ich habe das Vorstellungsgespräch geschafft, am Montag um 8 Uhr ist schon der Probetag!',
      },
    ],
  },
  {
    title: 'French',
    cases: [
      // o4 te|vous garder _2 avec|dans|parmi _2 equipe|effectif|effectifs|nous
      {
        name: '"on aimerait te garder avec nous" after a trial',
        kind: 'offer',
        subject: 'Ta fin de stage',
        body: 'Salut Emma, ton stage se termine vendredi et on aimerait te garder avec nous en CDI à partir de septembre. Tu en penses quoi ?',
      },
      // look-alike for the rule above: keeping a pet
      {
        name: 'a neighbour who can "te garder le chat" is no offer',
        kind: 'other',
        subject: 'Vacances',
        body: 'Salut Emma, pas de souci, on peut te garder le chat comme l’été dernier pendant tes vacances.',
      },
      // r5k pas _2 etre _1 donne|donnee _1 suite
      {
        name: '"il ne peut pas être donné suite" outweighs an acknowledgement',
        kind: 'rejection',
        subject: 'Votre candidature – agent d’escale',
        body: 'Madame, nous accusons réception de votre candidature. Après examen, il ne peut pas être donné suite à votre demande pour le poste d’agent d’escale.',
      },
      // look-alike for the rule above: a refund turned down
      {
        name: 'a refund "ne pourra pas être donné suite" is no rejection',
        kind: 'other',
        subject: 'Votre demande de remboursement',
        body: 'Madame, il ne pourra pas être donné suite à votre demande de remboursement, la facture étant hors délai.',
      },
      // r5k aucune suite _4 donnee
      {
        name: '"aucune suite ne sera donnée"',
        kind: 'rejection',
        subject: 'Candidature spontanée',
        body: 'Monsieur, aucune suite ne sera donnée à votre candidature spontanée pour le moment. Cordialement, le service du personnel',
      },
      // r4 ne repond|repondait|satisfait|satisfaites pas _4 conditions|criteres|exigences
      {
        name: 'a file that "ne répond pas aux critères"',
        kind: 'rejection',
        subject: 'Recrutement des cadets',
        body: 'Bonjour Yanis, ton dossier ne répond pas aux critères de sélection des cadets pilotes cette année.',
      },
      // r5 pas partie des _2 candidat*|personnes|profils
      {
        name: '"vous ne faites pas partie des candidats retenus"',
        kind: 'rejection',
        subject: 'Poste de magasinier',
        body: 'Bonjour Hugo, vous ne faites pas partie des candidats retenus pour la suite du recrutement.',
      },
      // r3 candidat*|personne|profil* _3 plus _1 adapte|adaptee|experimente|experimentee|proche|senior
      {
        name: '"un profil plus expérimenté" was chosen',
        kind: 'rejection',
        subject: 'Candidature comptable',
        body: 'Bonjour Inès, nous avons retenu un profil plus expérimenté en consolidation pour ce poste. Merci pour ton temps.',
      },
      // r4 ete|etait|sont _1 deja? _1 comble|comblee|pourvu|pourvue|pourvus|pourvues
      {
        name: 'a replacement that "a déjà été pourvu"',
        kind: 'rejection',
        subject: 'Votre candidature',
        body: 'Bonjour Mme Roy, merci pour votre candidature au remplacement d’éducatrice de jeunes enfants. Ce remplacement a déjà été pourvu.',
      },
      // i4 aimerait|aimerions|souhaite|souhaitent|souhaiterait|souhaitons|veut|veulent|voudrait|voudrions _1 te|vous _1 recevoir|rencontrer|voir
      {
        name: '"la directrice aimerait vous recevoir"',
        kind: 'interview',
        subject: 'Votre candidature',
        body: 'Bonjour Monsieur Diallo, la directrice aimerait vous recevoir mardi à 10 h au sujet du poste de cuisinier.',
      },
      // look-alike for the rule above: a shop receives customers
      {
        name: 'a shop that "souhaite vous recevoir" for an opening',
        kind: 'other',
        subject: 'Inauguration',
        body: 'Chère cliente, notre boutique souhaite vous recevoir samedi pour l’inauguration de son nouvel espace beauté.',
      },
      // i4k peux|peux-tu|pourrais|pourrais-tu|pourriez|pourriez-vous|pouvez|pouvez-vous _2 passer|venir _8 #d|demain|jeudi|lundi|mardi|mercredi|samedi|vendredi
      {
        name: '"tu pourrais passer à l’atelier lundi"',
        kind: 'interview',
        subject: 'Ta candidature',
        body: 'Salut Kevin, tu pourrais passer à l’atelier lundi vers 17 h ? On voudrait discuter du poste de mécanicien avec toi.',
      },
      // look-alike for the rule above: a friend asks for help
      {
        name: 'a friend who "pourrais passer samedi" to help',
        kind: 'other',
        subject: 'Déménagement',
        body: 'Salut Kevin, tu pourrais passer samedi pour m’aider à porter le canapé ?',
      },
      // i3 passer|venir _4 pour _2 discuter|echanger|parler
      {
        name: '"venir au restaurant pour en parler"',
        kind: 'interview',
        subject: 'Poste de serveuse',
        body: 'Bonjour Léna, merci pour ton CV. Tu peux venir au restaurant pour en parler avec le chef ? Dis-moi ce qui t’arrange.',
      },
      // i3 heure de abidjan|bruxelles|casablanca|dakar|geneve|montreal|paris|quebec|tunis
      {
        name: 'a call at a time "heure de Dakar"',
        kind: 'interview',
        subject: 'Candidature – chargé de clientèle',
        body: 'Bonjour Awa, merci pour votre candidature. Le responsable vous appellera jeudi à 11 h, heure de Dakar.',
      },
      // i3 quel|quelle|quelles|quels _1 creneau|date|dates|heure|jour|jours|moment _4 arrange|arrangerait|conviendrait|convient|dispo|disponible|disponibles|libre|libres
      {
        name: '"quel jour te conviendrait" for a talk about a post',
        kind: 'interview',
        subject: 'Ta candidature de vendeur',
        body: 'Salut Noé, on a bien aimé ton profil pour le poste. Quel jour te conviendrait la semaine prochaine ?',
      },
      // look-alike for the rule above: a technician's visit
      {
        name: 'a boiler technician "quel jour vous conviendrait" is no interview',
        kind: 'other',
        subject: 'Visite du technicien',
        body: 'Bonjour, quel jour vous conviendrait pour le passage du technicien ?',
      },
      // x4 alti|altos|choeur|chorale|choriste|choristes|repetitions|sopranos|tenors
      {
        name: 'a singer taken into a choir',
        kind: 'other',
        subject: 'Auditions – Ensemble vocal',
        body: 'Bonjour Claire, bravo pour ton audition : nous avons le plaisir de t’accueillir comme choriste pour la saison prochaine. Première répétition le 8 septembre.',
      },
      // x4k france travail
      {
        name: 'an advisor meeting at France Travail',
        kind: 'other',
        subject: 'Convocation',
        body: 'Madame, vous êtes convoquée à un entretien avec votre conseillère France Travail le 14 avril à 9 h.',
      },
      // x4k pole emploi
      {
        name: 'an advisor meeting at Pôle emploi',
        kind: 'other',
        subject: 'Votre rendez-vous',
        body: 'Madame, votre conseillère Pôle emploi vous attend pour un entretien le 5 mai à 10 h à l’agence de Lens.',
      },
      // x4 actualisation|demandeur|demandeuse
      {
        name: "a job seekers' workshop",
        kind: 'other',
        subject: 'Votre inscription',
        body: 'Madame, en tant que demandeuse d’emploi, vous êtes invitée à un atelier de recherche d’emploi jeudi à 9 h. Merci de confirmer votre présence.',
      },
      // x4k chomage
      {
        name: 'a meeting about unemployment benefit',
        kind: 'other',
        subject: 'Rendez-vous',
        body: 'Monsieur, dans le cadre de votre indemnisation chômage, nous vous proposons un entretien le 3 mars à 10 h à l’agence.',
      },
      // x4k ta|ton|votre _1 enfant|fille|fils
      {
        name: "a meeting with a pupil's parent",
        kind: 'other',
        subject: 'Rencontre parents',
        body: 'Madame, votre fils entre en 6e à la rentrée. Nous vous proposons un entretien individuel avec le professeur principal le 3 septembre à 17 h.',
      },
      // x4k admission|admissions
      {
        name: "a master's admission welcome",
        kind: 'other',
        subject: 'Décision d’admission',
        body: 'Bonjour Sarah, nous avons le plaisir de vous accueillir en master de géographie à la rentrée.',
      },
      // x4 lequel|lesquelles|lesquels|quel|quelle|quelles|quels _2 candidat*|profils _6 recevoir|rencontrer|retenez|souhaitez|voir|voulez
      {
        name: 'the reader chooses which candidates to meet',
        kind: 'other',
        subject: 'Candidats – poste de caissier',
        body: 'Bonjour Monsieur Petit, voici trois profils pour votre supérette. Quels candidats souhaitez-vous recevoir en entretien jeudi à 10 h ?',
      },
      // x4 assister|sieger _3 entretiens|jury
      {
        name: 'the reader sits in on interviews',
        kind: 'other',
        subject: 'Entretiens mardi',
        body: 'Salut Anaïs, peux-tu assister aux entretiens de mardi à 14 h pour le poste d’assistante ? Tu auras les CV demain.',
      },
      // x5 j' ai _1 decroche|obtenu|reussi _3 boulot|cdi|concours|contrat|emploi|entretien|job|poste|stage
      {
        name: 'a friend\'s own news: "j\'ai décroché le poste"',
        kind: 'other',
        subject: 'Devine quoi',
        body: 'Coucou Léa, j’ai décroché le poste à la médiathèque ! Je viens de recevoir la promesse d’embauche et je commence le 2 mai. Je suis trop contente !',
      },
      // x5 m' ont _2 appele|appelee|embauche|embauchee|fait|offert|pris|prise|propose|rappele|rappelee
      {
        name: 'a friend says "ils m\'ont embauchée"',
        kind: 'other',
        subject: 'Enfin !',
        body: 'Salut Tom, ils m’ont embauchée à la pharmacie ! Je commence le 2 mai en CDI, la lettre d’embauche est arrivée ce matin. Je suis trop contente.',
      },
      // x4 chaudiere|climatisation|ramonage|vidange
      {
        name: 'a boiler service "entretien" is no interview',
        kind: 'other',
        subject: 'Entretien de votre chaudière',
        body: 'Bonjour Madame, votre entretien est prévu jeudi 12 à 14 h. Merci de confirmer votre présence.',
      },
    ],
  },
  {
    title: 'Spanish',
    cases: [
      // o4 quedaras|quedes|trabajaras|trabajes _6 como|equipo|plantilla
      {
        name: '"queremos que trabajes con nosotros como"',
        kind: 'offer',
        subject: 'Temporada en el vivero',
        body: 'Hola Nerea, queremos que trabajes con nosotros como ayudante de jardinería desde el 1 de abril. ¿Te parece?',
      },
      // look-alike for the rule above: staying with friends
      {
        name: 'friends who would love the reader to stay a few days',
        kind: 'other',
        subject: 'Vacaciones',
        body: 'Nerea, nos encantaría que te quedaras unos días con nosotros en la casa de Cádiz.',
      },
      // o5k encantaria|gustaria|queremos|quisieramos _3 formaras|formes|incorporaras|incorpore|incorpores|sumaras|sume|sumes|unas|unieras
      {
        name: '"nos gustaría que formaras parte"',
        kind: 'offer',
        subject: 'Recepción del hotel',
        body: 'Hola Irene, nos gustaría que formaras parte del equipo de recepción desde el 1 de julio. ¿Qué te parece?',
      },
      // o-4 tu propuesta
      {
        name: 'the reader\'s own "propuesta de trabajo" is no offer',
        kind: 'rejection',
        subject: 'Coordinación del taller',
        body: 'Hola Lucía, gracias por tu propuesta de trabajo para el taller de teatro. Lamentablemente, en esta ocasión el puesto será para otra monitora del centro.',
      },
      // r5 no _2 entre _1 los|las _3 candidat*|finalistas|perfiles|personas|seleccionad*
      {
        name: '"no estás entre los candidatos" who go on',
        kind: 'rejection',
        subject: 'Tu postulación – analista contable',
        body: 'Hola Matías, te contamos que no estás entre los candidatos que pasan a la siguiente etapa.',
      },
      // look-alike for the rule above: a prize draw
      {
        name: 'not among those drawn in a raffle',
        kind: 'other',
        subject: 'Sorteo de verano',
        body: 'Hola Matías, esta vez no estás entre los seleccionados del sorteo. ¡Suerte en el próximo!',
      },
      // r3 alguien|candidat*|perfil*|persona _3 mas _1 experiencia|experimentad*|senior
      {
        name: '"un perfil con más experiencia"',
        kind: 'rejection',
        subject: 'Puesto de soldador',
        body: 'Hola Diego, lamentablemente buscamos finalmente un perfil con más experiencia en acero inoxidable.',
      },
      // r4 proceso _4 concluido|concluye|finaliza|finalizado|termina|terminado _3 aqui|contigo|ti|usted
      {
        name: '"el proceso termina aquí"',
        kind: 'rejection',
        subject: 'Tu candidatura',
        body: 'Hola Sofía, gracias por tu tiempo. Para esta vacante el proceso termina aquí.',
      },
      // look-alike for the rule above: a refund process
      {
        name: 'a refund process that "termina aquí"',
        kind: 'other',
        subject: 'Tu reembolso',
        body: 'Hola Sofía, el proceso de devolución termina aquí: el dinero llegará a tu cuenta en 3 días.',
      },
      // i4 nos encantaria|interesa|interesaria _2 conocerla|conocerle|conocerlo|conocerte
      {
        name: '"nos interesa mucho conocerte" after a CV',
        kind: 'interview',
        subject: 'Tu CV para recepcionista',
        body: 'Hola Valeria, vimos tu CV para recepcionista y nos interesa mucho conocerte. Te escribe Paula desde el hotel.',
      },
      // look-alike for the rule above: a language exchange
      {
        name: 'a language exchange that would love to meet the reader',
        kind: 'other',
        subject: 'Intercambio de idiomas',
        body: 'Hola Valeria, ¡nos encantaría conocerte en el próximo intercambio de idiomas del jueves!',
      },
      // i3 cual|cuales|que dia|dias|horario|horarios|momento _6 conviene|disponible|disponibles|libre|libres|podes|puedes|queda|vendria|viene
      {
        name: '"¿qué día te queda cómodo?"',
        kind: 'interview',
        subject: 'Postulación – ayudante de cocina',
        body: 'Hola Bruno, gracias por postular al puesto de ayudante de cocina. ¿Qué día te queda cómodo para venir?',
      },
      // look-alike for the rule above: a technician's visit
      {
        name: 'a technician\'s visit "qué día le viene bien" is no interview',
        kind: 'other',
        subject: 'Revisión de la caldera',
        body: 'Buenos días, ¿qué día está disponible para la visita del técnico?',
      },
      // i3 acercarte|acercarse|pasar|venir _3 charlar|conocernos|conversar|hablar
      {
        name: '"¿podrías pasar a charlar?"',
        kind: 'interview',
        subject: 'Tu solicitud de repartidor',
        body: 'Hola Iván, vimos tu currículum para el puesto de cajero. ¿Podrías pasar a charlar con el encargado? Estamos en la calle Mayor 8.',
      },
      // x4 contraltos|coristas|coro|sopranos|tenores
      {
        name: 'a place in a choir',
        kind: 'other',
        subject: 'Audiciones del coro',
        body: 'Hola Marta, tras la audición nos complace ofrecerte una plaza en el coro como soprano. Los ensayos son los martes.',
      },
      // x4k desempleo|sepe
      {
        name: 'an employment office appointment',
        kind: 'other',
        subject: 'Cita en su oficina de empleo',
        body: 'Estimado Sr. Gil: como perceptor de la prestación por desempleo, le citamos a una entrevista con su orientadora el lunes 9 de marzo a las 10:00.',
      },
      // x3 paro|subsidio
      {
        name: 'an advice meeting for someone out of work',
        kind: 'other',
        subject: 'Su cita',
        body: 'Estimada Sra. Ruiz: como persona en paro inscrita, le proponemos una entrevista de orientación el martes a las 9:00.',
      },
      // x4k su|tu _1 hija|hijas|hijo|hijos
      {
        name: "a school meets a pupil's parent",
        kind: 'other',
        subject: 'Reunión de inicio de curso',
        body: 'Estimada familia: su hija comienza 1.º de ESO. Le proponemos una entrevista con la tutora el martes a las 17:00.',
      },
      // x4k admision|admisiones
      {
        name: "a master's admission",
        kind: 'other',
        subject: 'Resultado de admisión',
        body: 'Hola Pablo, nos complace informarte que has sido aceptado en el máster de Periodismo. Te damos la bienvenida al programa.',
      },
      // x4k padres de familia
      {
        name: 'a school calls parents to an interview',
        kind: 'other',
        subject: 'Junta de inicio',
        body: 'Estimados padres de familia: les pedimos agendar una entrevista con la dirección antes del viernes 14.',
      },
      // x4 cual|cuales _1 de? _1 candidat*|ellas|ellos|perfiles _6 conocer|entrevistar|prefiere|prefieres|quiere|quieres|ver
      {
        name: 'the reader chooses whom to interview',
        kind: 'other',
        subject: 'Perfiles para jefe de turno',
        body: 'Hola Andrés, te mando tres perfiles para jefe de turno. ¿Cuáles de ellos quieres entrevistar? Podemos agendar una entrevista con cada uno el jueves a las 10.',
      },
      // x4 adjunto|adjuntamos|envio|enviamos|paso _4 curriculums|cvs|perfiles
      {
        name: 'CVs sent to the reader',
        kind: 'other',
        subject: 'Candidatas para caja',
        body: 'Hola Rocío, adjunto los currículums de las cuatro candidatas para caja. Te propongo agendar una entrevista con dos de ellas el martes a las 9.',
      },
      // x5 aprobe|pase|supere _3 entrevista|examen|fase|proceso|prueba
      {
        name: 'a friend passed an interview',
        kind: 'other',
        subject: '¡Lo logré!',
        body: 'Primo, pasé la entrevista del hospital y me esperan el lunes a las 8 para la segunda entrevista con la jefa.',
      },
      // x5 consegui _3 chamba|curro|empleo|laburo|puesto|trabajo
      {
        name: 'a friend got the job',
        kind: 'other',
        subject: 'Noticias',
        body: 'Tía, conseguí el trabajo en la panadería. Ya tengo la carta de oferta y empiezo el lunes.',
      },
      // x5 me cogieron|contrataron|descartaron|eligieron|hicieron|ofrecieron|rechazaron|seleccionaron
      {
        name: 'a friend was hired',
        kind: 'other',
        subject: 'Me contrataron',
        body: '¡Me contrataron en el banco! Ya firmé la propuesta de empleo, empiezo el 1 de junio como cajero.',
      },
    ],
  },
  {
    title: 'Portuguese',
    cases: [
      // o3 contar com? consigo|contigo|voce _2 como
      {
        name: '"contar com você como" a receptionist',
        kind: 'offer',
        subject: 'Temporada na pousada',
        body: 'Olá Beatriz, gostaríamos muito de contar com você como recepcionista de fim de semana a partir de março. Pode confirmar?',
      },
      // x4 casamento|batizado|madrinha|padrinho
      {
        name: 'a friend counts on the reader as a bridesmaid',
        kind: 'other',
        subject: 'Casamento',
        body: 'Júlia, posso contar contigo como madrinha do nosso casamento? Responde quando puderes!',
      },
      // i4k conversar|conversarmos _5 #d|amanha|quarta|quarta-feira|quinta|quinta-feira|segunda|segunda-feira|sexta|sexta-feira|terca|terca-feira
      {
        name: '"conversar com você na terça-feira" outweighs "recebemos seu currículo"',
        kind: 'interview',
        subject: 'Vaga de auxiliar de cozinha',
        body: 'Olá Renata, recebemos seu currículo e gostaríamos de conversar com você na terça-feira às 10h, aqui no restaurante.',
      },
      // look-alike for the rule above: an insurance renewal
      {
        name: 'an insurer who wants to talk on Tuesday',
        kind: 'other',
        subject: 'Seu seguro',
        body: 'Olá Renata, gostaria de conversar com você na terça-feira sobre a renovação do seu seguro auto.',
      },
      // i4 bater _1 um _1 papo
      {
        name: '"bater um papo" about an application',
        kind: 'interview',
        subject: 'Sua candidatura',
        body: 'Oi Caio, vimos sua candidatura para a vaga de designer e queremos bater um papo com você. Qual horário fica bom na quinta?',
      },
      // r5 nao _2 entre _1 os|as _3 candidat*|finalistas|perfis|selecionad*
      {
        name: '"você não está entre os candidatos" who go on',
        kind: 'rejection',
        subject: 'Processo seletivo – assistente de RH',
        body: 'Olá Larissa, você não está entre os candidatos que seguem para a próxima fase.',
      },
      // r3 alguem|candidat*|perfil*|pessoa|profissional _3 mais _1 experiencia|experiente|experientes|senior
      {
        name: '"um profissional com mais experiência"',
        kind: 'rejection',
        subject: 'Vaga de motorista',
        body: 'Olá Sérgio, infelizmente a empresa optou por um profissional com mais experiência em rotas longas.',
      },
      // r4 processo _4 encerra|encerrou|finaliza|finalizou|termina|terminou _3 aqui|ti|voce
      {
        name: '"o processo termina aqui para você"',
        kind: 'rejection',
        subject: 'Sua candidatura',
        body: 'Oi Paula, obrigada pela conversa. Para esta vaga o processo termina aqui para você.',
      },
      // x4 contraltos|coristas|coro|naipe|sopranos|tenores
      {
        name: 'a place in a parish choir',
        kind: 'other',
        subject: 'Resultado da audição',
        body: 'Olá Inês, parabéns! Foi aprovada no processo seletivo do coro da paróquia, naipe das contraltos.',
      },
      // x4 desemprego|seguro-desemprego
      {
        name: 'an unemployment benefit appointment',
        kind: 'other',
        subject: 'Agendamento de atendimento',
        body: 'Prezado Sr. Mendes, para manter o seguro-desemprego, compareça a uma entrevista com o orientador na quinta-feira às 9h.',
      },
      // x4k seu|sua|teu|tua _1 filha|filho|filhos
      {
        name: "a school meets a pupil's parent",
        kind: 'other',
        subject: 'Reunião de pais',
        body: 'Cara Dona Ana, o seu filho foi admitido no 6.º ano. Gostaríamos de marcar uma entrevista com a diretora na quarta-feira às 15h.',
      },
      // x4 seguem|segue|envio|enviamos|mando _4 curriculos|perfis
      {
        name: 'CVs sent to the reader',
        kind: 'other',
        subject: 'Candidatos – vendedor',
        body: 'Bom dia, Sr. Lopes, envio os currículos de quatro candidatos para a vaga de vendedor. Podemos fazer as entrevistas na sexta às 9h.',
      },
      // x4 qual|quais _1 candidat*|deles|delas _6 conhecer|deseja|entrevistar|prefere|quer
      {
        name: 'the reader chooses whom to interview',
        kind: 'other',
        subject: 'Finalistas – analista',
        body: 'Oi Marcos, ficaram três finalistas para a vaga de analista. Quais deles você quer entrevistar? Posso marcar a entrevista na segunda às 14h.',
      },
      // x5 passei _3 concurso|dinamica|entrevista|etapa|fase|processo|selecao|teste
      {
        name: 'a friend passed an interview',
        kind: 'other',
        subject: 'Passei!!',
        body: 'Amiga, passei na entrevista da farmácia! Amanhã às 8h tenho a segunda entrevista com o dono.',
      },
      // x5 me aprovaram|contrataram|escolheram|selecionaram
      {
        name: 'a friend was hired',
        kind: 'other',
        subject: 'Novidade',
        body: 'Gente, me contrataram! Contrato de estágio na prefeitura, bolsa mensal de 1.200 e começo dia 3.',
      },
      // x5 consegui _2 emprego|estagio|trabalho|vaga
      {
        name: 'a friend got the job',
        kind: 'other',
        subject: 'Consegui!',
        body: 'Pai, consegui o emprego na transportadora, carteira assinada e salário de 3.500.',
      },
    ],
  },
  {
    title: 'Dutch',
    cases: [
      // o5 kan|kun|kunt|mag je|jij|u _4 bij ons _2 aan de slag
      {
        name: '"kun je bij ons aan de slag"',
        kind: 'offer',
        subject: 'Reactie op je sollicitatie',
        body: 'Hoi Sanne, goed nieuws: per 1 april kun je bij ons aan de slag als planner.',
      },
      // look-alike for the rule above: a course advertisement
      {
        name: 'a course "kun je direct aan de slag als" is no offer',
        kind: 'other',
        subject: 'Opleiding doktersassistent',
        body: 'Na deze opleiding kun je direct aan de slag als doktersassistent. Schrijf je nu in!',
      },
      // o5 je|jij|u kan|kunt|mag _4 bij ons _2 aan de slag
      {
        name: '"u kunt vanaf maandag 3 maart bij ons aan de slag"',
        kind: 'offer',
        subject: 'Magazijnmedewerker',
        body: 'Beste Tom, u kunt vanaf maandag 3 maart bij ons aan de slag in het magazijn, de eerste week met een buddy.',
      },
      // o2 vast|vaste aanstelling|contract|dienstverband
      {
        name: 'a temporary contract made "vast"',
        kind: 'offer',
        subject: 'Je contract',
        body: 'Hoi Ilse, gefeliciteerd: we zetten je tijdelijke contract om in een vast contract, met een salaris van 3.400 euro.',
      },
      // r5 niet _1 bij|tot _1 de _3 kandidaten|mensen|personen|sollicitanten
      {
        name: 'not among the candidates invited for a talk',
        kind: 'rejection',
        subject: 'Je sollicitatie als kok',
        body: 'Hoi Ruben, na het lezen van alle brieven hoor je niet bij de kandidaten voor de volgende ronde.',
      },
      // r4 gekozen|kiezen|koos|kozen _2 voor _1 een _2 kandidaat|kandidate|sollicitant
      {
        name: '"de commissie koos voor een kandidate"',
        kind: 'rejection',
        subject: 'Vacature teamleider',
        body: 'Beste Eva, de commissie koos voor een kandidate uit de eigen organisatie. Dank voor je tijd.',
      },
      // r3 iemand|kandidaat|kandidate|sollicitant _3 meer _1 ervaring|werkervaring
      {
        name: '"iemand met meer ervaring"',
        kind: 'rejection',
        subject: 'Sollicitatie verkoper',
        body: 'Hoi Daan, voor deze job hebben we iemand met meer ervaring in de fietsverkoop gevonden.',
      },
      // r4 eindigt|houdt|stopt _3 daar|hier
      {
        name: '"voor jou stopt de procedure hier"',
        kind: 'rejection',
        subject: 'Je sollicitatie',
        body: 'Hoi Lotte, bedankt voor het gesprek. Voor jou stopt de procedure hier.',
      },
      // look-alike for the rule above: a bus line
      {
        name: 'a bus that "stopt hier" no more',
        kind: 'other',
        subject: 'Omleiding',
        body: 'Beste reiziger, door werkzaamheden stopt lijn 12 vanaf maandag hier niet meer.',
      },
      // i5 dag|dagdeel|dagje|middag|ochtend|uur|uurtje _3 meedraaien
      {
        name: '"een dagje meedraaien" in the kitchen',
        kind: 'interview',
        subject: 'Je reactie',
        body: 'Hoi Mila, leuk dat je in onze keuken wilt werken! Kom je vrijdag een dagje meedraaien?',
      },
      // i5 dag|dagdeel|dagje|middag|ochtend|uur|uurtje _3 mee te draaien
      {
        name: '"een middag mee te draaien": the te-infinitive',
        kind: 'interview',
        subject: 'Je brief',
        body: 'Hoi Sem, je bent welkom om donderdag een middag mee te draaien in de werkplaats.',
      },
      // i4 mee te draaien|lopen
      {
        name: '"mee te lopen" on the ward after an application',
        kind: 'interview',
        subject: 'Je sollicitatie',
        body: 'Hoi Joris, je bent welkom om dinsdag mee te lopen op de afdeling.',
      },
      // i4 meedraaien|meelopen
      {
        name: '"meelopen" on the ward after an application',
        kind: 'interview',
        subject: 'Je sollicitatie',
        body: 'Hoi Joris, kun je dinsdag meelopen op de afdeling? Dan zie je hoe het werk eruitziet.',
      },
      // look-alike for the rule above: a charity collection
      {
        name: '"een paar uur meelopen" with a collection is no trial',
        kind: 'other',
        subject: 'Collecte',
        body: 'Hoi Joris, wil je zaterdag een paar uur meelopen met de collecte voor de Hartstichting?',
      },
      // i3 welke _1 dag|dagen|middag|moment|ochtend|tijd|tijdstip _6 beschikbaar|kan|kun|kunt|past|schikt|uitkomt
      {
        name: '"welke dag past jou" after an application',
        kind: 'interview',
        subject: 'Je sollicitatie als barista',
        body: 'Hoi Noor, leuk je cv! Welke dag past jou volgende week om even te bellen?',
      },
      // look-alike for the rule above: a boiler service
      {
        name: 'a boiler service "welke dag past u" is no interview',
        kind: 'other',
        subject: 'Onderhoud cv-ketel',
        body: 'Welke dag past u het best voor het onderhoud van de cv-ketel?',
      },
      // x4k bijstand|bijstandsuitkering|re-integratie|sollicitatieplicht|uitkering|uwv|ww-uitkering
      {
        name: 'a benefits office meeting',
        kind: 'other',
        subject: 'Uitnodiging gesprek',
        body: 'Beste mevrouw Bakker, u ontvangt een bijstandsuitkering. Wij nodigen u uit voor een gesprek op 14 april om 9:30 uur.',
      },
      // x4k je|jouw|uw _1 klantmanager|werkcoach
      {
        name: 'a meeting with a work coach about applications',
        kind: 'other',
        subject: 'Afspraak',
        body: 'Beste heer Smit, wij nodigen u uit voor een gesprek met uw werkcoach over uw sollicitaties, op dinsdag om 10:00 uur.',
      },
      // x4 koor|koorrepetitie|repetitie|repetities
      {
        name: 'a singer taken into a choir',
        kind: 'other',
        subject: 'Auditie',
        body: 'Hoi Femke, gefeliciteerd! We willen je graag aannemen als alt in ons koor. De eerste repetitie is dinsdag om acht uur in het buurthuis, neem je map met bladmuziek mee.',
      },
      // x4k je|jouw|uw _1 dochter|kind|zoon
      {
        name: "a school meets a pupil's parent",
        kind: 'other',
        subject: 'Intake',
        body: 'Beste ouders, uw dochter is geplaatst in groep 3. We nodigen u uit voor een gesprek op woensdag om 14:00 uur.',
      },
      // x4k welke _1 kandidaat|kandidaten|sollicitant|sollicitanten _6 ontmoeten|spreken|uitnodigen|voorkeur|zien
      {
        name: 'the reader picks whom to invite',
        kind: 'other',
        subject: 'Shortlist monteur',
        body: 'Hoi Bas, hierbij de shortlist. Welke kandidaten wil je uitnodigen voor een gesprek op donderdag?',
      },
      // x5 hebben|heeft me|mij _3 aangenomen|gekozen
      {
        name: 'a friend was taken on',
        kind: 'other',
        subject: 'Gelukt!',
        body: 'Hoi oma, ze hebben me aangenomen bij de dierenkliniek! De arbeidsovereenkomst is al getekend.',
      },
      // x4k interviewaanvraag|interviewverzoek|journalist|redactie|reportage|reporter|verslaggever
      {
        name: 'a reporter asks for an interview',
        kind: 'other',
        subject: 'Reportage over de haven',
        body: 'Beste mevrouw De Wit, ik ben reporter bij de regionale radio. Kunt u dinsdag om 10 uur langskomen voor een interview?',
      },
    ],
  },
];
