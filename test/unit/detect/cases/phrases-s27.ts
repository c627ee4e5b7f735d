/**
 * Phrases the rules lacked, found in new writers' mail (session 27): a German employer "could fill"
 * the post ("die Stelle konnten wir besetzen"), which declines even when the template goes on to
 * suggest a job alert. An admissions interview for a degree is no job interview. A post "filled internally" declines even under a reply's subject that
 * confirms an interview. "Digest it" is a verb, not a newsletter digest. A Swiss or German job
 * centre's counselling appointment ("Beratungsgespräch", "Arbeitsbemühungen") is no interview, and a
 * newsroom ("redactie") is a Dutch employer too, not only a journalist asking questions. Spanish
 * "no puedo seguir adelante con tu contratación" takes a job back, and "¿te va bien el jueves…?"
 * asks for an interview time as "¿te viene bien…?" does. Offers said without the word: Argentine "si
 * querés el laburo es tuyo", an agency's "te quiere para … como …", Portuguese "queremos-te cá como …",
 * and "foi selecionada para o lugar de …". English texted from a phone: "we'd love to have u start
 * monday", "can u hop on a call tmrw at 11?", "its yours if u want it". Emails
 * written for this test, none taken from a corpus.
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
    ],
  },
];
