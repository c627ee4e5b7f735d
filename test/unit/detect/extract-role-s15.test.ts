/**
 * Job titles, round s15: a casual subject that names the job in lower or sentence case ("tour guide", "Front desk",
 * "junior dev thing"), read when it holds a job noun and weighing less than a title the body writes out; the casual
 * job nouns that make it one ("guide", "desk", "dev", "barman", "waitron", "runner", "shooter", "usher").
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';
import { cleanRole } from '../../../src/core/detect/extract/role';

const role = (subject: string, body: string): string | null =>
  extractDetails({ from: 'Pat Quill <pat@quillhouse.example>', subject, body, date: '2026-06-01T09:00:00Z' }).role;

describe('a subject that is the job', () => {
  it('reads a lower-case job in the subject when the body names none', () => {
    expect(
      role('tour guide', "Howzit Sipho\n\nShort one: we'd love to have you from the 1st. Same pay as we said.\n\nPat"),
    ).toBe('tour guide');
    expect(
      role('Front desk', 'Dear Rosa,\n\nThank you for coming in. We have chosen someone else this time.\n\nPat'),
    ).toBe('Front desk');
    expect(role('barman', 'hi ruan\n\nsorry man gave it to my cousin in the end. next time!\n\nPat')).toBe('barman');
  });

  it('drops the casual word for the occasion after it ("thing", "enquiry", "season")', () => {
    expect(role('re: junior dev thing', 'hey sam\n\nchatted to jo and you are in, start monday\n\nPat')).toBe(
      'junior dev',
    );
    expect(role('Re: Second shooter enquiry', 'Hi Poppy,\n\nThanks for your note. Come by Thursday at 4?\n\nPat')).toBe(
      'Second shooter',
    );
  });

  it('prefers the title the body writes out, whatever its case', () => {
    expect(
      role(
        'front desk',
        'Hi Kayla,\n\nYou can start Monday if you like! Front desk receptionist, 8:30 to 5, Monday to Friday.\n\nPat',
      ),
    ).toBe('Front desk receptionist');
  });

  it('does not take an everyday subject for a job', () => {
    expect(role('quick one', 'hey, are you free Saturday? we could use a hand at the market\n\nPat')).toBeNull();
    expect(role('Saturday', 'Hi Lou,\n\nsee you Saturday at the shop then, bring the keys.\n\nPat')).toBeNull();
  });
});

describe('casual frames in the body', () => {
  it('reads "the X thing" when X holds a job noun', () => {
    expect(role('hi', 'Hi Jo,\n\nOn the weekend baker thing – sorry, we gave it to someone local.\n\nPat')).toBe(
      'weekend baker',
    );
    expect(role('hi', 'Hi Jo,\n\nThe whole thing was lovely, thanks for coming to the party.\n\nPat')).toBeNull();
  });

  it('knows a pilot for a job', () => {
    expect(role('the season', 'Hi Jo,\n\nWe want you in our team as Glider Pilot from 1 May.\n\nPat')).toBe(
      'Glider Pilot',
    );
  });
});

describe('the shop or branch after a title', () => {
  it.each([
    [
      'Novedades de tu candidatura – Vendedor/a tienda Logroño',
      'Hola Ana:\n\nGracias por tu interés en la tienda de Logroño. Hemos elegido a otra persona.\n\nPat',
      'Vendedor/a',
    ],
    [
      'Votre candidature',
      'Bonjour,\n\nPoste : Conseillère de vente – boutique Nantes Atlantis\n\nNous ne pouvons pas donner suite.\n\nPat',
      'Conseillère de vente',
    ],
  ])('%s', (subject, body, want) => {
    expect(role(subject, body)).toBe(want);
  });

  it('keeps a shop that is part of the title', () => {
    expect(role('Oferta', 'Hola Ana:\n\nTe ofrecemos el puesto de Responsable de Tienda desde el lunes.\n\nPat')).toBe(
      'Responsable de Tienda',
    );
  });
});

describe('a title written for both genders', () => {
  it('knows the job noun under its other ending ("Reponedor/a")', () => {
    expect(cleanRole('Reponedor/a fin de semana', true, 'es', 'whole')).toBe('Reponedor/a fin de semana');
    expect(cleanRole('Repartidor/a', true, 'es', 'whole')).toBe('Repartidor/a');
  });
});
