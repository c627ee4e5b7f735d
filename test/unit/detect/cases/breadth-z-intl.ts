/**
 * Breadth rounds za, zb, zc and zf, German, French, Spanish, Portuguese and Dutch: families of
 * wording, not sentences. Sets written for indirect wording, messy threads, hard negatives and an
 * informal register showed the classifier missing rejections told in passing ("es wird nichts mit
 * dem Job", "wir haben schon jemanden", "no pudo ser", "contrataron a otro", "on a déjà trouvé du
 * monde", "já arranjámos pessoa", "de plek is al vergeven", "voor iemand anders gekozen"), offers
 * told as a start ("du kannst am Montag anfangen", "tu commences mardi", "empiezas el lunes",
 * "começas na quinta", "je mag dinsdag beginnen", "ficar contigo como", pay "wie vereinbart", a
 * contract being prepared), invitations in other forms ("vorbeikommen", "passe nous voir", "dá um
 * pulo", "kom eens langs", "vous proposons un entretien", a trial afternoon or shift, arriving
 * minutes early), a trial day thanked for or looked back on as if it were invited, and calling job
 * mail what is not for the reader: a flat, a loan, a doctor's appointment, a course that "starts on
 * Monday", a writer preparing a piece, a radio or bulletin interview, an editorial board, a
 * scholarship, a youth tournament, a status page, a reference request, a relative's interview, a
 * friend's own news. Each rule has a case that fails without it; a cue that could fire on an
 * innocent look-alike has one that must stay as it is. Emails written for this test, none taken
 * from a corpus.
 */
import type { CaseGroup } from './kind-case';

export const SENDER = 'Ilka Brenner <ilka.brenner@talentwerk-nord.example>';
export const DATE = '2026-05-12T09:00:00+00:00';

