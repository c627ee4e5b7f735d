/**
 * Job titles, round s18 (role): institutions and relays. A short code before a title is part of it ("KS1 Teaching
 * Assistant", "U12 Assistant Coach"), a reference is not; "n°" after a title opens its number; a French title ends at
 * "basé"/"situé" (where it is); Dutch "en" joins the capitalised parts of a title; a platform relaying a message names
 * the job after "your application:"; a scheduling tool's "Intro Screen, X" names X, and a stage after a dash ("– Team Lead
 * Interview") is no qualifier.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const role = (subject: string, body: string, from = 'Lee Marsh <lee@fernbrook.example>'): string | null =>
  extractDetails({ from, subject, body, date: '2026-06-01T09:00:00Z' }).role;

describe('a short code before a title', () => {
  it('is part of the title', () => {
    expect(
      role(
        'Your application',
        'Dear Omar,\n\nThank you for applying for the KS1 Teaching Assistant vacancy. We would like to meet you on Friday.\n\nLee Marsh\nOffice Manager',
      ),
    ).toBe('KS1 Teaching Assistant');
  });
});

describe('"n°" after a title', () => {
  it('opens its number, not the title', () => {
    expect(
      role(
        'Candidature',
        "Madame,\n\nVotre candidature au poste de chargé d'études n° 2231 a bien été reçue.\n\nCordialement,\nService des ressources humaines",
      ),
    ).toBe("chargé d'études");
  });
});

describe('a French title', () => {
  it('ends where it says where the job is', () => {
    expect(
      role(
        'Votre candidature',
        'Bonjour Inès,\n\nMerci pour votre candidature au poste de Technicien de maintenance H/F basé à Rennes.\n\nCordialement,\nL’équipe RH',
      ),
    ).toBe('Technicien de maintenance H/F');
  });
});

describe('Dutch "en"', () => {
  it('joins the capitalised parts of a title', () => {
    expect(
      role(
        'Uitnodiging',
        'Beste Joris,\n\nJe bent uitgenodigd voor een gesprek voor de functie Adviseur Ruimte en Mobiliteit bij de gemeente.\n\nMet vriendelijke groeten,\nTeam Werving',
      ),
    ).toBe('Adviseur Ruimte en Mobiliteit');
  });
});

describe('a platform relaying a message', () => {
  it('names the job after "your application:"', () => {
    expect(
      role(
        'New message',
        'Harbour Grill sent you a message about your application: Line Cook\n"hey! can you come by tuesday at 4 for a chat?"\nReply in the app',
        'Gigly <noreply@gigly.example>',
      ),
    ).toBe('Line Cook');
  });
});

describe("a scheduling tool's event name", () => {
  it('names the job after the stage and a comma', () => {
    expect(
      role(
        'Confirmed: Intro Call with Dana Fox on Mon, May 4, 2026',
        'A new event has been scheduled.\nEvent Type:\nHollis – Intro Screen, Payroll Specialist (45 min)\nInvitee:\nKit Lowe\nPowered by a booking tool',
        'Booking Tool <notifications@booking.example>',
      ),
    ).toBe('Payroll Specialist');
  });

  it('ends the title before a stage after a dash', () => {
    expect(
      role(
        'Rescheduled: Field Service Technician – Team Lead Interview',
        'Your interview has moved.\nField Service Technician – Team Lead Interview\nNow on: Thursday, May 7, 2026 · 2:00 PM\nNo further action is needed.',
        'Careers <no-reply@careers.example>',
      ),
    ).toBe('Field Service Technician');
  });
});
