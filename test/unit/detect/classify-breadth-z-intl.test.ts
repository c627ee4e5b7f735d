/**
 * Breadth rounds za, zb and zc, German, French, Spanish, Portuguese and Dutch: families of wording,
 * not sentences. Sets written for indirect wording, messy threads and hard negatives showed the
 * classifier missing rejections told in passing ("es wird nichts mit dem Job", a colleague promoted
 * from within, "no pudo ser", "contrataron a otro", "retenu un candidat", "não será possível
 * integrá-la", places already filled), offers and invitations in other forms ("pourriez commencer le
 * 3", "el puesto … es tuyo" after a long role name, "welkom aan boord", "vous
 * proposons un entretien", an afternoon "à experiência" or a "turno experimental", arriving minutes
 * early, a trainee programme's next stage), a trial day thanked for or looked back on as if it were
 * invited, and calling job mail what is not for the reader: a flat, a loan, a doctor's or dentist's
 * appointment, a writer preparing a piece, an exclusive interview in a bulletin, an editorial board,
 * a scholarship (and a street named after the stock exchange, which is none), a status page, a
 * reference request, a friend's own news. Each rule has a case that fails without it; a cue that
 * could fire on an innocent look-alike has one that must stay as it is. Emails written for this
 * test, none taken from a corpus.
 */
import { describe } from 'vitest';
import { checkKinds, type KindCase } from './kind-cases';

const SENDER = 'Ilka Brenner <ilka.brenner@talentwerk-nord.example>';

function check(cases: KindCase[]): void {
  checkKinds(cases, SENDER, '2026-05-12T09:00:00+00:00');
}

describe('German', () => {
  check([
    // r5 intern|reihen _2 befordern|befordert|besetzt|nachbesetzt|vergeben
    {
      name: 'a colleague promoted from within: "intern zu befördern"',
      kind: 'rejection',
      subject: 'Ihre Bewerbung als Filialleiter',
      body: 'Guten Tag Herr Aksoy, zur Filialleitung in Kassel: Wir haben uns entschlossen, eine langjährige Mitarbeiterin intern zu befördern. Danke für Ihre Zeit.',
    },
    // r5 wird|wird's|wirds|wurde _2 nichts mit _3 anstellung|job|position|stelle|zusage
    {
      name: '"es wird nichts mit dem Job": the post went elsewhere',
      kind: 'rejection',
      subject: 'Backstube',
      body: 'Hallo Jana, ich muss dir leider schreiben: Es wird nichts mit dem Job in der Backstube, der Chef hat seinen Neffen genommen. Melde dich, wenn du etwas anderes suchst.',
    },
    // x5 bei mir _1 hat|hat's|hats|wird|wird's|wirds _3 nicht|nichts
    {
      name: 'look-alike: a friend\'s own news, "bei mir wird\'s nichts mit der Stelle"',
      kind: 'other',
      subject: 'Bremen',
      from: 'Tine Kohl <tine.kohl@mail.example>',
      body: "Hi Sam, bei mir wird's nichts mit der Stelle in Bremen, die haben jemand anderen genommen. Ich such weiter!",
    },
    // x4k kaltmiete|mietbeginn|warmmiete|wohnungsangebot
    {
      name: 'a flat offered with its rent',
      kind: 'other',
      subject: 'Ihre Anfrage',
      from: 'Immobilien Gerber <kontakt@gerber-immobilien.example>',
      body: 'Sehr geehrte Frau Lind, gerne können wir Ihnen die Dachgeschosswohnung in der Gartenstraße anbieten. Die Warmmiete liegt bei 890 Euro, einziehen könnten Sie ab März. Bitte geben Sie uns bis Montag Bescheid.',
    },
    // x4kb baufinanzierung|darlehen|darlehensangebot|eigentumswohnung|finanzierungsanfrage|finanzierungsangebot|kaufangebot|kaufpreis|kreditangebot|makler|maklerin|notartermin
    {
      name: 'a bank declines a loan because the job is on probation',
      kind: 'other',
      subject: 'Ihre Anfrage',
      from: 'Hafenbank <kredit@hafenbank.example>',
      body: 'Sehr geehrter Herr Marx, nach Prüfung Ihrer Unterlagen können wir Ihnen leider kein Darlehensangebot machen, da Ihr Arbeitsvertrag befristet ist und Sie sich noch in der Probezeit befinden.',
    },
    // x4k schreibe|schreiben _4 artikel|beitrag|bericht|reportage _2 uber
    {
      name: 'a writer wants to meet the reader for an article',
      kind: 'other',
      subject: 'Anfrage',
      from: 'Tobias Keller <t.keller@stadtanzeiger-ost.example>',
      body: 'Hallo Frau Winter, ich schreibe gerade einen Artikel über Gründerinnen in der Region und würde Sie gern für ein kurzes Interview treffen. Hätten Sie am Donnerstag um 15 Uhr Zeit?',
    },
    // x4k arzttermin|behandlungstermin|kontrolltermin|untersuchungstermin|vorsorgetermin|zahnreinigung
    {
      name: 'a practice moves a check-up',
      kind: 'other',
      subject: 'Ihr Behandlungstermin',
      from: 'Praxis Dr. Roth <termine@praxis-roth.example>',
      body: 'Guten Tag Frau Yilmaz, Ihr Termin am Montag, 9. März um 9 Uhr muss leider verschoben werden. Wir können Ihnen Mittwoch um 11 Uhr anbieten. Bitte bestätigen Sie kurz.',
    },
  ]);
});

