/**
 * Company extraction, generalised: a sender's name that wraps the employer in department or
 * hiring-function words (before or after, with or without separators, in six languages), an
 * agency or platform that names its client, and words that are no company at all.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const company = (from: string, subject: string, body: string): string | null =>
  extractDetails({ from, subject, body, date: '2026-03-02T09:00:00Z' }).company;

describe('a sender name wrapping the employer in department words', () => {
  const cases: Array<[string, string]> = [
    ['Pflegedirektion Klinik Sonnenhang <pflege@sonnenhang.example>', 'Klinik Sonnenhang'],
    ['Direction des Ressources Humaines – Fonderie Margeride <drh@margeride.example>', 'Fonderie Margeride'],
    ['Time de Recrutamento Pimenta Seguros <vagas@pimentaseg.example>', 'Pimenta Seguros'],
    ['Team Werving Woonzorg Eikenrode <werken@eikenrode.example>', 'Woonzorg Eikenrode'],
    ['Coordinación Colegio Mar Azul <info@cmarazul.example>', 'Colegio Mar Azul'],
    ['Recruitment Unit, Harbour Pilots Authority <rec@hpa.example>', 'Harbour Pilots Authority'],
    ['HR Department, Tanjong Shipyards <hr@tanjongyards.example>', 'Tanjong Shipyards'],
    ['Time de Atração | Loja Girassol <naoresponda@girassol.example>', 'Loja Girassol'],
    ['Graduate Talent @ Fenwick Analytics <grads@fenwick.example>', 'Fenwick Analytics'],
    ['Bureau of Mines – Exam Unit <exams@mines.state.example>', 'Bureau of Mines'],
    ['Rivermouth Foods Early Talent <early@rivermouthfoods.example>', 'Rivermouth Foods'],
    ['Magistrat der Stadt Kornfeld <personal@kornfeld.example>', 'Stadt Kornfeld'],
    ['Hofbäckerei Lenz Filiale 17 <filiale17@hofbaeckerei-lenz.example>', 'Hofbäckerei Lenz'],
  ];
  it.each(cases)('%s → %s', (from, want) => {
    expect(
      company(from, 'Ihre Bewerbung', 'Guten Tag,\n\nvielen Dank für Ihre Bewerbung. Wir melden uns bald.\n'),
    ).toBe(want);
  });

  it('keeps a name whose function word is part of it: "Department of …", "University of …"', () => {
    expect(
      company(
        'Department of Coastal Works <hiring@coastal.state.example>',
        'Offer',
        'Dear Kim,\n\nWe are pleased to offer you the post.\n',
      ),
    ).toBe('Department of Coastal Works');
    expect(
      company(
        'University of Dunmore <jobs@dunmore.ac.example>',
        'Offer',
        'Dear Kim,\n\nWe are pleased to offer you the post.\n',
      ),
    ).toBe('University of Dunmore');
  });

  it('does not take a signer title for a department ("Coordinadora de Gestión Humana")', () => {
    expect(
      company(
        'Lucía Prado <lucia.prado@ferreteria-sol.example>',
        'Oferta laboral',
        'Buenas tardes, Diego:\n\nNos complace ofrecerle el cargo de Auxiliar de Bodega.\n\nAtentamente,\nLucía Prado\nCoordinadora de Gestión Humana\nFerretería El Sol S.A.S.\n',
      ),
    ).toBe('Ferretería El Sol S.A.S.');
  });
});

describe('a shop or a titled signer line', () => {
  it('reads a sender named as a trade shop or an inn, not as a person ("Schreinerei Maier")', () => {
    expect(
      company(
        'Schreinerei Maier <info@holz-au.example>',
        'Re: Bewerbung',
        'Servus Leo,\n\npasst, du kannst am 1. März anfangen.\n\nGruß Toni',
      ),
    ).toBe('Schreinerei Maier');
  });

  it('drops the title before the name the domain spells ("Eigenaar Groenhof Hoveniers")', () => {
    expect(
      company(
        'Bram Visser <bram@groenhofhoveniers.example>',
        'Even bellen?',
        'Hoi Sem,\n\nZullen we donderdag om 10:00 even bellen over de baan?\n\nGroet,\nBram Visser\nEigenaar Groenhof Hoveniers\n',
      ),
    ).toBe('Groenhof Hoveniers');
  });
});
