/**
 * Rules, round s34 (found on round 17, read blind first):
 * - German: a small firm "muss Ihnen absagen" an unsolicited application ("Initiativbewerbung", job context of its
 *   own); a headhunter's client fills the post "mit einem internen Mitarbeiter"; a team lead "hätte dich gern im Team"
 *   after the contract went out. An interviewer's apology for "die späte Absage" of a meeting he moves is no
 *   rejection.
 * - French: a chef's "La place est toujours pour toi" follows up his offer.
 * - Spanish: a boss who asks "¿Lo puedes entrevistar tú el jueves?" makes the reader the interviewer.
 * - English: a candidate's own "I will attend for interview" is the reader's sent mail.
 */
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../src/core/detect';
import { expectDecided } from './kind-cases';

const mail = (subject: string, body: string, from: string, to = 'Lena Roth <lena.roth@mail.example>') => ({
  from,
  to,
  subject,
  date: '2026-03-10T09:30:00+01:00',
  body,
});

describe('German', () => {
  it('a small firm that "muss Ihnen absagen" an unsolicited application rejects it', () => {
    expectDecided(
      mail(
        'Re: Initiativbewerbung Elektrokonstruktion',
        'Hallo Frau Roth,\n\nvielen Dank für Ihre Unterlagen. Wir sind ein kleiner Familienbetrieb und haben im Moment in der Elektrokonstruktion leider keinen Bedarf, deshalb muss ich Ihnen absagen.\n\nGrüße\nUwe Kramer\nKramer Schaltanlagen GmbH',
        'Uwe Kramer <u.kramer@kramer-schaltanlagen.example>',
      ),
      'rejection',
      'absagen',
    );
  });

  it('a client that fills the post "mit einem internen Mitarbeiter" rejects', () => {
    expectDecided(
      mail(
        'Rückmeldung Brandis Verpackungstechnik',
        'Liebe Frau Roth,\n\nBrandis Verpackungstechnik hat sich entschieden, die Teamleitung Instandhaltung mit einem langjährigen internen Mitarbeiter zu besetzen.\n\nIch melde mich, sobald ich ein passendes Mandat habe.\n\nHerzliche Grüße\nTobias Wendt\nWendt Personalberatung',
        'Tobias Wendt <t.wendt@wendt-personal.example>',
      ),
      'rejection',
      'internen Mitarbeiter zu besetzen',
    );
  });

  it('"wir hätten dich wirklich gern im Team" after the contract went out offers', () => {
    expectDecided(
      mail(
        'kurz noch',
        'Servus Lena,\n\ndie Personalabteilung hat mir gesagt, dass dein Vertrag heute rausgegangen ist. Ich wollte dir nur noch persönlich sagen: wir hätten dich wirklich gern im Team!\n\nRuf mich an, wenn du Fragen zum Gehalt hast.\n\nServus\nMarkus',
        'Markus Huber <m.huber@alpenfoerdertechnik.example>',
      ),
      'offer',
      'gern im Team',
    );
  });

  it('an apology for "die späte Absage" of a moved interview is no rejection', () => {
    const result = classifyEmail(
      mail(
        'Verschiebung unseres Gesprächs',
        'Guten Morgen Frau Roth,\n\nleider kann ich unser heutiges Gespräch wegen eines Kundentermins nicht wahrnehmen.\n\nWäre für Sie stattdessen Donnerstag, der 12. März, um 10:00 Uhr (MEZ) möglich? Es bleibt beim Teams-Format.\n\nNochmals Entschuldigung für die späte Absage und viele Grüße\nJan Berger',
        'Jan Berger <jan.berger@nordlicht-consulting.example>',
      ),
    );
    expect(result.kind).toBe('interview');
  });
});

describe('French, Spanish and English', () => {
  it('fr: "La place est toujours pour toi" follows up an offer', () => {
    expectDecided(
      mail(
        'Re: essai',
        "Alors ? La place est toujours pour toi, je peux même monter un peu le salaire. Mais il me faut ta réponse ce soir.\n\nJulien – Le Comptoir d'Ainay",
        'Julien Perrin <julien.comptoir@gmail.example>',
      ),
      'offer',
      'La place est toujours pour toi',
    );
  });

  it('es: "¿Lo puedes entrevistar tú el jueves?" makes the reader the interviewer', () => {
    const result = classifyEmail(
      mail(
        'Candidato auxiliar administrativo – jueves',
        'Lena, buen día.\n\nTe paso el CV de Jorge Salinas, candidato para la vacante de auxiliar administrativo. ¿Lo puedes entrevistar tú el jueves a las 17:00 en la sala de juntas? Yo estoy con un cliente todo el día.\n\nGracias,\nC.P. Ramón Ibarra\nSocio Director',
        'Ramón Ibarra <ribarra@despachoibarra.example>',
      ),
    );
    expect(result.kind).toBe('other');
    expect(result.evidence).toContain('Lo puedes entrevistar');
  });

  it('en: a candidate\'s own "I will attend for interview" is other', () => {
    const result = classifyEmail(
      mail(
        'RE: Invitation to Interview - Ref QW26ST01 - Staff Nurse',
        'Dear Orla,\n\nThank you for your email. I am happy to confirm I will attend for interview on Tuesday 17 March at 10:15 via MS Teams.\n\nKind regards,\nLena Roth',
        'Lena Roth <lena.roth@gmail.example>',
        'Orla Byrne <orla.byrne@recruit.hospital.example>',
      ),
    );
    expect(result.kind).toBe('other');
    expect(result.evidence).toContain('I will attend for interview');
  });
});

