/**
 * Rules, round s32.
 * A Portuguese selection process ends a candidacy with a score under the cut-off: "sua pontuação não atingiu a nota
 * mínima exigida para a próxima fase" is a rejection, as "não obteve a pontuação mínima" was (before, "próxima fase"
 * made it an invitation). The same words about an entrance exam or a certification stay other (guards: they did
 * before the rule too).
 * A job board relays an employer's message between two rules ("-----"): a rule over a paragraph opens that
 * message, and no signature starts there, so its invitation counts.
 * Moving "your meeting" or "the call" is no interview on its own (a bank's adviser, a friend); moving "your
 * interview" still is (a guard: it was before).
 * A coach's decision after tryouts is no rejection, however it is worded ("we won't be offering you a spot").
 * Flatmates who "decided to offer the room to someone else" turn down a tenant, not a candidate.
 */
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../src/core/detect';
import { newestMessage } from '../../../src/core/detect/text';

const mail = (subject: string, body: string, from: string) => ({
  from,
  to: 'Paulo Mendes <paulo.mendes@mail.example>',
  subject,
  date: '2026-03-12T10:00:00-03:00',
  body,
});

describe('a score under the cut-off (pt)', () => {
  it('ends a candidacy: a rejection, not an invitation to the next phase', () => {
    const email = mail(
      'Processo seletivo – resultado',
      'Olá, Paulo.\n\nObrigado por participar do processo seletivo para Assistente Administrativo na Horizonte Energia.\n\nApós a avaliação das provas, sua pontuação não atingiu a nota mínima exigida para a próxima fase.\n\nAtenciosamente,\nRecrutamento e Seleção – Horizonte Energia',
      'Horizonte Energia <rh@horizonteenergia.example>',
    );
    expect(classifyEmail(email).kind).toBe('rejection');
  });

  it.each([
    [
      'Resultado do Vestibular 2026',
      'Prezado candidato,\n\nInformamos que sua nota não atingiu a pontuação mínima exigida para aprovação no Vestibular 2026 da Universidade Estadual do Cerrado.\n\nVocê poderá se inscrever novamente no próximo processo seletivo.\n\nComissão do Vestibular',
      'Comissão do Vestibular <vestibular@uecerrado.example>',
    ],
    [
      'Resultado do seu exame de certificação',
      'Olá Paulo,\n\nSeu desempenho no exame não atingiu a pontuação de corte para a certificação. Você pode agendar uma nova tentativa após 14 dias.\n\nEquipe de Certificação',
      'Certificações Nuvem <certificacao@nuvem.example>',
    ],
  ])('(guard) about an exam, stays other: %s', (subject, body, from) => {
    expect(classifyEmail(mail(subject, body, from)).kind).toBe('other');
  });
});

describe('a message a job board relays between rules', () => {
  const body =
    'You have a new message about your application.\n\nJob: Stock Associate\nEmployer: Fairmont Home Supply - Grove City, OH\n\n-----\nHi Maya, thanks for applying for our stock associate job (weekends). Could you come in for an interview on Thursday at 11:00 AM? It takes about 20 minutes. Please reply here to confirm.\n\nGina Reyes, Store Manager\n-----\n\nReply on HireLine: hireline.example/messages/t/88310\n\nHireLine will never ask for payment to apply.';
  it('is the newest text, not a signature', () => {
    expect(newestMessage(body).main).toContain('Could you come in for an interview on Thursday');
  });
  it('invites the reader', () => {
    const email = {
      from: 'HireLine <messages@mail.hireline.example>',
      to: 'Maya Brooks <maya.brooks@mail.example>',
      subject: 'New message from Fairmont Home Supply',
      date: '2026-03-16T15:00:00-04:00',
      body,
    };
    expect(classifyEmail(email).kind).toBe('interview');
  });
});

describe('a meeting or a call moved', () => {
  it.each([
    [
      'Your appointment',
      'Harbour Bank <advisors@harbourbank.example>',
      'Dear Sam,\n\nYour mortgage adviser is unavailable, so we need to move your meeting on Thursday 12 March to 11:30.\n\nPlease call us if this is a problem.\n\nHarbour Bank',
    ],
    [
      'Thursday',
      'Priya <priya@mail.example>',
      'hey, can we move the call to 11:30 thursday? got a dentist thing at 10\n\np',
    ],
  ])('is no interview on its own: %s', (subject, from, body) => {
    expect(classifyEmail(mail(subject, body, from)).kind).toBe('other');
  });

  it('(guard) moving the interview is one', () => {
    const email = mail(
      'Your interview on Thursday',
      'Dear Sam,\n\nOur panel chair is unavailable, so we need to move your interview on Thursday 12 March to 11:30.\n\nPlease let us know if this works.\n\nKind regards,\nLena Ortiz\nRecruitment Team, Harbour Bank',
      'Lena Ortiz <lena.ortiz@harbourbank.example>',
    );
    expect(classifyEmail(email).kind).toBe('interview');
  });
});

describe('a decision after tryouts', () => {
  it('is no rejection', () => {
    const email = mail(
      'Tryouts',
      "Hi Sam, thanks for coming to tryouts on Sunday. Unfortunately we won't be offering you a spot on the first team this season, but we'd love you to train with the reserves.\n\nCoach Mike",
      'Coach Mike <mike@riversidefc.example>',
    );
    expect(classifyEmail(email).kind).toBe('other');
  });
});

describe('a room offered to someone else', () => {
  it('is no rejection', () => {
    const email = mail(
      'Re: room in Hackney',
      "hi Sam, thanks for coming to see the flat on saturday! we talked it over as a house and we've decided to offer the room to someone else who can move in sooner. sorry, and good luck with the search\n\nbea",
      'Bea <bea.lowe@mail.example>',
    );
    expect(classifyEmail(email).kind).toBe('other');
  });
});
