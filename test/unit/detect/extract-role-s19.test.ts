/**
 * Job titles, round s19 (role): casual and non-English mail. German "im …" after an occupation names where the job
 * is (its team, office or department), not the title ("Backend-Entwickler im Payments-Team"), while after a post that
 * needs its field it is the title's own ("Werkstudentin im Controlling").
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const role = (subject: string, body: string, from = 'Lee Marsh <lee@fernbrook.example>'): string | null =>
  extractDetails({ from, subject, body, date: '2026-06-01T09:00:00Z' }).role;

describe('German "im" after a title', () => {
  it('ends an occupation before its team or office', () => {
    expect(
      role(
        'Ihr Vertrag',
        'Hallo Lena,\n\nwir freuen uns, dich als Data-Analystin im Vertriebs-Team zu begrüßen. Der Vertrag kommt per Post.\n\nViele Grüße\nJonas',
      ),
    ).toBe('Data-Analystin');
  });

  it('goes on after a post that needs its field', () => {
    expect(
      role(
        'Ihre Bewerbung',
        'Hallo Lena,\n\ndanke für deine Bewerbung als Praktikantin im Einkauf. Hast du Dienstag um 10 Uhr Zeit für ein Gespräch?\n\nViele Grüße\nJonas',
      ),
    ).toBe('Praktikantin im Einkauf');
  });
});

describe('Spanish "de" before a job noun without an article', () => {
  it('names the job in casual mail', () => {
    expect(
      role(
        'lo de la cafetería',
        'Hola Marta, al final nos quedamos contigo para agosto, de cocinera en el turno de mañana. Pásate el lunes con el DNI.\nUn abrazo,\nRosa',
      ),
    ).toBe('cocinera');
  });
});

describe('A Spanish trial ("prueba de …") in the subject', () => {
  it('is no part of the title', () => {
    expect(
      role(
        'prueba de repartidor',
        'Hola Álex, buscamos repartidor para las noches. ¿Puedes venir el jueves a las 20:00 para una prueba?\nSaludos,\nKike',
      ),
    ).toBe('repartidor');
  });
});

describe('French kitchen posts', () => {
  it('"commis" names a job', () => {
    expect(
      role(
        'extra cet été',
        'Salut Léa,\non cherche un commis de cuisine pour juillet, tu peux passer jeudi à 15h ?\nBises,\nNadia',
      ),
    ).toBe('commis de cuisine');
  });

  it('"la plonge" names a job', () => {
    expect(role('plonge', "Salut Théo, c'est bon pour la plonge : tu commences samedi à 18h.\nNadia")).toBe('plonge');
  });
});

describe('Portuguese "empregado de …"', () => {
  it('names a job after "precisamos de"', () => {
    expect(
      role(
        'verão',
        'Olá Ana,\nprecisamos de um empregado de mesa para as noites de verão. Pode vir na sexta às 18h?\nCumprimentos,\nJorge',
      ),
    ).toBe('empregado de mesa');
  });

  it('names a job after "como", ending at "se"', () => {
    expect(
      role(
        'cozinha',
        'Olá Rui,\nficas connosco como ajudante de cozinha se ainda estiveres interessado. Começas segunda às 9h.\nAbraço,\nJorge',
      ),
    ).toBe('ajudante de cozinha');
  });
});

describe('Dutch "zoeken" with a word between it and the job', () => {
  it('still names the job', () => {
    expect(
      role(
        'meelopen',
        'Hoi Bram,\nWe zoeken nog een leerling-timmerman voor de BBL. Kom je dinsdag om 7 uur langs?\nGroet,\nKees',
      ),
    ).toBe('leerling-timmerman');
  });
});
