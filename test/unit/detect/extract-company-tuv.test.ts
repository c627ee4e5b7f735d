/**
 * Company and job title on mail from writers we never tuned on (regional de/fr/es/pt/nl, English
 * from government boards, letterheads and phone-typed notes): an agency's consultant naming the
 * client, the part of a sender's name the domain spells, owners and shops writing under their own
 * names, and a title that ends where its start date or the employer begins.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const details = (from: string, subject: string, body: string) =>
  extractDetails({ from, subject, body, date: '2026-03-02T09:00:00Z' });

describe('an agency consultant names the client', () => {
  it('takes the client a consultant writes about (the signature says "Consultant", "Personalberater")', () => {
    expect(
      details(
        'Shona Pryce <shona.pryce@keelhaul-people.example>',
        'Good news!',
        'Hi Rory,\n\nGreat news: Harrowgate Cold Stores would like you to start as Forklift Driver on Monday.\n\nShona Pryce\nIndustrial Recruitment Consultant\nKeelhaul People Ltd\n',
      ).company,
    ).toBe('Harrowgate Cold Stores');
    expect(
      details(
        'Till Ebner <t.ebner@donauwelle-personal.example>',
        'Einsatz bei Auberger Kunststofftechnik',
        'Hallo Milan\n\nAuberger Kunststofftechnik nimmt dich ab dem 4. Mai als Maschinenbediener.\n\nGruss\nTill Ebner\nPersonalberater Technik\nDonauwelle Personal AG\n',
      ).company,
    ).toBe('Auberger Kunststofftechnik');
  });

  it('takes a client named in the subject and again in the body, for a temp-work domain', () => {
    expect(
      details(
        'Paula Ibarra <pibarra@sierratemporal.example>',
        'Contratación temporada – Bodegas Alto Molino',
        'Hola Joaquín:\n\nTe confirmo que Bodegas Alto Molino aprobó tu ingreso como ayudante de bodega.\n\nSaludos,\nPaula Ibarra\nEjecutiva de Selección\nSierra Temporal EST\n',
      ).company,
    ).toBe('Bodegas Alto Molino');
  });
});
