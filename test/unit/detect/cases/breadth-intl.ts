/**
 * Breadth round, German, French, Spanish, Portuguese and Dutch: the same act said in many ways.
 * A set written to vary the wording of each act showed the classifier missing whole families:
 * a post filled "zwischenzeitlich" or from the company's own ranks, "es hat nicht geklappt", an
 * offer made void by a hiring freeze; "ne donnerons donc pas suite", "le choix d'un autre
 * profil", "on s'arrête là", "c'est oui", a contract "en annexe", a raised salary; Spanish and
 * Portuguese job titles as job context, "no continúa a la etapa", "la elección recayó en",
 * "queremos sumarte", a "citación"; the Portuguese of Portugal and Angola ("connosco",
 * "seleccionado", "temos o gosto", "que dias lhe dão jeito"); Dutch "onvoldoende aansluiting",
 * "koos voor iemand", a withdrawn vacancy, "langs komen"; and traps that must stay "other": a
 * careers newsletter, a thesis mentioned in an invitation, a child's school placement. Emails
 * written for this test, none taken from a corpus.
 */
import type { CaseGroup } from './kind-case';

export const SENDER = 'Ilka Brenner <ilka.brenner@talentwerk-nord.example>';
export const DATE = '2026-05-12T09:00:00+00:00';