describe('French', () => {
  check([
    // o4 peux|pourrais|pourriez|pouvez commencer _2 #d|demain|jeudi|lundi|mardi|mercredi|samedi|vendredi
    {
      name: '"vous pourriez commencer le 3 mars"',
      kind: 'offer',
      subject: 'Rayon frais',
      body: "Bonjour Camille, après discussion avec l'équipe, c'est bon pour nous : vous pourriez commencer le 3 mars au rayon frais ? Dites-moi si ça vous va.",
    },
    // r4 choisi|opte|optons|retenu|selectionne _1 pour? _1 un|une _1 autre? _1 candidat*|personne|profil*
    {
      name: '"nous avons retenu un candidat" whose background fits better',
      kind: 'rejection',
      subject: "Poste d'acheteur",
      body: "Madame, nous vous remercions pour votre venue. Après réflexion, nous avons retenu un candidat dont le parcours correspond davantage au poste d'acheteur.",
    },
    // i4 te|vous _1 propose|proposons _4 #d|creneau|entretien|jeudi|lundi|mardi|mercredi|rendez-vous|samedi|vendredi
    {
      name: '"nous avons retenu votre candidature … et vous proposons un entretien" (no "nous" before "vous proposons")',
      kind: 'interview',
      subject: "Poste d'acheteur",
      body: "Madame, nous avons retenu votre candidature pour le poste d'acheteur et vous proposons un entretien mardi 12 mai à 10h.",
    },
    // r3 trouvera _2 preneur
    {
      name: 'a profile that "trouvera vite preneur" elsewhere',
      kind: 'rejection',
      subject: 'Comptabilité',
      body: "Votre profil trouvera vite preneur ailleurs, j'en suis sûre. Merci encore pour votre candidature au poste de comptable.",
    },
    // x4k comite de lecture|redaction
    {
      name: 'an editorial board declines an article on recruitment',
      kind: 'other',
      subject: 'Votre texte',
      from: 'Revue Santé Travail <revue@sante-travail.example>',
      body: "Madame, nous avons le regret de vous informer que votre article sur le recrutement des infirmières n'a pas été retenu par le comité de rédaction.",
    },
    // x4k pour _1 la? _1 publication
    {
      name: 'a note on youth employment not kept for publication',
      kind: 'other',
      subject: 'Votre note',
      from: "Cahiers de l'économie <cahiers@eco-cahiers.example>",
      body: "Monsieur, votre note sur l'emploi des jeunes n'a pas été retenue pour publication. Nous vous remercions de votre confiance.",
    },
    // x4k ecris|ecrire|ecrit|prepare|preparer _4 article|papier|reportage _2 sur
    {
      name: 'a reporter preparing a piece asks the reader to come and talk',
      kind: 'other',
      subject: 'Demande',
      from: 'Julie Caron <julie.caron@mag-local.example>',
      body: "Bonjour, je prépare un papier sur l'emploi des seniors dans la région. Pourriez-vous venir en parler mardi à 14h ?",
    },
    // x4k bourse|bourses d'|doctorale|doctorales|erasmus
    {
      name: 'an interview at an address on "place de la Bourse"',
      kind: 'interview',
      subject: 'Convocation',
      body: 'Madame, suite à votre candidature au poste de gestionnaire de paie, nous vous proposons un entretien le lundi 9 mars à 10h, dans nos bureaux, 4 place de la Bourse, Bordeaux.',
    },
    // look-alike for x4k ta|votre _1 bourse
    {
      name: 'look-alike: a doctoral grant awarded, with its monthly amount',
      kind: 'other',
      subject: 'Votre dossier',
      body: 'Félicitations, votre dossier est retenu : votre bourse de 1 800 euros par mois commence le 1er octobre.',
    },
  ]);
});

