/**
 * Phrases the rules lacked, found in new writers' mail (session 27), and hard negatives the model
 * needed more of:
 * - German: an employer "could fill" the post ("die Stelle konnten wir besetzen"), which declines
 *   even when the template goes on to suggest a job alert; a job centre's counselling appointment
 *   ("Beratungsgespräch", "Arbeitsbemühungen") is no interview.
 * - Dutch: a newsroom ("redactie") is an employer too, not only a journalist asking questions; "je
 *   mag vast beginnen met …" (and German "du kannst schon mal anfangen …") about a chore is no offer.
 * - English: a manager or colleague asking the reader to help run interviews asks for help, not to
 *   interview; an admissions interview for a degree is no job interview; a post "filled
 *   internally" declines even under a reply's subject that confirms an interview; "digest it" is a
 *   verb, not a newsletter digest; texted from a phone: "we'd love to have u start", "can u hop on a
 *   call tmrw at 11?", "its yours if u want it".
 * - Spanish: "no puedo seguir adelante con tu contratación" takes a job back; "¿te va bien el
 *   jueves…?" asks for an interview time as "¿te viene bien…?" does; offers without the word:
 *   Argentine "si querés el laburo es tuyo", an agency's "te quiere para … como …", "a partir del …
 *   hará parte de nuestro equipo"; "otorgar la plaza … a otro de los concursantes" declines.
 * - Portuguese: "queremos-te cá como …", "foi selecionada para o lugar de …", "reúne condições para
 *   ser admitido" offer; "a contratação … não vai mais acontecer" takes the hire back.
 * - French: "l'embauche … tombe à l'eau" takes the hire back.
 * Emails written for this test, none taken from a corpus.
 */
import type { CaseGroup } from './kind-case';

export const SENDER = 'Karriere Nordlicht Drogerie <noreply@jobs.nordlicht-drogerie.example>';
export const DATE = '2026-04-14T09:10:00+02:00';

