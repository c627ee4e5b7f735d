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
 * A calendar's notification of the reader's own event ("you turned on notifications for this calendar", "definiu
 * um lembrete para este evento") is no invitation; an employer's invitation sent through the calendar still is (a
 * guard: it was before).
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

describe("a calendar's notification of the reader's own event", () => {
  const calendar = (subject: string, body: string) => ({
    from: 'Google Calendar <calendar-notification@google.example>',
    to: 'Sam Lee <sam.lee@mail.example>',
    subject,
    date: '2026-03-09T08:00:00+00:00',
    body,
  });
  it.each([
    [
      'Notification: Harbour Bank - panel interview @ Thu 12 Mar 2026 10am - 11am (GMT) (sam.lee@mail.example)',
      'Harbour Bank - panel interview\nThursday 12 Mar 2026 ⋅ 10am – 11am\nGMT - London\n\nLocation: Harbour Bank, 5 Quay St, Room 3\nNotes: bring passport + printed CV. ask about the grad scheme rotation\n\nCalendar: sam.lee@mail.example\n\nYou get this email because you turned on notifications for this calendar.',
    ],
    [
      'Notificação: Entrevista Vendaval (Teams) @ qui 12 mar 2026 10:00 - 10:45 (BRT)',
      'Entrevista Vendaval (Teams)\n\nQuando\nquinta-feira, 12 de março de 2026 10:00 – 10:45 Horário de Brasília\n\nDescrição\nlevar RG + rever o case de logística!!\n\nConvites do Google Calendar\nEstá a receber esta notificação porque definiu um lembrete para este evento no seu calendário.',
    ],
  ])('is no interview: %s', (subject, body) => {
    expect(classifyEmail(calendar(subject, body)).kind).toBe('other');
  });

  it("(guard) an employer's invitation through the calendar is one", () => {
    const email = calendar(
      'Invitation: Interview – Data Analyst @ Thu 12 Mar 2026 10:00 - 10:45 (GMT) (sam.lee@mail.example)',
      'Interview – Data Analyst\nThursday 12 Mar 2026 ⋅ 10:00 – 10:45 (GMT)\nOrganizer: Priya Shah (priya.shah@acme.example)\n\nHi Sam, looking forward to speaking with you about the Data Analyst role. Join with Google Meet: meet.example/abc-defg-hij\n\nInvitation from Google Calendar\nYou are receiving this email because you are an attendee on the event.',
    );
    expect(classifyEmail(email).kind).toBe('interview');
  });
});