describe('Spanish', () => {
  check([
    // o5 plaza|puesto|trabajo|vacante _8 es tuya|tuyo|suya|suyo
    {
      name: '"el puesto … es tuyo" with a long role name between',
      kind: 'offer',
      subject: 'Cocina',
      body: 'Hola Lucía, hablé con mi socio y el puesto de ayudante de cocina de los sábados es tuyo. Avísame qué te parece.',
    },
    // r4 cogieron|cogimos|contrataron|contratamos|elegimos|eligieron|eligio|escogieron|escogimos|escogio|seleccionamos|seleccionaron a otra|otro
    {
      name: '"contrataron a otro" for the job',
      kind: 'rejection',
      subject: 'Repartidor',
      body: 'Hola Sergio, te escribo por lo del puesto de repartidor: al final contrataron a otro chico del barrio. Gracias por venir igual.',
    },
    // r4 eligieron|eligio|escogieron|escogio|seleccionaron a alguien
    {
      name: '"eligió a alguien" for the vacancy',
      kind: 'rejection',
      subject: 'Vacante de diseño',
      body: 'Hola Irene, sobre la vacante de diseñadora: la directora eligió a alguien con más años en packaging. Gracias por tu tiempo.',
    },
    // r4 no _2 poder|podra|pudo _1 ser
    {
      name: '"al final no pudo ser" for the job',
      kind: 'rejection',
      subject: 'Librería',
      body: 'Hola Andrés, lo del puesto en la librería al final no pudo ser, la dueña se quedó con una vecina. Gracias por tu interés.',
    },
    // look-alike for r4 no _2 poder|podra|pudo _1 ser
    {
      name: 'look-alike: a dinner that "no pudo ser"',
      kind: 'other',
      subject: 'Cena',
      body: 'Hola Andrés, lo de la cena del viernes al final no pudo ser, ¿la movemos al sábado a las 21 h?',
    },
    // x4k entrevista exclusiva
    {
      name: 'a newsletter with an exclusive interview',
      kind: 'other',
      subject: 'Boletín del puerto',
      from: 'Boletín Puerto <boletin@puerto-hoy.example>',
      body: 'En este número: entrevista exclusiva con la directora del puerto, que anuncia 200 nuevos puestos. Además, cómo preparar una entrevista de trabajo.',
    },
    // x4k escribiendo|escribir|escribo|preparando _4 articulo|reportaje _2 sobre
    {
      name: 'a writer preparing a piece asks for a phone interview',
      kind: 'other',
      subject: 'Artículo',
      from: 'Elena Ruiz <elena@revista-viajes.example>',
      body: 'Hola Marta, estoy escribiendo un artículo sobre hostales familiares para una revista de viajes. ¿Te puedo hacer una entrevista el jueves por teléfono?',
    },
  ]);
});