export const GROUPS: CaseGroup[] = [
  {
    title: 'job phrases the rules lacked',
    cases: [
      {
        name: '"die Stelle konnten wir besetzen" declines, even above a job-alert hint',
        kind: 'rejection',
        subject: 'Ihre Bewerbung als Verkäuferin (Teilzeit)',
        body: `Guten Tag Frau Yilmaz,

vielen Dank für Ihre Bewerbung. Die ausgeschriebene Stelle konnten wir mittlerweile besetzen.

Tipp: Mit einem Job-Alert erfahren Sie als Erste von neuen Angeboten in Ihrer Nähe.

Ihr Recruiting-Team der Nordlicht Drogerie`,
      },
      {
        name: '"digest it" is a verb: an agency points to the client\'s offer below',
        kind: 'offer',
        subject: 'FW: Offer - Site Engineer',
        from: 'Maya Collins <maya.collins@keystone-talent.example>',
        body: `Hi Tom,

Great news, see the offer below from Harrow Civils. Take the evening to digest it and call me tomorrow.

Maya

From: Priya Shah <priya.shah@harrowcivils.example>
Sent: 9 March 2026 16:20
To: Maya Collins <maya.collins@keystone-talent.example>
Subject: Offer - Site Engineer

Hi Maya, we would like to offer Tom the Site Engineer role at 41,000 per year, starting on 6 April.`,
      },
      {
        name: 'a job centre counselling appointment is no interview, even when it names job interviews',
        kind: 'other',
        subject: 'Einladung zum Beratungsgespräch',
        from: 'RAV Olten <rav.olten@arbeit-so.example>',
        body: `Guten Tag Herr Keller

Wir laden Sie zum nächsten Beratungsgespräch am Donnerstag, 12. März 2026, um 09.30 Uhr ein.

Bitte bringen Sie Ihre Arbeitsbemühungen des Vormonats mit. Falls Sie an diesem Tag ein Vorstellungsgespräch haben, melden Sie sich bitte vorher telefonisch.

Freundliche Grüsse
RAV Olten`,
      },
      {
        name: 'a Dutch newsroom withdrawing its offer is a rejection, not a journalist',
        kind: 'rejection',
        subject: 'Over de functie van eindredacteur',
        from: 'Ruud Smits <ruud.smits@dagblad-oost.example>',
        body: `Hoi Fenna,

Helaas moet ik mijn aanbod intrekken: de hoofdredactie heeft vanochtend een vacaturestop afgekondigd voor de hele redactie. Het spijt me echt.

Groet,
Ruud`,
      },
      {
        name: 'an invitation to an admissions interview for a degree is no job interview',
        kind: 'other',
        subject: 'Your admissions interview',
        from: 'Postgraduate Admissions <pg-admissions@ashford-uni.example>',
        body: `Dear Kemal,

Thank you for applying to our Data Science programme. The selection panel has read your application and would like to invite you to an admissions interview. It lasts about twenty minutes on Teams with two lecturers, who will ask about your project and your motivation.

Proposed time: Monday 9 March, 14:00 UK time. If it does not suit, reply with two alternatives.

An interview does not by itself guarantee an offer of a place.

Kind regards,
Dr Ruth Mensah
Admissions Tutor`,
      },
      {
        name: 'a manager asking the reader to help run group interviews is no invitation',
        kind: 'other',
        subject: 'Open day on Sunday – a favour',
        from: 'Maria Costa <maria.costa@harbourlights.example>',
        to: 'Ben Hale <ben.hale@mail.example>',
        body: `Ben,

We're interviewing for summer waiting staff on Sunday from 10 in the back bar, in groups of four. Could you sit in with me and run the carrying-plates bit? Tell me afterwards who you'd want on a Saturday night with you.

It's paid as a normal shift.

Maria`,
      },
      {
        name: 'a colleague asking the reader to be the second interviewer is no invitation',
        kind: 'other',
        subject: 'Can you sit in on Thursday?',
        from: 'Priya Nair <priya.nair@calderlogistics.example>',
        to: 'Tom Reid <tom.reid@mail.example>',
        body: `Hi Tom,

I have two candidates for the planner vacancy on Thursday afternoon, 2pm and 3.30pm. Would you be my second interviewer? I'll send the CVs tonight; you'd only need to ask the scenario questions and score them on the sheet.

Thanks,
Priya`,
      },
      {
        name: 'Dutch "je mag vast beginnen met …" about a chore is no offer',
        kind: 'other',
        subject: 'etentje',
        from: 'Marieke <marieke.dekker@mail.example>',
        body: `Hoi! Je mag vast beginnen met de groenten snijden als je er eerder bent dan ik, de sleutel ligt onder de mat. Ik ben er rond zes.

Marieke`,
      },
      {
        name: 'German "du kannst schon mal anfangen …" about a chore is no offer',
        kind: 'other',
        subject: 'Umzug Samstag',
        from: 'Jonas <jonas.weber@mail.example>',
        body: `Hey, du kannst am Samstag schon mal mit den Kartons im Keller anfangen, ich komme gegen 11 mit dem Transporter nach.

Jonas`,
      },
      {
        name: 'Dutch "jullie mogen alvast beginnen met …" at a club is no offer',
        kind: 'other',
        subject: 'zaterdag klussen',
        from: 'Henk <henk.vos@mail.example>',
        body: `Mannen, jullie mogen zaterdag om 9 alvast beginnen met het opruimen van de kantine, ik kom later met de verf.

Henk`,
      },
      {
        name: 'Dutch "je mag morgen beginnen met …" about homework is no offer',
        kind: 'other',
        subject: 'huiswerk',
        from: 'Juf Annelies <annelies@debrug-basisschool.example>',
        body: `Beste Daan, je mag morgen beginnen met hoofdstuk 4 als je de toets af hebt. Vergeet je rekenschrift niet.

Juf Annelies`,
      },
      {
        name: 'German "ihr könnt schon mal anfangen mit …" at a party is no offer',
        kind: 'other',
        subject: 'Grillen',
        from: 'Sabine <sabine.k@mail.example>',
        body: `Ihr könnt ab 17 Uhr schon mal mit dem Grillen anfangen, ich bringe den Salat später mit.

Sabine`,
      },
    ],
  },
  {
    title: 'phrases the rules now decide alone',
    rulesAlone: true,
    cases: [
      {
        name: 'a post to be filled internally declines, under a reply subject that confirmed the interview',
        kind: 'rejection',
        subject: 'Re: Interview confirmation - Payroll Officer',
        from: 'Dev Malhotra <dev.malhotra@brightwell-foods.example>',
        body: `Hi Lena, a quick note from me before the portal updates: we are going to fill the Payroll Officer vacancy internally after all. You did really well on Tuesday.

Dev

From: Brightwell Careers <careers@brightwell-foods.example>
Sent: Monday, 2 March 2026 10:04
Subject: Interview confirmation - Payroll Officer

Your interview is confirmed for Tuesday 3 March at 14:00.`,
      },
      {
        name: 'Spanish "no puedo seguir adelante con tu contratación" takes back a promised job',
        kind: 'rejection',
        subject: 'Malas noticias',
        from: 'Pilar Navas <pilar@jardineriaelolmo.example>',
        body: `Hola Iker,

Siento mucho escribirte esto. El ayuntamiento ha cancelado el contrato de mantenimiento de los parques y, sin él, no puedo seguir adelante con tu contratación para el puesto de jardinero.

Te llamaré si sale algo nuevo.

Pilar`,
      },
      {
        name: 'Spanish "¿te va bien el jueves…?" proposes an interview time',
        kind: 'interview',
        subject: 'Lo del puesto de repartidor',
        from: 'Quique Morales <quique@mensajeriarapida.example>',
        body: `Buenas Dani,

Al final no puedo el lunes. ¿Te va bien el jueves 19 a las 9 en la nave? Te cuento cómo funcionan las rutas y hablamos del puesto de repartidor.

Quique`,
      },
      {
        name: 'Argentine "si querés el laburo es tuyo" offers the job',
        kind: 'offer',
        subject: 'lo del sábado',
        from: 'Rodrigo Paz <rodrigo.lacantina@gmail.example>',
        body: `hola juli!

el turno de prueba salió joya. si querés el laburo es tuyo: ayudante de cocina, de martes a sábado a la noche.

avisame y te paso los horarios

rodri`,
      },
      {
        name: 'Spanish "te quiere para … como …" from an agency offers the job',
        kind: 'offer',
        subject: 'Campaña de Navidad',
        from: 'Elena Ruiz <elena.ruiz@levanteett.example>',
        body: `Hola Sergio,

Te confirmo lo hablado: la empresa cliente te quiere para la campaña de Navidad como preparador de pedidos, del 1 al 31 de diciembre.

Mándame el DNI escaneado cuando puedas.

Elena
Levante ETT`,
      },
      {
        name: 'Portuguese "queremos-te cá como …" offers the job',
        kind: 'offer',
        subject: 'Então, vens?',
        from: 'Armando Lopes <armando@serralharialopes.example>',
        body: `Olá Tiago,

Eu e o meu irmão já falámos: queremos-te cá na serralharia como ajudante de serralheiro.

Diz-me até sexta se aceitas.

Armando Lopes
Serralharia Lopes`,
      },
      {
        name: 'Portuguese "foi selecionada para o lugar de …" offers the post',
        kind: 'offer',
        subject: 'Contratação de escola – horário n.º 7',
        from: 'Direção do Agrupamento <direcao@agrupamento-serra.example>',
        body: `Exma. Senhora Professora Marta Costa,

Informamos que foi selecionada para o lugar de Professora de Inglês neste Agrupamento, com 22 horas letivas semanais.

Com os melhores cumprimentos,
A Direção`,
      },
      {
        name: '"we\'d love to have u start at the till next week" offers the job',
        kind: 'offer',
        subject: 'good news',
        from: 'Priya <priya@mangoandmint.example>',
        body: `hey Leo, after saturday we'd love to have u start at the till next week, 10-4 weekdays as discussed

Priya
Mango & Mint`,
      },
      {
        name: '"can u hop on a call tmrw at 11?" asks for an interview',
        kind: 'interview',
        subject: 'the barista job',
        from: 'Tom <tom@hilltopcoffee.example>',
        body: `hi Ana, thx for ur cv for the barista job. can u hop on a call tmrw at 11? nothing formal

Tom`,
      },
      {
        name: '"its yours if u want it" offers the job',
        kind: 'offer',
        subject: 'weekend work',
        from: 'Dev <dev.k@mail.example>',
        body: `Sam said ur after weekend work. my car wash has sat n sun shifts going, 8-4. its yours if u want it

Dev`,
      },
      {
        name: 'Colombian "a partir del … hará parte de nuestro equipo" confirms the hire',
        kind: 'offer',
        subject: 'Vinculación – Auxiliar de Farmacia',
        from: 'Talento Humano <talentohumano@droguerialaesperanza.example>',
        body: `Buenas tardes, Sebastián:

Con gusto le confirmamos que a partir del 2 de febrero hará parte de nuestro equipo como Auxiliar de Farmacia en la sede de Chapinero.

Cordialmente,
Talento Humano`,
      },
      {
        name: 'Spanish "otorgar la plaza … a otro de los concursantes" declines',
        kind: 'rejection',
        subject: 'Resultado del concurso – Técnico de Laboratorio',
        from: 'Comisión de Selección <seleccion@instituto-occidente.example>',
        body: `Estimada Mtra. Ruiz:

Le informo que la Comisión resolvió otorgar la plaza de Técnico de Laboratorio del turno vespertino a otro de los concursantes.

Atentamente,
Comisión de Selección`,
      },
      {
        name: 'Portuguese "reúne condições para ser admitido" offers the post',
        kind: 'offer',
        subject: 'Procedimento concursal – Assistente Técnico',
        from: 'Recursos Humanos <rh@municipio-alvorada.example>',
        body: `Exmo. Senhor,

Encontrando-se V. Ex.ª posicionado em 1.º lugar na lista de ordenação final, informamos que reúne condições para ser admitido no posto de trabalho de Assistente Técnico.

Os Recursos Humanos`,
      },
      {
        name: 'Brazilian "a contratação … não vai mais acontecer" takes the hire back',
        kind: 'rejection',
        subject: 'Notícia chata',
        from: 'Renata Alves <renata@talentosul.example>',
        body: `Oi Diego,

O cliente cancelou a vaga de Analista de Compras hoje cedo. A contratação que a gente tinha combinado para o dia 5 não vai mais acontecer. Sinto muito.

Renata`,
      },
      {
        name: 'French "l\'embauche … tombe à l\'eau" takes the hire back',
        kind: 'rejection',
        subject: 'Le poste de technicien',
        from: 'Karim Benali <karim.benali@atlas-usinage.example>',
        body: `Bonsoir Yassine,

L'embauche au poste de technicien que je t'avais confirmée lundi tombe à l'eau, le client ne passe plus la commande.

Karim`,
      },
    ],
  },
];
