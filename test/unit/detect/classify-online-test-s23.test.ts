/**
 * An online test is a step of an application, not an interview. Spanish, Portuguese and French name it
 * with an adjective between the test and "online" ("prueba técnica online", "teste técnico online",
 * "test technique en ligne"), and give hours or days to complete it: both count against a job kind, as
 * "online assessment" does in English. (An inline test, not a case module: the regression is not retrained on it.)
 */
import { describe, expect, it } from 'vitest';
import { analyse, classifyByRules } from '../../../src/core/detect/classify';
import type { EmailInput } from '../../../src/core/detect/types';

const EMAILS: [language: string, phrase: string, email: EmailInput][] = [
  [
    'es',
    'prueba técnica online',
    {
      subject: 'Siguiente paso: prueba técnica',
      from: 'Selección Norvento <no-reply@norvento-empleo.example>',
      to: 'Lucía Prieto <lucia.prieto@mail.example>',
      body: 'Hola Lucía:\n\nGracias por presentarte a la oferta de analista de sistemas. Te enviamos el enlace a la prueba técnica online: son 60 minutos de ejercicios de lógica y SQL.\n\nDispones de 5 días para completarla desde que recibas este mensaje.\n\nEquipo de Selección',
    },
  ],
  [
    'pt',
    'teste técnico online',
    {
      subject: 'Teste técnico - Desenvolvedor Java',
      from: 'Recrutamento Aurora <vagas@aurora-tec.example>',
      to: 'Bruno Teixeira <bruno.teixeira@mail.example>',
      body: 'Olá Bruno,\n\nObrigado pela candidatura à vaga de Desenvolvedor Java. A próxima etapa é um teste técnico online com duração de duas horas.\n\nVocê tem 3 dias para concluir o teste a partir do envio do link.\n\nEquipe de Recrutamento',
    },
  ],
  [
    'fr',
    'test technique en ligne',
    {
      subject: 'Votre candidature - test technique',
      from: 'Recrutement Lumivia <recrutement@lumivia.example>',
      to: 'Camille Roux <camille.roux@mail.example>',
      body: "Bonjour Camille,\n\nMerci pour votre candidature au poste de développeuse front-end. L'étape suivante est un test technique en ligne d'une heure.\n\nVous avez 48 heures pour le compléter.\n\nL'équipe Recrutement",
    },
  ],
];

describe('an online test in Spanish, Portuguese or French', () => {
  it.each(EMAILS)('(%s) "%s" counts against a job kind', (language, phrase, email) => {
    const a = analyse(email);
    expect(a.language).toBe(language);
    expect(a.evidence.some((e) => e.channel === 'x' && e.text.toLowerCase() === phrase)).toBe(true);
  });

  // The rules' own call: the Portuguese one is close enough to the threshold that the second opinion
  // is asked, and it reads "próxima etapa" as an interview's words.
  it.each(EMAILS)('(%s) the rules call an invitation to one no interview', (_language, _phrase, email) => {
    expect(classifyByRules(email).kind).toBe('other');
  });
});