describe('Portuguese', () => {
  check([
    // r5 nao _1 e|sera|seria possivel _3 admiti*|contar|contrata*|integra*
    {
      name: '"não será possível integrá-la na equipa"',
      kind: 'rejection',
      subject: 'Candidatura',
      body: 'Olá Rita, obrigado pela candidatura ao lugar de assistente de loja. Não será possível integrá-la na equipa desta vez, mas guardamos o seu contacto.',
    },
    // r4 vagas _3 ja _2 ocupadas|preenchidas
    {
      name: 'the internship places "já estão todas preenchidas"',
      kind: 'rejection',
      subject: 'Estágios de verão',
      body: 'Caro João, muito obrigado pela sua candidatura ao programa de estágios de verão. As vagas deste ano já estão todas preenchidas, mas não deixe de se candidatar no próximo ano.',
    },
    // look-alike for r4 vagas _3 ja _2 ocupadas|preenchidas
    {
      name: 'look-alike: a full photography workshop',
      kind: 'other',
      subject: 'Workshop',
      from: 'Foto Clube <geral@fotoclube.example>',
      body: 'Olá! As vagas do workshop de fotografia já estão preenchidas. Fica atento à próxima edição.',
    },
    // i4 dia|manha|tarde|turno a|de experiencia|teste
    {
      name: 'an afternoon "à experiência" in a pastry shop',
      kind: 'interview',
      subject: 'Pastelaria',
      body: 'Olá Nuno, sobre a vaga de pasteleiro: gostávamos que viesse fazer uma tarde à experiência na quarta-feira, às 15h.',
    },
    // i4 dia|turno experimental
    {
      name: 'a "turno experimental" in a bar',
      kind: 'interview',
      subject: 'Bar',
      body: 'Olá Inês, gostei do teu currículo. Podes vir fazer um turno experimental no bar na sexta às 18h? Traga roupa preta.',
    },
    // look-alike for i4 dia|turno experimental
    {
      name: 'look-alike: a free trial day at a gym',
      kind: 'other',
      subject: 'Experimente',
      from: 'Ginásio Forte <ola@ginasioforte.example>',
      body: 'Olá! Venha experimentar: dia experimental gratuito no nosso ginásio este sábado às 10h.',
    },
    // i4 #d minutos de antecedencia
    {
      name: 'arrive "10 minutos de antecedência" for the vacancy',
      kind: 'interview',
      subject: 'Motorista',
      body: 'Olá Paulo, contamos consigo na quinta-feira às 10h por causa da vaga de motorista. Chegue com 10 minutos de antecedência.',
    },
    // look-alike for i4 #d minutos de antecedencia
    {
      name: "look-alike: a doctor's appointment",
      kind: 'other',
      subject: 'Consulta',
      from: 'Clínica Central <marcacoes@clinicacentral.example>',
      body: 'A sua consulta está marcada para terça às 9h. Chegue com 15 minutos de antecedência.',
    },
    // x4 cancelar _2 inscricao|subscricao
    {
      name: 'a bulletin with "cancelar subscrição"',
      kind: 'other',
      subject: 'Boletim',
      from: 'Boletim Bairro <boletim@bairro.example>',
      body: 'Nesta edição: a entrevista à nossa diretora na rádio e as vagas para o torneio de xadrez de quinta-feira às 18h. Para deixar de receber, cancelar subscrição.',
    },
    // x4k entrevista exclusiva
    {
      name: 'an exclusive interview in a bulletin',
      kind: 'other',
      subject: 'Boletim da câmara',
      from: 'Boletim Câmara <boletim@camara.example>',
      body: 'Entrevista exclusiva: a presidente da câmara fala das obras e do emprego. Marque já a sua visita à feira do livro, sábado às 10h.',
    },
    // x4k escrever|escrevendo|escrevo|preparando _4 artigo|materia|reportagem _2 sobre
    {
      name: 'a writer preparing a piece asks to set an interview',
      kind: 'other',
      subject: 'Artigo',
      from: 'Rui Costa <rui@blogue-junta.example>',
      body: 'Olá Marta, estou a escrever um artigo sobre cafés de bairro para o blogue da junta. Podemos marcar uma entrevista na terça às 11h?',
    },
    // j1 concursal|trainee|trainees
    {
      name: "a trainee programme's next stage",
      kind: 'interview',
      subject: 'Boa notícia',
      body: 'Oi Bruno, boa notícia: você passou para a próxima fase do programa trainee. Segunda-feira às 14h, online.',
    },
  ]);
});

