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
import type { EmailInput, EmailKind } from '../../../src/core/detect/types';

const mail = (subject: string, body: string, from: string, to = 'Lena Roth <lena.roth@mail.example>') => ({
  from,
  to,
  subject,
  date: '2026-03-10T09:30:00+01:00',
  body,
});

/** The kind, decided by the rules with `phrase` among the evidence (not left to the second opinion's guess). */
function expectDecided(email: EmailInput, kind: EmailKind, phrase: string): void {
  const result = classifyEmail(email);
  expect(result.kind).toBe(kind);
  expect(result.evidence).toContain(phrase);
}

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
