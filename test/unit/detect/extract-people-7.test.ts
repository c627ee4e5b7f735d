/**
 * Who signed: a title or an initial with the sender's surname, and offices that sign as
 * themselves (a registrar, a "Gerencia de Personas", a "Direcção de Capital Humano") from mailboxes
 * no person reads, in any language.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const contact = (from: string, body: string): string | null =>
  extractDetails({ subject: 'Your application', from, date: '2026-05-04T09:00:00+00:00', body }).contact;

describe('a title or an initial with the sender surname is the sender', () => {
  it.each([
    [
      'Thandiwe Mokoena <tmokoena@riverbendhigh.example>',
      'Dear Sipho,\n\nWe are pleased to appoint you as Grade 5 teacher from 1 June.\n\nYours faithfully\n\nMrs T. Mokoena\nHead of Department, Riverbend High\nPolokwane',
      'Thandiwe',
    ],
    [
      'Chidi Okonkwo <c.okonkwo@lagoonmarine.example>',
      'Hello Ada,\n\nThe panel has chosen another candidate for the deckhand post.\n\nRegards,\nDr Okonkwo\nOperations, Lagoon Marine\nApapa',
      'Chidi',
    ],
  ])('%s', (from, body, want) => {
    expect(contact(from, body)).toBe(want);
  });
});

describe('an office signing as itself is nobody to greet', () => {
  it.each([
    [
      'Registrar, Kaveri Dental College <registrar@kaveridental.example>',
      'Dear Candidate,\n\nYou are called for an interview for Lecturer on 12 May at 10:00 AM.\n\nRegistrar\nKaveri Dental College',
    ],
    [
      'Portal Empleos Minera Atacama <no-responder@empleos.mineraatacama.example>',
      'Estimado/a Tomás:\n\nGracias por postular. En esta oportunidad no continuarás en el proceso.\n\nGerencia de Personas\nMinera Atacama',
    ],
    [
      'Lusofarma <nao-responda@lusofarma.example>',
      'Caro Nuno,\n\nA sua candidatura não foi seleccionada para a fase seguinte.\n\nDirecção de Capital Humano\nLusofarma, S.A.',
    ],
    [
      'Selección Grupo Andes <seleccion@grupoandes.example>',
      'Hola Nuria:\n\nTu postulación no pasó a la siguiente etapa.\n\nGerencia de Talento\nGrupo Andes',
    ],
  ])('%s', (from, body) => {
    expect(contact(from, body)).toBeNull();
  });
});
