/**
 * A recruiter's first message ("I came across your profile… are you open to something new?") is
 * no invitation to interview, in any language. English had rules against it; the other five
 * languages had none, so the rules were left in doubt, or a stray phrase ("dan val ik je niet
 * verder lastig") made such mail a rejection, and the second opinion had to put it right. Now the
 * rules call it "other" without doubt, and the page needs no second opinion for it. A recruiter
 * who read the profile and does invite the reader to an interview still writes an interview.
 * Emails written for this test, none taken from a corpus.
 */
import type { CaseGroup } from './kind-case';

export const SENDER = 'Noor Visser <noor.visser@talentbrug.example>';
export const DATE = '2026-03-10T08:30:00+00:00';

export const GROUPS: CaseGroup[] = [
  {
    title: "a recruiter's first contact stays other, by the rules alone",
    rulesAlone: true,
    cases: [
      {
        name: 'Dutch: saw your profile, open to something new?',
        kind: 'other',
        subject: 'Even kennismaken?',
        body: `Hoi Sam,

Ik zag je profiel op LinkedIn en werd nieuwsgierig naar je werk bij de netbeheerder. Ik heb een paar rollen bij scale-ups die goed bij je zouden passen. Sta je open voor iets nieuws? Zo niet, dan val ik je niet verder lastig.

Groet,
Noor`,
      },
      {
        name: 'German: came across your profile, open to a change?',
        kind: 'other',
        subject: 'Kurze Frage',
        from: 'Jonas Reuter <jonas.reuter@kopfwerk-personal.example>',
        body: `Hallo Sam,

ich bin auf Ihr Profil gestoßen und finde Ihren Werdegang im Controlling spannend. Sind Sie grundsätzlich offen für eine Veränderung? Ich betreue derzeit einige Mandate im Raum Köln. Hätten Sie diese Woche Zeit für ein kurzes, unverbindliches Telefonat?

Viele Grüße
Jonas Reuter`,
      },
      {
        name: 'French: found your profile, open to new opportunities?',
        kind: 'other',
        subject: 'Votre parcours',
        from: 'Claire Morel <claire.morel@cabinet-ardoise.example>',
        body: `Bonjour Sam,

Je suis tombée sur votre profil en cherchant des ingénieurs méthodes et votre parcours m'a intéressée. Seriez-vous ouvert à de nouvelles opportunités en ce moment ? Si oui, seriez-vous disponible pour un court échange téléphonique cette semaine ?

Bien à vous,
Claire`,
      },
      {
        name: 'Spanish: saw your profile, open to proposals?',
        kind: 'other',
        subject: 'Hola Sam',
        from: 'Lucía Ferrer <lucia.ferrer@rumbotalento.example>',
        body: `Hola Sam,

Vi tu perfil en LinkedIn y me llamó la atención tu experiencia en logística. ¿Estarías abierto a nuevas propuestas? Trabajo con varias empresas en Valencia. ¿Tendrías diez minutos para una llamada esta semana?

Un saludo,
Lucía`,
      },
      {
        name: 'Portuguese: found your profile, open to opportunities?',
        kind: 'other',
        subject: 'Oportunidades',
        from: 'Rafael Dias <rafael.dias@ponte-talentos.example>',
        body: `Olá Sam,

Encontrei seu perfil no LinkedIn e achei sua trajetória em dados muito interessante. Você estaria aberto a novas oportunidades? Tenho algumas vagas com clientes em Campinas. Topa uma conversa rápida por telefone esta semana?

Abraço,
Rafael`,
      },
    ],
  },
  {
    title: 'a recruiter who read the profile and invites to an interview writes an interview',
    cases: [
      {
        name: 'Dutch: saw your profile, invited to an interview on a date',
        kind: 'interview',
        subject: 'Uitnodiging sollicitatiegesprek',
        body: `Beste Sam,

We hebben je profiel gezien en willen je graag uitnodigen voor een sollicitatiegesprek voor de functie van data-engineer bij onze klant, op dinsdag 17 maart om 10.00 uur in Utrecht.

Met vriendelijke groet,
Noor Visser`,
      },
      {
        name: 'Portuguese: saw your profile, invited to an interview on a date',
        kind: 'interview',
        subject: 'Convite para entrevista',
        from: 'Rafael Dias <rafael.dias@ponte-talentos.example>',
        body: `Olá Sam,

Vi seu perfil e gostaríamos de convidar você para uma entrevista para a vaga de analista de dados na quinta-feira, 19 de março, às 14h, por videochamada.

Abraço,
Rafael`,
      },
    ],
  },
];
