/**
 * Extraction, round s32 (the job title):
 * - A Brazilian internship is named by its field: "Estágio em Produto", "Estágio em Operações"; the "em" after
 *   "Estágio" does not end the title as it does elsewhere.
 * - "Analista em São Paulo": after any other title "em" still ends it at a place (a guard: it held before the
 *   change too).
 * - "Just want to go over your background": a sentence opening with "Just" names no employer.
 * - A booking tool's "… with Dana Whitfield" names the host, whom the body labels "Host:": no employer.
 * - "Paralégal" (French, with its accent) is a job noun like "paralegal": "Paralégal Droit social" is a title.
 * - The employer after a dash is not part of the title: "Store Supervisor – Brambleway Outfitters Leeds".
 * - French titles end before "en remplacement" (a cover post) and "c'est" (the sentence goes on).
 * - No one signs "Kennismakingsgesprek" (a Dutch booking's first line) nor "Unidad de Selección" (a Spanish hiring
 *   unit): no contact; "Verhulst Advocaten" is a firm.
 * - French times: "rendez-vous 18h" is a start, as "à 18h" is; "je me vois contrainte de reporter l'entretien
 *   initialement prévu …" moves it, and the time written after is the new one.
 * - A German title ends before "leider" ("als Servicetechniker Kälteanlagen leider müssen wir …").
 * - Flemish schools name the post before the title: "de betrekking van leerkracht 5de leerjaar", "een vervanging
 *   leerkracht …"; the title is what follows. So does Portuguese "a oferta Engenheiro Civil de Estruturas" (the ad).
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const mail = (subject: string, body: string) => ({
  from: 'Equipe de Talentos <talentos@vendaval.example>',
  subject,
  body,
  date: '2026-03-09T10:00:00-03:00',
});

describe('an internship named by its field', () => {
  it('keeps the field after "Estágio em"', () => {
    const { role } = extractDetails(
      mail(
        'Atualização do processo seletivo',
        'Olá, Beatriz.\n\nObrigado por participar do processo seletivo para Estágio em Logística na Vendaval Transportes.\n\nDepois de analisar todos os perfis com atenção, decidimos seguir com outras candidaturas neste momento.\n\nDesejamos sucesso na sua jornada!\n\nEquipe de Talentos Vendaval',
      ),
      { kind: 'rejection' },
    );
    expect(role).toBe('Estágio em Logística');
  });

  it('keeps it in a labelled field of a reminder', () => {
    const { role } = extractDetails(
      mail(
        'Lembrete: sua entrevista é amanhã',
        'Oi, Beatriz!\n\nPassando para lembrar da sua entrevista de amanhã.\n\nVaga: Estágio em Compras\nData: 10/03/2026\nHorário: 15:00 (horário de Brasília)\nLocal: Google Meet\n\nAté lá!\nEquipe de Talentos Vendaval',
      ),
      { kind: 'interview' },
    );
    expect(role).toBe('Estágio em Compras');
  });

  it('(guard) still ends another title at a place after "em"', () => {
    const { role } = extractDetails(
      mail(
        'Entrevista - Analista Financeiro',
        'Olá, Beatriz.\n\nGostaríamos de convidar você para uma entrevista para a vaga de Analista Financeiro em São Paulo, na quinta-feira, 12/03, às 10h (horário de Brasília).\n\nPor favor, confirme sua presença.\n\nAbraços,\nMarina Lopes\nVendaval Transportes',
      ),
      { kind: 'interview' },
    );
    expect(role).toBe('Analista Financeiro');
  });
});

describe('a sentence that opens with "Just"', () => {
  it('names no employer', () => {
    const { company } = extractDetails(
      {
        from: 'Marcy Hale <mhale@brightlinestaffing.example>',
        subject: 'phone interview tomorrow?',
        date: '2026-03-09T15:00:00-05:00',
        body: "Hi Luis,\n\nThanks for coming by the branch today. I'd like to set up a short phone interview for the forklift openings. Does tomorrow at 11am work? Just want to check your certifications and which shifts you can take.\n\nMarcy Hale\nRecruiter | Brightline Staffing Group\n(614) 555-0190",
      },
      { kind: 'interview' },
    );
    expect(company).toBe('Brightline Staffing Group');
  });
});

describe("a booking's host", () => {
  it('is no employer', () => {
    const { company } = extractDetails(
      {
        from: 'Calendly <notifications@calendly.example>',
        subject: 'Confirmed: Intro call – Data Engineer with Dana Whitfield on Tuesday, 14 April 2026',
        date: '2026-04-09T11:00:00+02:00',
        body: 'Hi Sam Ortiz,\n\nYour event has been scheduled.\n\nEvent type: Intro call – Data Engineer (Larkspur Analytics)\nHost: Dana Whitfield\nDate & time: 10:00 - 10:30, Tuesday, 14 April 2026\nTime zone: Central European Summer Time\nLocation: Zoom – the link is in your calendar invitation\n\nNeed to make changes to this event?\nReschedule | Cancel\n\nPowered by Calendly',
      },
      { kind: 'interview' },
    );
    expect(company).toBe('Larkspur Analytics');
  });

  it('is no employer when the message opens with the host', () => {
    const { company } = extractDetails(
      {
        from: 'Calendly <notifications@calendly.example>',
        subject: 'Confirmed: Intro call with Dana Whitfield',
        date: '2026-04-09T11:00:00+02:00',
        body: 'Host: Dana Whitfield\nEvent type: Intro call – Data Engineer (Larkspur Analytics)\nDate & time: 10:00 - 10:30, Tuesday, 14 April 2026\nTime zone: Central European Summer Time',
      },
      { kind: 'interview' },
    );
    expect(company).toBe('Larkspur Analytics');
  });
});

describe('a French paralegal', () => {
  it('is a title with its accent', () => {
    const { role } = extractDetails(
      {
        from: 'Sophie Renard <s.renard@dumont-avocats.example>',
        subject: 'RE: Votre candidature – Paralégal Droit social',
        date: '2026-03-04T16:00:00+01:00',
        body: "Bonjour Monsieur Claes,\n\nC'est noté pour lundi 9 mars à 14h, nous vous attendrons à l'accueil.\n\nBien à vous,\n\nSophie Renard\nAssistante de direction\nDumont & Associés – Avocats",
      },
      { kind: 'interview' },
    );
    expect(role).toBe('Paralégal Droit social');
  });
});

describe('the employer after a dash', () => {
  it('is cut from the title', () => {
    const { company, role } = extractDetails(
      {
        from: 'Priya Nair <priya.nair@brambleway.example>',
        subject: 'Your offer',
        date: '2026-03-20T10:00:00+00:00',
        body: "Hi Tom,\n\nI'm delighted to offer you the position of Store Supervisor – Brambleway Outfitters Leeds, starting on Monday 6 April.\n\nYour contract is attached; please sign and return it by Friday.\n\nBest wishes,\nPriya Nair\nArea Manager\nBrambleway Outfitters",
      },
      { kind: 'offer' },
    );
    expect(company).toBe('Brambleway Outfitters');
    expect(role).toBe('Store Supervisor');
  });
});

describe('a French title', () => {
  it.each([
    [
      'plongeur',
      "Bonjour Karim,\n\nNous vous proposons le poste de plongeur en remplacement d'un salarié en arrêt, du 6 au 30 avril, à 35 heures par semaine.\n\nMerci de nous confirmer votre accord d'ici vendredi.\n\nCordialement,\nMarie Vasseur\nResponsable RH – Brasserie du Parc",
    ],
    [
      'commis de cuisine',
      "Karim,\n\nOn te prend comme commis de cuisine c'est réglé, tu commences lundi à 8h. Ramène tes chaussures de sécu.\n\nMarie\nBrasserie du Parc",
    ],
  ])('ends before the sentence goes on: %s', (title, body) => {
    const { role } = extractDetails(
      {
        from: 'Marie Vasseur <m.vasseur@brasserieduparc.example>',
        subject: 'Embauche',
        date: '2026-03-31T09:00:00+02:00',
        body,
      },
      { kind: 'offer' },
    );
    expect(role).toBe(title);
  });
});

describe('a line that is no signer', () => {
  it.each([
    [
      'nl',
      {
        from: 'Verhulst Advocaten via Afsprakenplanner <noreply@afsprakenplanner.example>',
        subject: 'Bevestigd: Kennismakingsgesprek – Juridisch secretaris op di 24 mrt 2026',
        date: '2026-03-18T09:00:00+01:00',
        body: 'Je afspraak is bevestigd\n\nKennismakingsgesprek – Juridisch secretaris\ndinsdag 24 maart 2026\n14:00 – 14:45 (Europe/Brussels)\n\nWaar: Verhulst Advocaten, Kouter 12, 9000 Gent\nMet: Pieter Verhulst, vennoot\n\nMoet je verzetten of annuleren? Gebruik de link hieronder.\n\nMogelijk gemaakt door Afsprakenplanner',
      },
      'Verhulst Advocaten',
    ],
    [
      'es',
      {
        from: 'Unidad de Selección HCVA <seleccion@hcva.example>',
        subject: 'Citación a entrevista – Enfermera/o de Urgencias',
        date: '2026-04-14T10:00:00+02:00',
        body: 'Estimada Sra. Ruiz:\n\nLe convocamos a la entrevista personal del proceso de selección de Enfermera/o de Urgencias el jueves 23 de abril a las 10:30 (hora peninsular), en la Sala de Juntas de la 2.ª planta.\n\nRogamos confirme su asistencia respondiendo a este correo.\n\nAtentamente,\n\nUnidad de Selección\nDirección de Recursos Humanos\nHospital Comarcal del Valle de Alcudia',
      },
      'Hospital Comarcal del Valle de Alcudia',
    ],
  ])('gives no contact (%s)', (_language, email, employer) => {
    const { company, contact } = extractDetails(email, { kind: 'interview' });
    expect(contact).toBeNull();
    expect(company).toBe(employer);
  });
});

describe('a French interview time', () => {
  it('starts at "rendez-vous 18h"', () => {
    const { interviewAt } = extractDetails(
      {
        from: 'Luca <luca@brasserie-lemole.example>',
        subject: 'essai samedi',
        date: '2026-03-12T14:35:00+01:00',
        body: "Salut Yanis,\n\nComme convenu au téléphone : essai samedi 21 mars, rendez-vous 18h en cuisine, tu fais le service du soir avec l'équipe.\n\nLuca\nBrasserie Le Môle",
      },
      { kind: 'interview' },
    );
    expect(interviewAt).toBe('2026-03-21T18:00:00+00:00');
  });

  it('is the new one after "contrainte de reporter"', () => {
    const { interviewAt } = extractDetails(
      {
        from: 'Hélène Barbier <h.barbier@ch-stjean.example>',
        subject: 'Report de votre entretien – Aide de cuisine',
        date: '2026-03-13T09:40:00+01:00',
        body: "Monsieur,\n\nJe me vois contrainte de reporter l'entretien initialement prévu le jeudi 19 mars à 10h00.\n\nVotre entretien est désormais fixé au :\n\nvendredi 20 mars 2026 à 15h30\nmême lieu\n\nHélène Barbier\nPôle Recrutement – DRH\nCentre Hospitalier Saint-Jean",
      },
      { kind: 'interview' },
    );
    expect(interviewAt).toBe('2026-03-20T15:30:00+00:00');
  });
});

describe('a German title', () => {
  it('ends before "leider"', () => {
    const { role } = extractDetails(
      {
        from: 'Petra Lang <p.lang@kaelte-brandl.example>',
        subject: 'Ihre Bewerbung',
        date: '2026-03-11T10:00:00+01:00',
        body: 'Sehr geehrter Herr Yilmaz,\n\nvielen Dank für Ihre Bewerbung als Servicetechniker Kälteanlagen leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.\n\nMit freundlichen Grüßen\nPetra Lang\nPersonalabteilung\nKälte Brandl GmbH',
      },
      { kind: 'rejection' },
    );
    expect(role).toBe('Servicetechniker Kälteanlagen');
  });
});

describe('a Flemish teaching post', () => {
  it('is named before its title', () => {
    const { role } = extractDetails(
      {
        from: 'Directie VBS De Regenboog <directie@vbs-regenboog.example>',
        subject: 'Kandidatuur',
        date: '2026-03-10T16:00:00+01:00',
        body: 'Dag Els,\n\nBedankt voor je kandidatuur voor de betrekking van leerkracht 5de leerjaar. We willen je graag uitnodigen voor een gesprek op donderdag 19 maart om 15u30.\n\nMet vriendelijke groeten,\nAn De Smet\nDirecteur VBS De Regenboog',
      },
      { kind: 'interview' },
    );
    expect(role).toBe('leerkracht 5de leerjaar');
  });
});

describe('a Portuguese job ad named before its title', () => {
  it('is not part of the title', () => {
    const { role } = extractDetails(
      {
        from: 'Rita Sousa <rita.sousa@obrasnorte.example>',
        subject: 'Convite para entrevista',
        date: '2026-04-06T10:00:00+01:00',
        body: 'Olá Miguel,\n\nO seu perfil foi pré-selecionado para a oferta Engenheiro Civil de Estruturas, na obra de Matosinhos. Gostaríamos de o convidar para uma entrevista na quinta-feira, 9 de abril, às 10h, nos nossos escritórios.\n\nCumprimentos,\nRita Sousa\nRecursos Humanos – Obras Norte',
      },
      { kind: 'interview' },
    );
    expect(role).toBe('Engenheiro Civil de Estruturas');
  });
});