describe('round 18 (read blind at 650f698)', () => {
  it('fr: a booking tool\'s "Échange téléphonique" with a trainer\'s post is a phone screen', () => {
    expectDecided(
      mail(
        'Confirmé : Échange téléphonique – Centre Alizé Langues – mar. 19 mai 2026 10:00',
        "Votre rendez-vous est confirmé.\n\nQuoi : Échange téléphonique – Formatrice d'espagnol (Nîmes)\nAvec : Centre Alizé Langues\nQuand : mardi 19 mai 2026, 10:00 – 10:20 (Europe/Paris)\n\nEnvoyé par AgendaPro pour le compte de Centre Alizé Langues.",
        'AgendaPro <agenda@agendapro.example>',
      ),
      'interview',
      'Échange téléphonique',
    );
  });

  it('nl: a client that chooses "een interne kandidaat" rejects', () => {
    expectDecided(
      mail(
        'Terugkoppeling Vermeulen',
        'Hoi Lena,\n\nVermeulen heeft laten weten dat ze voor de planningsfunctie toch een interne kandidaat kiezen. Ik hou je cv bij de hand.\n\nGroetjes,\nIris\nFlexwerk Uitzendbureau',
        'Iris de Boer <iris@flexwerk.example>',
      ),
      'rejection',
      'interne kandidaat kiezen',
    );
  });

  it('nl: an agency that asks to present "je cv" reaches out, salary or not', () => {
    const result = classifyEmail(
      mail(
        'Mag ik je cv voorstellen?',
        'Hoi Lena,\n\nIk zag je profiel en denk dat je goed past bij een opdrachtgever van ons in Houten die een planner zoekt. Salaris rond de €3.400.\n\nVind je het goed als ik je cv anoniem voorstel? Dan hoor je van mij zodra ze willen kennismaken.\n\nGroetjes,\nIris\nFlexwerk Uitzendbureau',
        'Iris de Boer <iris@flexwerk.example>',
      ),
    );
    expect(result.kind).toBe('other');
    expect(result.evidence).toContain('cv voorstellen');
  });

  it('pt: a post filled "com um vendedor interno" rejects', () => {
    expectDecided(
      mail(
        'Retorno Agrovale',
        'Oi Lena!\n\nA Agrovale decidiu preencher a vaga de Representante Comercial com um vendedor interno que já conhecia a região. O processo externo foi encerrado.\n\nBeijo,\nCarla\nSemente Talentos',
        'Carla Rocha <carla@sementetalentos.example>',
      ),
      'rejection',
      'vendedor interno',
    );
  });

  it('en: a features writer\'s "interview request" for a magazine piece is other', () => {
    const result = classifyEmail(
      mail(
        'Interview request - Makers Monthly feature',
        "Hi Lena,\n\nI'm a features writer at Makers Monthly and I'm putting together a piece on workshops that bootstrapped instead of raising. Yours came up as a great example.\n\nWould you be up for a 30-minute interview by phone next week? I'd mainly like to ask about the early days and how you priced your first orders.\n\nMany thanks,\nTom Hale\nFeatures Writer, Makers Monthly\n07700 900412",
        'Tom Hale <tom@makersmonthly.example>',
      ),
    );
    expect(result.kind).toBe('other');
  });
});

describe('Portuguese: not the reader’s candidacy', () => {
  it('a research grant "não foi financiada" is no job rejection', () => {
    const result = classifyEmail(
      mail(
        'Concurso de Projetos 2026 – Resultado da avaliação',
        'Exma. Senhora Investigadora Responsável,\n\nLamentamos comunicar que, apesar da classificação obtida, a candidatura não foi financiada, por se situar abaixo da linha de corte.\n\nCom os melhores cumprimentos,\nDepartamento de Programas',
        'Fundação para a Ciência Aplicada <concursos@fca.example>',
      ),
    );
    expect(result.kind).toBe('other');
    expect(result.evidence).toContain('não foi financiada');
  });

  it('a cousin who "não passei" tells of his own rejection', () => {
    const result = classifyEmail(
      mail(
        'não rolou',
        'oi prima\n\nlembra daquela entrevista no banco? recebi o email hoje, não passei. escolheram alguém com mais experiência. bola pra frente\n\nbj\nTiago',
        'Tiago Lima <tiagolima.rj@gmail.example>',
        'Lena Lima <lena.lima@gmail.example>',
      ),
    );
    expect(result.kind).toBe('other');
    expect(result.evidence).toContain('não passei');
  });
});
