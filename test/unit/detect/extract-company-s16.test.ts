/**
 * Company, round s16: a tool or team that writes "on behalf of" or "namens" the employer, or signs "On behalf of
 * the X"; "The Hiring Team at X"; an HR team called "People & Culture" beside the employer's name; a university's
 * department on one line ("Departamento de Ecología de la Universidad Austral"), and the title before it.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';
import { stripDept } from '../../../src/core/detect/extract/company';

const details = (from: string, body: string, kind: 'rejection' | 'interview' = 'rejection') =>
  extractDetails({ from, subject: 'Your application', body, date: '2026-03-02T09:00:00Z' }, { kind });

describe('the employer a sender or signature writes for', () => {
  it('is the one after "on behalf of" or "namens", whoever writes', () => {
    expect(stripDept('Planner namens Hydrofix Pompen B.V.')).toBe('Hydrofix Pompen B.V.');
    expect(stripDept('On behalf of the Department for Coastal Infrastructure')).toBe(
      'Department for Coastal Infrastructure',
    );
    // "for" stays ambiguous: a name can hold it
    expect(stripDept('Teach for America')).toBe('Teach for America');
  });

  it('is the one a hiring team is "at"', () => {
    expect(stripDept('The Hiring Team at Orbital Docs')).toBe('Orbital Docs');
  });

  it('is not the second word of an HR team called "People & Culture"', () => {
    expect(
      details(
        'Irene Gallardo <irene@ruta42.example>',
        'Hola Sam,\n\nTe espero el martes a las 10 para la entrevista.\n\nUn saludo,\nIrene Gallardo\nPeople & Culture · Ruta42',
        'interview',
      ).company,
    ).toBe('Ruta42');
  });
});

describe("a university's department on one line", () => {
  it('gives the university as the employer and leaves the department out of the title', () => {
    const found = details(
      'Ana Ruiz <aruiz@uaustral.example>',
      'Estimada Sam:\n\nLe agradecemos su interés en el cargo de Profesora Asistente, Departamento de Ecología. Hemos seleccionado a otra candidata.\n\nAna Ruiz\nDepartamento de Ecología de la Universidad Austral del Sur',
    );
    expect(found.company).toBe('Universidad Austral del Sur');
    expect(found.role).toBe('Profesora Asistente');
  });
});
