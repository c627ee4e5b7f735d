/**
 * Job platforms, round s22: InfoJobs, Gupy, Kenoby, Bumeran, Upwork, ModernLoop and others mail for employers from their
 * own domains. The platform is nobody's employer nor anybody's name; the employer is the one the sender's name or the
 * message gives. No-reply mailboxes in other languages ("nao-responda", "ne-pas-repondre") are machines too. A
 * person's name on such a domain is the person's, unless the message names it as the sender of the offer.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const x = (from: string, subject: string, body: string, kind: 'offer' | 'rejection' | 'interview') =>
  extractDetails({ from, subject, body, date: '2026-07-06T10:00:00+01:00' }, { timeZone: 'UTC', kind });

describe('a job platform writing for an employer', () => {
  it('gives the employer of its sender name, not the platform, and no contact', () => {
    const d = x(
      'Padaria Trigo Dourado <nao-responda@gupy-mail.example>',
      'Retorno sobre a vaga de Atendente',
      'Olá, Joana!\n\nObrigado pelo interesse em trabalhar na Padaria Trigo Dourado. Depois de analisar os perfis, seguimos com outras pessoas para a vaga de Atendente.\n\nBoa sorte!\nEquipe de Pessoas\n\nEnviado por Gupy',
      'rejection',
    );
    expect(d.company).toBe('Padaria Trigo Dourado');
    expect(d.contact).toBeNull();
  });

  it("takes the employer from the sender's name when a no-reply mailbox in another language writes", () => {
    const d = x(
      'Drogaria Bem Estar <nao-responda@gupy-mail.example>',
      'Retorno sobre o processo seletivo – Balconista',
      'Olá, Bruno!\n\nObrigado pelo interesse em fazer parte da Drogaria Bem Estar e pelo tempo dedicado ao processo.\n\nDepois de uma análise cuidadosa, seguimos com outros candidatos para a vaga de Balconista neste momento.\n\nBoa sorte!\nEquipe de Gente & Gestão',
      'rejection',
    );
    expect(d.company).toBe('Drogaria Bem Estar');
  });

  it('is not the employer when it signs', () => {
    const d = x(
      'InfoJobs <notificaciones@infojobs.example>',
      'Te han invitado a una entrevista',
      'Hola Marta,\n\nLa empresa Ferretería Los Arcos quiere conocerte para la oferta de Dependiente/a.\nFecha: jueves 9 de julio de 2026, a las 10:00\n\n¡Suerte!\nEl equipo de InfoJobs',
      'interview',
    );
    expect(d.company).not.toMatch(/infojobs/i);
  });

  it('keeps a person relayed by a scheduling tool a person', () => {
    const d = x(
      'Rowan Ellery via ModernLoop <scheduling@modernloop.example>',
      'Interview scheduled',
      'Hi Sam,\n\nYour phone screen is booked for Thursday, July 9 at 3:00 PM BST.\nRowan will call you on the number you gave.\n\nPowered by ModernLoop',
      'interview',
    );
    expect(d.company).not.toBe('Rowan Ellery');
    expect(d.company).not.toMatch(/modernloop/i);
  });
});

describe('a staffing firm called a workforce firm', () => {
  it('names its client as the employer', () => {
    const d = x(
      'Dana Ruiz <dana@brightpath-workforce.example>',
      'Offer: Forklift Operator at Halvorsen Cold Storage',
      'Hi Leo!\n\nGreat news: Halvorsen Cold Storage wants you for the forklift operator opening on nights. $22/hr, starting Monday if your paperwork clears.\n\nCan you confirm by tomorrow?\n\nDana Ruiz\nStaffing Coordinator | BrightPath Workforce Solutions',
      'offer',
    );
    expect(d.company).toBe('Halvorsen Cold Storage');
  });
});

describe('a German domain that writes umlauts as two letters', () => {
  it('spells the name the message writes with them', () => {
    const d = x(
      'Petra Lorenz <petra@baeckerei-lorenz.example>',
      'Probetag',
      'Hallo Mia,\n\ndanke für den Probetag! Wir würden dich gern bei uns in der Bäckerei Lorenz als Verkäuferin einstellen, Start am 1. September.\n\nLiebe Grüße\nPetra',
      'offer',
    );
    expect(d.company).toBe('Bäckerei Lorenz');
  });
});
