/**
 * An offer withdrawn is a rejection (the issue: "an offer rescinded"), however much the letter says
 * about the offer it withdraws: "we extended you an offer", "your offer letter", "start date" are
 * decisive offer cues of their own, and with both kinds decisive the offer's many cues won. A cue
 * that says the offer is withdrawn, as done (flag `w` in match.ts), makes the offer's own cues no
 * longer decisive; an offer letter's condition ("we would need to withdraw the offer if …", "we may
 * withdraw this offer should …") says nothing is withdrawn.
 */
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../src/core/detect';

const letter = (body: string) => ({
  from: 'Dana Whitlock <dana.whitlock@harrowgate-foods.example>',
  to: 'Sam Okafor <sam.okafor@mail.example>',
  subject: 'Your offer - Production Planner',
  date: '2026-04-14T09:00:00-04:00',
  body: `Dear Sam,\n\n${body}\n\nDana Whitlock\nHR Director, Harrowgate Foods`,
});

describe('an offer withdrawn', () => {
  it.each([
    [
      'fr',
      "Chère Madame Dubois,\n\nLe 2 mars, nous vous avons fait parvenir une offre pour le poste de technicienne qualité, que vous avez acceptée, avec une entrée en fonction au 1er avril et le salaire convenu.\n\nOr notre principal client a résilié hier le contrat sur lequel vous deviez travailler. Nous sommes donc contraints de retirer notre offre. Je vous propose de m'appeler afin que nous examinions ensemble une compensation.\n\nReto Keller\nResponsable RH",
    ],
    [
      'pt',
      'Rui, bom dia.\n\nNo dia 25/06 enviamos a você a proposta para a vaga de Técnico de Obras, com salário e benefícios, e você aceitou. A diretoria adiou o empreendimento de Joinville. Por esse motivo precisamos cancelar a proposta que te enviamos. Se o projeto voltar, você será o primeiro.\n\nMarta Lima\nCoordenadora de RH',
    ],
  ])('is a rejection in %s too', (_language, body) => {
    expect(classifyEmail({ ...letter(''), subject: 'Votre engagement / A sua proposta', body }).kind).toBe('rejection');
  });

  it('is a rejection though the letter restates the offer', () => {
    const email = letter(
      'On March 30 we extended you an offer of employment for the Production Planner position, with a start date of May 4 and the salary set out in your offer letter.\n\nSince then the plant has lost its largest customer, and every hire for the site has been stopped. I am very sorry to tell you that we are withdrawing the offer made to you.\n\nTo soften the blow we would like to offer you two weeks of base salary and a reference from me.',
    );
    expect(classifyEmail(email).kind).toBe('rejection');
  });

  it.each([
    'We are delighted to offer you the Production Planner position, starting on May 4 with a salary of $64,000. We would need to withdraw the offer if your right-to-work check fails.',
    'We are pleased to offer you the Production Planner position. The company may withdraw this offer should your references prove unsatisfactory.',
  ])('is not a condition in an offer letter: %s', (body) => {
    expect(classifyEmail(letter(body)).kind).toBe('offer');
  });
});