describe('Dutch', () => {
  check([
    // i-2 na _3 gesprek|gesprekken|meeloopdag|proefdag|sollicitatiegesprek
    {
      name: '"na je proefdag" before the pay and the start',
      kind: 'offer',
      subject: 'Keuken',
      body: 'Hoi Femke, na je proefdag waren we het snel eens: we willen je graag als kok, voor 2.900 euro bruto per maand met startdatum 1 april.',
    },
    // o4 welkom _2 boord|team
    {
      name: '"welkom aan boord" with a start date',
      kind: 'offer',
      subject: 'Magazijn',
      body: 'Hoi Daan, welkom aan boord! Je contract als magazijnmedewerker ligt klaar en je startdatum is 2 juni.',
    },
    // i-2 bedankt|dank|merci _6 gesprek|gesprekken|kennismaking|meeloopdag|proefdag|proefdraaien|sollicitatiegesprek
    {
      name: '"bedankt voor het proefdraaien", then pay and start',
      kind: 'offer',
      subject: 'Bediening',
      body: 'Hoi Lotte, bedankt voor het proefdraaien zaterdag! Je salaris wordt 2.400 euro bruto per maand en je begint op 1 mei.',
    },
    // r4 hebben|hadden we _4 iemand _3 aangenomen|gevonden
    {
      name: '"hebben we … iemand gevonden" for the shifts',
      kind: 'rejection',
      subject: 'Bezorger',
      body: 'Beste Sem, bedankt voor je sollicitatie als bezorger. Helaas hebben we voor de avonddiensten iemand gevonden die ook op zondag kan.',
    },
    // x4k schrijf|schrijven _4 artikel|stuk|stukje _2 over
    {
      name: 'a writer for a local paper asks for a short interview',
      kind: 'other',
      subject: 'Moestuin',
      from: 'Wim Bakker <wim@buurtblad-noord.example>',
      body: 'Beste Karim, ik schrijf voor het buurtblad een stukje over de moestuin achter de school. Zou je zin hebben in een kort interview, woensdag om 16 uur?',
    },
    // x4a hoor|hoort _4 niets van ons
    {
      name: 'a status page: "hoor je niets van ons" means not selected',
      kind: 'other',
      subject: 'Je sollicitatie',
      from: 'Werken bij Stad <noreply@werkenbij-stad.example>',
      body: 'Beste Noor, je sollicitatie voor de functie van baliemedewerker staat op In behandeling. Hoor je binnen drie weken niets van ons, dan nodigen we je helaas niet uit.',
    },
    // x4 referent|referentieverzoek
    {
      name: 'the reader as a referee for a finalist',
      kind: 'other',
      subject: 'Ruben',
      body: 'Beste Ilse, Ruben zit in de laatste ronde voor de functie van projectleider en heeft jou opgegeven als referent. Kun je donderdag om 10 uur bellen?',
    },
  ]);
});