export const GROUPS: CaseGroup[] = [
  {
    title: 'German',
    cases: [
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
      // r4 haben|hatten _1 bereits|schon _1 jemand|jemanden|wen
      {
        name: 'a weekend helper post: "wir haben schon jemanden"',
        kind: 'rejection',
        subject: 'Aushilfe',
        body: 'Hi Kim, wegen der Aushilfe am Wochenende: da haben wir schon jemanden, tut mir leid. Danke für deine Nachricht!',
      },
      // j1 aushilfe|aushilfen|ferienjob|minijob|nebenjob|praktikum*|probearbeit*|probetag|schnuppertag|werkstudent*
      {
        name: '"Aushilfe" is job context for an informal rejection',
        kind: 'rejection',
        subject: 'Samstage',
        body: 'Hi Kim, für die Aushilfe am Samstag haben wir schon jemanden gefunden. Danke trotzdem!',
      },
      // o4 kannst|konnen|konnt _3 #d|dienstag|donnerstag|freitag|mittwoch|montag|morgen|samstag|sofort _2 anfangen|beginnen|einsteigen|starten
      {
        name: '"du kannst am Montag anfangen"',
        kind: 'offer',
        subject: 'Backstube',
        body: 'Hey Jonas, nach dem Gespräch gestern ist es klar: du kannst am Montag anfangen, sechs Uhr in der Backstube.',
      },
      // o3 bezahlung|gehalt|gezahlt|lohn _3 wie _1 abgesprochen|ausgemacht|ausgmacht|besprochen|bsproche|vereinbart
      {
        name: 'pay "wie vereinbart" for a helper post',
        kind: 'offer',
        subject: 'Kasse',
        body: 'Hallo Eda, nach dem Gespräch: du bist ab Juni als Aushilfe an der Kasse eingeplant, Bezahlung wie vereinbart.',
      },
      // r5 wir _3 jemand|jemanden _1 anderen|anders _3 ausgewahlt|eingestellt|gefunden|genommen
      {
        name: '"wir haben jemand anderen eingestellt"',
        kind: 'rejection',
        subject: 'Deine Bewerbung',
        body: 'Hallo Tom, nach dem Gespräch haben wir lange überlegt, aber wir haben jemand anderen eingestellt. Danke für deine Bewerbung.',
      },
      // i3 vorbeikommen|vorbeikommst|vorbeischauen
      {
        name: '"magst du … bei uns vorbeikommen" about the post',
        kind: 'interview',
        subject: 'Deine Bewerbung',
        body: 'Hallo Jana, danke für deine Bewerbung! Magst du am Mittwoch bei uns vorbeikommen? Dann reden wir über das Praktikum im Lager.',
      },
      // x3 deutschkurs|fahrstunde|kurs|kurse|kursbeginn|sprachkurs|yogakurs
      {
        name: 'look-alike: "du kannst am Dienstag anfangen" a language course',
        kind: 'other',
        subject: 'Anmeldung',
        from: 'Centro Aprende <info@centro-aprende.example>',
        body: 'Hallo Ida, alles klar: du kannst am Dienstag anfangen mit dem Sprachkurs, 18 Uhr in Raum 4.',
      },
    ],
  },
  {
    title: 'French',
    cases: [
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
      // o4 commencerais|commenceras|commencerez|commences|commencez _3 #d|demain|jeudi|lundi|mardi|mercredi|samedi|vendredi
      {
        name: '"tu commences mardi" at the counter',
        kind: 'offer',
        subject: 'Comptoir',
        body: "Salut Inès, après notre échange c'est validé : tu commences mardi à 7h au comptoir.",
      },
      // o4 passe|passez|prepare|preparons|viens|venez _3 contrat|signer
      {
        name: '"je te prépare le contrat" for the post',
        kind: 'offer',
        subject: 'Serveur',
        body: "Merci pour l'essai de samedi ! Je te prépare le contrat pour le poste de serveur, dis-moi quand tu es dispo.",
      },
      // r4 deja|entre-temps|entretemps _3 embauche|engage|recrute|retenu|trouve _1 monde|quelqu'un
      {
        name: '"on a déjà trouvé du monde" for the post',
        kind: 'rejection',
        subject: 'Saison',
        body: "Bonjour Léo, merci pour l'essai, mais pour le poste de saisonnier on a déjà trouvé du monde.",
      },
      // r4 embauche|engage|pris|recrute|retenu|trouve quelqu'un d' autre
      {
        name: '"on a pris quelqu\'un d\'autre" for the post',
        kind: 'rejection',
        subject: 'Poste de commis',
        body: "Salut Romain, merci pour l'essai, mais on a pris quelqu'un d'autre pour le poste de commis.",
      },
      // i4k passe|passer|passez|venez|venir|viens me|nous rencontrer|voir
      {
        name: '"passe nous voir vendredi" about the post',
        kind: 'interview',
        subject: 'Commis',
        body: 'Salut Jules, ta candidature nous plaît. Passe nous voir vendredi à 16h pour parler du poste de commis.',
      },
      // x4k entrainement|match|tournoi
      {
        name: 'a call-up for a youth tournament',
        kind: 'other',
        subject: 'Convocation dimanche',
        from: 'Club de basket <club@basket-vallee.example>',
        body: 'Bonjour les parents, convocation pour le tournoi de dimanche : rendez-vous 8h au gymnase, maillot du club.',
      },
      // x4k entretien|entrevue|interview|interviewer|portrait _6 pour _1 l'|la|le|notre|un|une _1 article|emission|episode|journal|magazine|podcast|reportage|serie
      {
        name: 'a radio wants to interview the reader "pour l\'émission"',
        kind: 'other',
        subject: 'Interview',
        from: 'Radio Colline <antenne@radio-colline.example>',
        body: "Bonjour Lucie, on aimerait t'interviewer pour l'émission du samedi sur ton atelier de couture. Tu serais libre mardi à 11h ?",
      },
      // x3 auto-ecole|lecon|lecons|secourisme
      {
        name: 'look-alike: "tu commences jeudi" a first-aid course',
        kind: 'other',
        subject: 'Secourisme',
        from: 'Centro Aprende <info@centro-aprende.example>',
        body: "Coucou Zoé, c'est noté pour toi : tu commences jeudi la formation de secourisme dans la salle 2, avec les autres.",
      },
      // x4k candidature|contrat|demande|dossier de location
      {
        name: 'look-alike: a lease prepared to sign',
        kind: 'other',
        subject: 'Appartement',
        from: 'Agence Lumière <contact@agence-lumiere.example>',
        body: "Bonjour Madame, je vous prépare le contrat de location pour l'appartement de la rue Haute, vous pourrez passer le signer jeudi.",
      },
    ],
  },
  {
    title: 'Spanish',
    cases: [
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
      // o4 arrancas|comienzas|empiezas|entras _2 #d|domingo|jueves|lunes|manana|martes|miercoles|sabado|viernes
      {
        name: '"empiezas el lunes" after the trial',
        kind: 'offer',
        subject: 'Barra',
        body: 'Hola Dani, tras la prueba lo tuvimos claro: empiezas el lunes a las 8 en la barra.',
      },
      // j1 camarera|camarero|chamba|convocatoria|curro|empleo|laburo|pasantia|posicion|postulacion|postulaste
      {
        name: '"laburo" is job context for an informal rejection',
        kind: 'rejection',
        subject: 'Taller',
        body: 'Che Fede, lo del laburo en el taller: ya contratamos a alguien. Gracias igual por venir.',
      },
      // x4 mi|mis _1 hermana|hermano|hija|hijo|marido|novia|novio|pareja
      {
        name: "a neighbour's brother has an interview and needs a shirt",
        kind: 'other',
        subject: 'Favor',
        from: 'Pili <pili.vecina@mail.example>',
        body: 'Oye Clara, mi hermano tiene una entrevista el jueves a las 10 para el puesto de cajero y necesita una camisa. ¿Se la prestas?',
      },
      // x3 al|el|tu curso
      {
        name: 'look-alike: "empiezas el lunes" a language course',
        kind: 'other',
        subject: 'Curso',
        from: 'Centro Aprende <info@centro-aprende.example>',
        body: 'Hola Nora, ya está todo listo: empiezas el lunes 2 de junio el curso de alemán A1, en el aula 3.',
      },
      // x3 alumna|alumno|clase|clases|entrenador|entrenadora|gimnasio
      {
        name: 'look-alike: "empiezas el lunes" with a personal trainer',
        kind: 'other',
        subject: 'Gimnasio',
        from: 'Centro Aprende <info@centro-aprende.example>',
        body: 'Genial, Nora: empiezas el lunes con tu entrenadora, a las 8 en la sala grande.',
      },
    ],
  },
  {
    title: 'Portuguese',
    cases: [
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
      // o4 ficamos|ficar|ficas connosco|conosco|consigo|contigo _1 como
      {
        name: '"decidimos ficar contigo como rececionista"',
        kind: 'offer',
        subject: 'Receção',
        body: 'Olá Joana, depois da entrevista ficou claro: decidimos ficar contigo como rececionista.',
      },
      // o4 comecas _2 #d|amanha|dia|quarta|quinta|segunda|sexta|terca
      {
        name: '"começas na quinta" after the test',
        kind: 'offer',
        subject: 'Oficina',
        body: 'Olá Tiago, depois do teste ficou decidido: começas na quinta às 9h na oficina.',
      },
      // r4 ja _1 arranjamos|contratamos|encontramos|escolhemos|selecionamos alguem|pessoa
      {
        name: '"já arranjámos pessoa" for the post',
        kind: 'rejection',
        subject: 'Vaga',
        body: 'Olá Bia, obrigado pela entrevista, mas para a vaga de empregada de mesa já arranjámos pessoa.',
      },
      // r5 fechamos|fechando|fechei|fechou|ficamos|ficando|ficar|fiquei|ficou com _1 outra|outro|um|uma _1 candidata|candidato|moca|pessoa|profissional|rapaz
      {
        name: '"acabou fechando com outro rapaz"',
        kind: 'rejection',
        subject: 'Vaga de garçom',
        body: 'Oi Caio, obrigado pela entrevista! A gente acabou fechando com outro rapaz pra vaga de garçom.',
      },
      // i3 consegue|consegues|pode|podes|podia|podias _1 vir _5 #d|amanha|dia|quarta|quinta|sabado|segunda|sexta|terca
      {
        name: '"podes vir na terça … para a gente conversar"',
        kind: 'interview',
        subject: 'Armazém',
        body: 'Olá Rui, podes vir na terça de manhã para a gente conversar sobre a vaga de armazém?',
      },
      // i4 da|dar|de _1 um _1 pulo|saltinho
      {
        name: '"dá um pulo aqui" about the post',
        kind: 'interview',
        subject: 'Loja',
        body: 'Oi Lara, recebi teu currículo! Dá um pulo aqui na loja amanhã de tarde?',
      },
      // i3 pra|para _1 a? _1 gente _1 conversar
      {
        name: '"para a gente conversar" about the post',
        kind: 'interview',
        subject: 'Vaga',
        body: 'Oi Lara, recebi o teu currículo e gostei muito! Amanhã de tarde estás na loja, para a gente conversar sobre a vaga de atendente?',
      },
      // x4 como correu|foi _3 entrevista
      {
        name: 'a parent asks how the interview went',
        kind: 'other',
        subject: 'E aí',
        from: 'Mãe <mae.silva@mail.example>',
        body: 'Filha, como correu a entrevista para o cargo de caixa no banco? Liga à mãe quando puderes.',
      },
      // o3 admissional
      {
        name: 'a pre-employment medical, then the start',
        kind: 'offer',
        subject: 'Soldador',
        body: 'Olá Caio, o teste correu bem. Faça o exame admissional na segunda; salário como combinado.',
      },
      // x3 ao|o|seu|teu curso
      {
        name: 'look-alike: "começas na segunda" a driving course',
        kind: 'other',
        subject: 'Curso',
        from: 'Centro Aprende <info@centro-aprende.example>',
        body: 'Olá Ana, está tudo tratado: começas na segunda o curso de condução, às 19h.',
      },
      // look-alike for r5 nao _2 avancar|avancaremos|continuar|prosseguir|prosseguiremos|seguir|seguira|seguiremos com _3 candidatura|contigo|nome|perfil|processo|si|voce
      {
        name: 'a reschedule: "não será possível avançar com a entrevista na terça"',
        kind: 'interview',
        subject: 'Anúncio',
        body: 'Olá Rui, não será possível avançar com a entrevista na terça; podemos passar para quinta às 10h? É para a vaga de rececionista.',
      },
      // look-alike for r5 nao _2 avancar|avancaremos|continuar|prosseguir|prosseguiremos|seguir|seguira|seguiremos com _3 candidatura|contigo|nome|perfil|processo|si|voce
      {
        name: '"não vamos seguir com o seu perfil" stays a rejection',
        kind: 'rejection',
        subject: 'Vaga',
        body: 'Olá Rui, obrigado pela entrevista. Infelizmente não vamos seguir com o seu perfil para a vaga de rececionista.',
      },
    ],
  },
  {
    title: 'Dutch',
    cases: [
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
      // o4 mag|moogt _4 beginnen|starten op|per|vanaf #d|dinsdag|donderdag|maandag|vrijdag|woensdag|zaterdag|zondag
      {
        name: '"ge moogt … beginnen op 1 augustus"',
        kind: 'offer',
        subject: 'Winkel',
        body: 'Dag Lien, na het gesprek is het in orde: ge moogt als jobstudent beginnen op 1 augustus in de winkel.',
      },
      // r5k voor iemand anders _2 gegaan|gekozen
      {
        name: '"we hebben voor iemand anders gekozen"',
        kind: 'rejection',
        subject: 'Kapper',
        body: 'Hoi Yara, bedankt voor het gesprek. We hebben uiteindelijk voor iemand anders gekozen.',
      },
      // r5 baan|functie|plek|stageplaats|stageplek|vacature _4 bezet|ingevuld|invullen|vergeven|vervuld
      {
        name: '"de plek als afwasser is al vergeven"',
        kind: 'rejection',
        subject: 'Afwasser',
        body: 'Hoi Bo, bedankt voor het gesprek, maar de plek als afwasser is al vergeven.',
      },
      // i4 kom|komen|komt _3 kennismaken|langs
      {
        name: '"kom gerust eens langs" about the vacancy',
        kind: 'interview',
        subject: 'Vacature',
        body: 'Hoi Tim, leuk dat je reageert op de vacature! Kom gerust eens langs op woensdag, dan praten we verder.',
      },
      // x3 cursist|cursus|cursussen|inschrijving|lesrooster
      {
        name: 'look-alike: "je kunt maandag beginnen" a course',
        kind: 'other',
        subject: 'Cursus',
        from: 'Centro Aprende <info@centro-aprende.example>',
        body: 'Hoi Ida, alles is geregeld: je kunt maandag beginnen met de cursus Italiaans.',
      },
    ],
  },
  {
    title: 'nl: the reader is the one hiring (breadth zh)',
    cases: [
      // x5k wie je|jij|u _2 wil|wilt|wilde|zou _3 uitnodigen|spreken|zien
      {
        name: 'the hiring manager is asked whom to invite for a first interview',
        kind: 'other',
        subject: 'Selectie planner',
        body: 'Hoi Mieke,\n\nDe sollicitaties voor de planner staan klaar. Laat je voor vrijdag weten wie je wil uitnodigen voor een eerste gesprek? Dan maak ik de afspraken.\n\nIlka',
      },
      {
        name: 'look-alike: an invitation to the reader stays an interview',
        kind: 'interview',
        subject: 'Uitnodiging gesprek planner',
        body: 'Hoi Sven,\n\nWe willen je graag uitnodigen voor een gesprek over de functie van planner, op dinsdag 19 mei om 10 uur.\n\nGroet,\nIlka',
      },
    ],
  },
];