export const GROUPS: CaseGroup[] = [
  {
    title: 'German',
    cases: [
      // r5 arbeitsplatz|…|stelle|vakanz _10 bereits|…|zwischenzeitlich _8 besetzt|vergeben
      {
        name: 'a post filled "zwischenzeitlich" with someone named further on',
        kind: 'rejection',
        subject: 'Ihre Bewerbung als Elektroniker',
        body: 'Guten Tag Herr Lindner, die Stelle in unserem Werk wurde zwischenzeitlich mit einem Kollegen aus der Nachbarabteilung besetzt. Wir wünschen Ihnen für Ihre Suche alles Gute.',
      },
      // r4 diesmal|leider|mal _2 nicht _1 geklappt|gereicht|klappen
      {
        name: '"hat es dieses Mal nicht gereicht": it did not work out this time',
        kind: 'rejection',
        subject: 'Deine Bewerbung als Werkstudentin',
        body: 'Hallo Jule, vielen Dank für dein Interesse an der Werkstudentenstelle im Marketing. Für die Stelle hat es dieses Mal nicht gereicht, wir haben uns das aber nicht leicht gemacht.',
      },
      // r5 intern|reihen _2 besetzt|nachbesetzt|vergeben
      {
        name: 'a post given from the company\'s own ranks: "aus den eigenen Reihen besetzt"',
        kind: 'rejection',
        subject: 'Teamleitung Einkauf',
        body: 'Sehr geehrte Frau Hoffmann, danke für Ihre Unterlagen zur Teamleitung Einkauf. Wir haben die Position nun aus den eigenen Reihen besetzt und schließen das Verfahren damit.',
      },
      // r5k angebot|vertragsangebot|zusage _12 gegenstandslos|hinfallig
      {
        name: 'an offer made void: "unser Angebot ist damit hinfällig"',
        kind: 'rejection',
        subject: 'Ihr Start als Lagerist',
        body: 'Sehr geehrter Herr Brandt, weil der Standort Kassel zum Sommer geschlossen wird, ist unser Angebot für die Stelle als Lagerist damit hinfällig. Es tut uns sehr leid.',
      },
      // r4k aufnahmestopp|…|einstellungsstopp|…|stellenstopp|stellenstopps
      {
        name: 'a hiring freeze outweighs the offer it cancels',
        kind: 'rejection',
        subject: 'Ihr Vertragsangebot als Konstrukteur',
        body: 'Lieber Herr Vogel, unser Vertragsangebot für die Stelle als Konstrukteur mit Arbeitsbeginn zum 1. Juli können wir wegen des konzernweiten Einstellungsstopps leider nicht aufrechterhalten. Das Angebot, über das wir gesprochen hatten, ruht bis auf Weiteres.',
      },
      // o4 wollen|mochten|hatten|wurden dich|euch|sie als _3 an bord
      {
        name: 'an informal offer: "wir hätten dich gern an Bord"',
        kind: 'offer',
        subject: 'Gute Nachrichten',
        body: 'Hi Lukas, wir hätten dich als Barista gern an Bord! Sag uns einfach, ob der Juni für dich passt.',
      },
      // ... as what: friends who want the reader on board their boat make no offer
      {
        name: 'friends want the reader on board for a sailing trip',
        kind: 'other',
        subject: 'Juli',
        body: 'Hallo Lukas, wir wollen dich an Bord für unseren Segeltörn im Juli! Treffpunkt Samstag 9 Uhr am Hafen. Grüße, Jana',
      },
      // o3 vertrag kommt|folgt
      {
        name: 'an offer whose contract "folgt": the act is the contract on its way',
        kind: 'offer',
        subject: 'Deine Stelle als Koch',
        body: 'Hallo Murat, schön, dass es mit uns passt: der Vertrag folgt morgen per Post, 40 Stunden, Gehalt wie besprochen.',
      },
    ],
  },
  {
    title: 'French',
    cases: [
      // $t … (French job titles) j0.5b $t / j0.5s $t
      {
        name: 'a French job title is the only job word of a rejection',
        kind: 'rejection',
        subject: 'Comptable junior',
        body: 'Bonjour Léa, merci pour le temps passé avec nous. Nous ne donnerons malheureusement pas suite, toute notre équipe te souhaite le meilleur.',
      },
      // r5 donn* _2 pas _2 suite
      {
        name: '"ne donnerons donc pas suite": a word between the verb and "pas"',
        kind: 'rejection',
        subject: 'Votre candidature',
        body: 'Madame, après étude de votre dossier, nous ne donnerons donc pas suite à votre candidature au poste de gestionnaire de stock.',
      },
      // r5 choix d' un|une _1 autre? _1 candidat*|personne|profil*
      {
        name: '"a fait le choix d\'un profil" plus expérimenté',
        kind: 'rejection',
        subject: 'Poste de chef de projet',
        body: 'Bonjour Marc, le comité a fait le choix d’un profil plus expérimenté en gestion de chantier pour ce poste. Merci pour ces échanges.',
      },
      // r4 opte|optons|choisi _1 pour? _1 un|une _1 autre? _1 candidat*|personne|profil*
      {
        name: '"nous avons opté pour une candidate"',
        kind: 'rejection',
        subject: 'Suite de votre candidature',
        body: 'Bonjour Julie, pour le poste d’aide-soignante de nuit nous avons opté pour une candidate déjà formée à nos protocoles. Merci de votre intérêt.',
      },
      // r4 gele|geler|gelons _3 embauches|recrutement|recrutements
      {
        name: 'a hiring freeze as a verb: "la direction a gelé les recrutements"',
        kind: 'rejection',
        subject: 'Poste de technicien',
        body: 'Bonjour Paul, la direction a gelé les recrutements jusqu’à la fin de l’année, le processus pour le poste de technicien réseau est donc clos pour vous.',
      },
      // r4 s' arrete|arretera _1 ici|la
      {
        name: '"le processus s\'arrête ici" for the reader',
        kind: 'rejection',
        subject: 'Candidature – stage en communication',
        body: 'Bonjour Emma, je te remercie pour ta candidature au stage. Pour cette fois, le processus s’arrête ici, mais garde un œil sur nos prochaines offres.',
      },
      // r4 part|partons|parti|partis sur _1 quelqu'un|candidat*|profil*|personne
      {
        name: '"on part sur un autre profil": the team goes for someone else',
        kind: 'rejection',
        subject: 'Le poste de designer',
        body: 'Salut Hugo, on a fait le tour avec l’équipe et pour le poste de designer on part sur un profil plus orienté print. Merci encore !',
      },
      // o4 c' est oui _3 alternance|cdd|cdi|contrat|emploi|job|poste|stage
      {
        name: 'a short offer: "c\'est oui"',
        kind: 'offer',
        subject: 'Ton essai au restaurant',
        body: 'Bonjour Nina, c’est oui pour le poste de commis, on t’attend lundi matin.',
      },
      // ... for a job: a friend's "c'est oui pour samedi, on te prend à la gare à 9h" is no offer
      {
        name: 'a friend says yes to a weekend and picks the reader up at the station',
        kind: 'other',
        subject: 'Samedi',
        body: 'Salut Léa, c’est oui pour samedi ! On te prend à la gare à 9h, prends un pull. Bises, Max',
      },
      // o4 on|nous te|vous prend|prenons _4 cdd|cdi|comme|equipe|partir|poste|stage
      {
        name: '"nous vous prenons comme" apprenti: the employer takes the reader on',
        kind: 'offer',
        subject: 'Apprentissage en boulangerie',
        body: 'Bonjour Théo, après votre semaine chez nous, nous vous prenons comme apprenti boulanger à la rentrée.',
      },
      // o4 annexe|ci-joint|jointe|joint _4 contrat
      {
        name: 'the contract sent "ci-joint" for a new hire',
        kind: 'offer',
        subject: 'Votre arrivée chez nous',
        body: 'Bonjour Sophie, comme convenu au téléphone, vous trouverez ci-joint votre contrat de chargée d’accueil. Nous avons hâte de travailler avec vous.',
      },
      // o3 renvoyer|retourner _3 signe|signee|signes
      {
        name: 'a contract "à nous retourner signé"',
        kind: 'offer',
        subject: 'Votre CDI',
        body: 'Bonjour Karim, voici votre contrat de travail pour le poste de préparateur de commandes, à nous retourner signé avant vendredi.',
      },
      // o4 offrir|offrons|proposer|proposons _3 #d _2 brut|bruts|eur|euros|fixe|k|keur
      {
        name: 'a revised offer: a salary figure "proposer 45 k€ fixe"',
        kind: 'offer',
        subject: 'Re: ta demande',
        body: 'Salut Inès, bonne nouvelle, on peut te proposer 45 k€ fixe au lieu de 42, le reste ne bouge pas. Tu me dis ?',
      },
      // i4 t'|vous attend|attendons|attendrons _4 #d|demain|jeudi|le|lundi|…
      {
        name: 'an invitation as a place and time: "nous vous attendons le 3 juin"',
        kind: 'interview',
        subject: 'Votre candidature de magasinier',
        body: 'Monsieur, nous vous attendons le 3 juin à 9h30 à notre dépôt de Tourcoing pour échanger sur le poste de magasinier.',
      },
      // i3 heure belge|suisse
      {
        name: 'a call whose time is given in "heure belge"',
        kind: 'interview',
        subject: 'Échange téléphonique',
        body: 'Bonjour Luc, merci pour votre candidature au poste de comptable. Un échange téléphonique serait possible mardi à 11h, heure belge.',
      },
      // x3 lire _2 en ligne / x3 temoignage|temoignages
      {
        name: 'a careers newsletter about interviews stays other',
        kind: 'other',
        subject: 'Cap Emploi Hebdo – réussir son entretien d’embauche',
        body: 'Au sommaire : les questions les plus fréquentes en entretien d’embauche, comment parler de son salaire, et le témoignage de Marion, recrutée après six mois de recherche. Lire la lettre en ligne.',
      },
    ],
  },
  {
    title: 'Spanish',
    cases: [
      // $t … (Spanish job titles) j0.5b $t / j0.5s $t, with r5s no seleccionad*
      {
        name: 'a rejection said in the subject only, with a job title as context',
        kind: 'rejection',
        subject: 'Proceso Ejecutiva Comercial: no seleccionada',
        body: 'Estimada Paula, gracias por tu tiempo y por el interés en la compañía. Saludos cordiales.',
      },
      // r4 no _2 avanza|continua|pasa|sigue _3 etapa|fase|proceso|siguiente
      {
        name: '"usted no pasa a la siguiente fase" (formal third person)',
        kind: 'rejection',
        subject: 'Convocatoria auxiliar administrativo',
        body: 'Señor Ramírez, una vez revisadas las pruebas, usted no pasa a la siguiente fase de la convocatoria de auxiliar administrativo.',
      },
      // r5 recae|recaido|recayo en|sobre
      {
        name: '"la elección recayó en" another person',
        kind: 'rejection',
        subject: 'Plaza de profesora de inglés',
        body: 'Estimada Carla, gracias por presentarte a la plaza de profesora de inglés. La elección final recayó en una docente con más años en bachillerato.',
      },
      // o5 encantaria|gustaria|queremos|quisieramos _2 contratarla|…|sumarte|tenerte
      {
        name: 'an informal offer: "nos encantaría sumarte al equipo"',
        kind: 'offer',
        subject: 'Buenas noticias',
        body: 'Hola Nico, después de las charlas con el equipo nos encantaría sumarte como desarrollador backend. Te mando los detalles hoy.',
      },
      // o4 arrancarias|comenzarias|empezarias|incorporarias|ingresarias _6 como|contrato|equipo|puesto|turno
      {
        name: 'an offer as a start date: "empezarías el lunes 15"',
        kind: 'offer',
        subject: 'Puesto de repartidor',
        body: 'Hola Iker, ya lo hablamos con el encargado: empezarías el lunes 15 como repartidor, puesto de turno de mañana.',
      },
      // ... as what or in which post: a cooking course starting on Monday is no offer
      {
        name: 'a friend asks whether the reader starts the cooking course on Monday',
        kind: 'other',
        subject: 'Curso',
        body: 'Hola Iker, ¿empezarías el lunes con el curso de cocina? Te esperamos a las 10:00. Un abrazo, Marta',
      },
      // i4 citacion|citada|citado|citamos
      {
        name: 'a summons: "Citación" and "queda citado"',
        kind: 'interview',
        subject: 'Citación proceso vigilante',
        body: 'Señor Ortega, queda citado para el puesto de vigilante de seguridad el martes 19 a las 9:00 en nuestra sede de Getafe.',
      },
    ],
  },
  {
    title: 'Portuguese',
    cases: [
      // $t … (Portuguese job titles) j0.5b $t / j0.5s $t
      {
        name: 'a Portuguese job title is the only job word of a rejection',
        kind: 'rejection',
        subject: 'Assistente administrativa',
        body: 'Olá Joana, obrigada pelo seu tempo. Infelizmente decidimos avançar com outra pessoa desta vez.',
      },
      // r5 nao _2 foi|foste|sera|seras|sido _1 …|seleccionad*|selecionad*
      {
        name: 'the spelling of Angola and older Portugal: "não foi seleccionado"',
        kind: 'rejection',
        subject: 'Concurso para motorista',
        body: 'Caro Domingos, informamos que o seu perfil não foi seleccionado para a vaga de motorista de pesados.',
      },
      // r5 fechamos|fechei|fechou|ficamos|… com _1 outra|outro|um|uma _1 candidata|…|pessoa
      {
        name: '"fechamos com outra pessoa"',
        kind: 'rejection',
        subject: 'Vaga de vendedor',
        body: 'Oi Caio, passando para avisar que fechamos com outra pessoa para a vaga de vendedor externo. Valeu pela conversa!',
      },
      // o3 temos o gosto|prazer _3 comunicar|informar|oferecer|propor
      {
        name: '"temos o gosto de informar" that the reader was chosen',
        kind: 'offer',
        subject: 'Processo de recrutamento – rececionista',
        body: 'Cara Inês, temos o gosto de informar que foi a candidata escolhida para rececionista do hotel. Contamos consigo a partir de junho.',
      },
      // o5 te-la|te-lo|ter-te _3 connosco|conosco|equipa|equipe
      {
        name: 'the spelling of Portugal: "queremos ter-te connosco"',
        kind: 'offer',
        subject: 'Boas notícias',
        body: 'Olá Rita, queremos mesmo ter-te connosco como programadora júnior, começando em julho.',
      },
      // o5k lhe|te|voce ter como|connosco|conosco
      {
        name: 'the spelling of Portugal: "gostávamos de te ter connosco"',
        kind: 'offer',
        subject: 'Boas notícias',
        body: 'Olá Rita, depois das conversas com a equipa gostávamos muito de te ter connosco no estúdio.',
      },
      // o5k queremos|quero _3 te|voce _2 connosco|conosco|equipa|equipe|time
      {
        name: 'the spelling of Portugal: "queremos que te juntes connosco"',
        kind: 'offer',
        subject: 'Boas notícias',
        body: 'Olá Rita, obrigado pela conversa de ontem. Queremos muito que te juntes connosco como programadora júnior.',
      },
      // i4k qual|quais|que _1 dia|dias|horario|horarios _6 convem|…|jeito|…
      {
        name: '"que dias lhe dão jeito" for a meeting',
        kind: 'interview',
        subject: 'Candidatura a enfermeiro',
        body: 'Bom dia Henrique, obrigado pela sua candidatura à vaga de enfermeiro. Gostávamos de conversar consigo: que dias lhe dão mais jeito na próxima semana?',
      },
      // r4 candidatura|participacao _10 encerrada|finalizada
      {
        name: '"a sua candidatura … foi encerrada"',
        kind: 'rejection',
        subject: 'Atualização da vaga',
        body: 'Olá Bruno, a sua candidatura para operador de loja foi encerrada. Obrigado pelo interesse.',
      },
      // r4 encerrada|encerrado|finalizada|finalizado nesta|na etapa|fase
      {
        name: 'a process "finalizado nesta etapa"',
        kind: 'rejection',
        subject: 'Vaga de analista',
        body: 'Oi Mariana, o seu processo para analista de dados foi finalizado nesta etapa. Boa sorte!',
      },
      // r5 recai|recaido|recaiu em|sobre
      {
        name: '"a escolha recaiu sobre" another candidate',
        kind: 'rejection',
        subject: 'Recrutamento – técnico de laboratório',
        body: 'Caro Nuno, agradecemos a sua candidatura. A escolha recaiu sobre um candidato com mais prática em microbiologia.',
      },
      // r4 cargo|posicao|processo|vaga _5 cancelad*
      {
        name: 'a vacancy cancelled by the client',
        kind: 'rejection',
        subject: 'Vaga de coordenadora',
        body: 'Oi Beatriz, o cliente nos avisou que a vaga de coordenadora foi cancelada. Sinto muito, sigo buscando outras oportunidades para você.',
      },
      // r3 deixa|deixou de existir
      {
        name: 'a position that "deixou de existir"',
        kind: 'rejection',
        subject: 'Posição de gerente',
        body: 'Olá Vítor, a posição de gerente de loja deixou de existir com a reestruturação. Infelizmente o processo termina aqui.',
      },
      // o5 propomos|propor|propor-lhe|propor-te _3 ingresso|integracao
      {
        name: '"propor-lhe a integração" in the team as an offer',
        kind: 'offer',
        subject: 'Recrutamento – eletricista',
        body: 'Caro Sérgio, depois da prova prática, queremos propor-lhe a integração na empresa como eletricista, com início em julho.',
      },
      // o5 foi|foste admitida|admitido _3 cargo|como|funcao|para|vaga
      {
        name: '"foi admitido para a função"',
        kind: 'offer',
        subject: 'Comunicação de resultado',
        body: 'Prezado Afonso, comunicamos que foi admitido para a função de técnico de frio. Deve apresentar-se no dia 2 de junho.',
      },
      // o5 venha|venhas trabalhar connosco|conosco
      {
        name: '"que venhas trabalhar connosco"',
        kind: 'offer',
        subject: 'A nossa decisão',
        body: 'Olá Leonor, falámos todos e gostávamos muito que venhas trabalhar connosco no estúdio. Diz-me o que achas.',
      },
      // i3 proximo passo e|sera|seria
      {
        name: '"o próximo passo seria uma conversa"',
        kind: 'interview',
        subject: 'Candidatura a consultora',
        body: 'Olá Marta, obrigado pela sua candidatura. O próximo passo seria uma conversa com a nossa diretora, no escritório de Lisboa, durante a tarde de terça-feira.',
      },
      // x4 admissao|candidatura|inscricao|matricula _3 mestrado (was x4 mestrado): a thesis is no admission
      {
        name: "an invitation mentioning the reader's master's thesis stays an invitation",
        kind: 'interview',
        subject: 'Candidatura a consultora',
        body: 'Olá Marta, gostámos muito da tese de mestrado sobre portos. O próximo passo seria uma conversa connosco no escritório; que dias lhe dão jeito?',
      },
      // x4 admissao|candidatura|inscricao|matricula _3 mestrado
      {
        name: "an application to a master's programme, with an orientation interview, stays other",
        kind: 'other',
        subject: 'Resultado da candidatura',
        body: 'Cara Sofia, a comissão analisou a sua candidatura ao mestrado em Engenharia do Ambiente. Foi admitida e convidamos para uma entrevista de orientação no dia 3 às 10h.',
      },
      // i5 dinamica|dinamicas de grupo
      {
        name: 'a group exercise day: "dinâmica de grupo"',
        kind: 'interview',
        subject: 'Processo seletivo loja',
        body: 'Oi Gabriel, sua dinâmica de grupo para operador de loja é na quinta às 14h, na unidade do centro.',
      },
      // i4 passaste|passou _2 etapa|fase|triagem
      {
        name: '"passou na triagem" with the next meeting',
        kind: 'interview',
        subject: 'Vaga de recepcionista',
        body: 'Oi Ana, você passou na triagem para recepcionista! Podemos conversar sexta às 10h por vídeo?',
      },
    ],
  },
  {
    title: 'Dutch',
    cases: [
      // r5 onvoldoende _2 aansluiting|match
      {
        name: '"onvoldoende aansluiting" between profile and post',
        kind: 'rejection',
        subject: 'Je sollicitatie',
        body: 'Beste Joost, dank voor je sollicitatie als planner. We zien onvoldoende aansluiting met de eisen van de functie.',
      },
      // r4 sluit|sluiten _3 niet _2 aan
      {
        name: '"je ervaring sluit niet goed aan"',
        kind: 'rejection',
        subject: 'Vacature magazijnmedewerker',
        body: 'Hoi Anouk, bedankt voor je reactie op de vacature. Je ervaring sluit niet goed aan bij wat we zoeken in het magazijn.',
      },
      // r4 wordt|werd hem|m _1 niet
      {
        name: 'the idiom "het wordt \'m niet"',
        kind: 'rejection',
        subject: 'Sollicitatie stage',
        body: 'Hoi Tess, het wordt hem niet voor de stageplek bij ons, er waren veel sterke kandidaten. Succes!',
      },
      // r5k gekozen|kies|kiest|kiezen|koos|kozen _2 voor _2 ander|andere|iemand
      {
        name: '"koos voor iemand" (simple past, someone)',
        kind: 'rejection',
        subject: 'Je sollicitatie als barista',
        body: 'Hoi Mats, het team koos voor iemand met meer ervaring achter de koffiemachine. Dank voor je sollicitatie!',
      },
      // i5 …|video-interview|videointerview
      {
        name: 'a recorded "video-interview" to take',
        kind: 'interview',
        subject: 'Je sollicitatie',
        body: 'Hoi Sara, neem vóór vrijdag het video-interview op via de link in deze mail. Het duurt ongeveer twintig minuten.',
      },
      // r5 vacature _4 geschrapt|ingetrokken|vervallen
      {
        name: 'a withdrawn vacancy: "de vacature wordt ingetrokken"',
        kind: 'rejection',
        subject: 'Vacature adviseur',
        body: 'Beste Pim, de vacature wordt ingetrokken na een besluit van de directie. Dank voor je interesse in de functie en veel succes.',
      },
      // i-2 al _3 gesprek|gesprekken _1 gehad|had|hadden
      {
        name: 'an interview the reader "al had" looks back, it invites to nothing',
        kind: 'rejection',
        subject: 'Vacature adviseur',
        body: 'Beste Pim, de procedure is stopgezet na een besluit van de directie. Dat geldt ook voor kandidaten die al een tweede gesprek hadden.',
      },
      // o5 geselecteerd _1 voor de|deze _1 baan|functie|job|vacature
      {
        name: '"u bent geselecteerd voor de functie" after a trial day',
        kind: 'offer',
        subject: 'Resultaat selectie',
        body: 'Beste mevrouw Claes, u bent geselecteerd voor de functie van kassamedewerker na de proefdag van vorige week. Wanneer kunt u starten?',
      },
      // i4 langs _1 komen|kom|komt
      {
        name: 'an invitation to "langs te komen" for a chat',
        kind: 'interview',
        subject: 'Je reactie op de vacature',
        body: 'Hoi Bram, leuk dat je wil solliciteren! Heb je zin om deze week eens langs te komen voor een kop koffie?',
      },
      // i4 langskomen|langskomt
      {
        name: 'an invitation written as one word, "langskomen"',
        kind: 'interview',
        subject: 'Sollicitatie kok',
        body: 'Dag Ruben, bedankt voor je sollicitatie als kok. Wil je deze week eens langskomen in de keuken? Dan praten we over de job.',
      },
      // i4 wat denk|dacht _2 van _3 #d|dinsdag|…
      {
        name: 'a time proposed as "wat denk je van woensdag"',
        kind: 'interview',
        subject: 'Je sollicitatie',
        body: 'Hoi Eva, dank voor je sollicitatie. Wat denk je van woensdag? Dan praten we verder over de vacature.',
      },
      // i3 als volgende stap
      {
        name: '"als volgende stap" a call',
        kind: 'interview',
        subject: 'Je sollicitatie',
        body: 'Beste Lotte, als volgende stap willen we je graag spreken over de vacature, dinsdag om 11 uur telefonisch.',
      },
      // x4k brugklas|schoolkeuze|voorkeurschool
      {
        name: 'a child\'s place in the "brugklas" with a welcome afternoon stays other',
        kind: 'other',
        subject: 'Plaatsing',
        body: 'Beste ouders, uw kind is geplaatst in de brugklas van de school van eerste voorkeur. U ontvangt een uitnodiging voor de kennismakingsmiddag.',
      },
      // x4k ouder|ouders verzorger|verzorgers
      {
        name: 'a letter to the "ouder/verzorger" with a welcome afternoon stays other',
        kind: 'other',
        subject: 'Plaatsing',
        body: 'Beste ouder/verzorger, uw kind is geplaatst op de school van eerste voorkeur. U ontvangt een uitnodiging voor de kennismakingsmiddag.',
      },
    ],
  },
];
