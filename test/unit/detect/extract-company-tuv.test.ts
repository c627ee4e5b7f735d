/**
 * Company and job title on mail from writers we never tuned on (regional de/fr/es/pt/nl, English
 * from government boards, letterheads and phone-typed notes): an agency's consultant naming the
 * client, the part of a sender's name the domain spells, owners and shops writing under their own
 * names, and a title that ends where its start date or the employer begins.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';
import { domainKey } from '../../../src/core/detect/extract/match';
import { prepare } from '../../../src/core/detect/extract/prepare';

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

describe('the part of a sender name the domain spells', () => {
  it('drops a department joined to the name by a separator', () => {
    const body = 'Dear Noor,\n\nThank you for applying. We will not progress your application.\n';
    expect(
      details('Community Hiring Team – Pellow Rail Systems <grads@pellowrail.example>', 'Outcome', body).company,
    ).toBe('Pellow Rail Systems');
    expect(
      details('Intake Section, Marrick Valley University <intake@marrickvu.example>', 'Outcome', body).company,
    ).toBe('Marrick Valley University');
  });

  it('grows a stripped name only as far as the domain spells it', () => {
    expect(
      details(
        'Tallow Creek Resources Careers <careers@tallowcreekresources.example>',
        'Your offer',
        'Hi Sam,\n\nWe are pleased to offer you the Haul Truck Operator role.\n',
      ).company,
    ).toBe('Tallow Creek Resources');
  });

  it('passes over a short region or sector label of the domain (but keeps one under a generic label)', () => {
    const key = (from: string) => domainKey(prepare({ from, subject: '', body: '' }));
    expect(key('Ana Ruiz <ana@fernvale.k12.example>')).toBe('fernvale');
    expect(key('Ben Cole <ben@wirraway.nsw.gov.example>')).toBe('wirraway');
    expect(key('Talento <no-reply@talento.bcn.example>')).toBe('bcn');
  });
});

describe('owners and shops writing under their own names', () => {
  it('takes the business a person names in brackets, or after the first name they sign with', () => {
    expect(
      details(
        'Joop Hendriks (Kwekerij Hendriks) <kwekerij.hendriks@ziggo.example>',
        'maandag',
        'Hoi Tomasz, kun je maandag beginnen? 7 uur bij de kas.\nJoop',
      ).company,
    ).toBe('Kwekerij Hendriks');
    expect(
      details(
        'Rosa Padaria Trigo de Ouro <padaria.trigo@gmail.example>',
        'vaga',
        'Oi Lucas, pode começar sábado às 6h?\nRosa',
      ).company,
    ).toBe('Padaria Trigo de Ouro');
  });

  it('prefers the business to the owner whose surname alone the domain spells', () => {
    expect(
      details(
        'Marthe Goossens <m.goossens@lab-goossens.example>',
        'Uw sollicitatie',
        'Beste Jens,\n\nWe bieden u graag de functie van laborant aan.\n\nMet vriendelijke groeten,\nMarthe Goossens\nZaakvoerder\nLaboratoria Goossens NV\n',
      ).company,
    ).toBe('Laboratoria Goossens NV');
  });

  it('drops a place or a gloss in brackets after the name', () => {
    expect(
      details(
        'Ivy Lam <ivy.lam@quokkametrics.example>',
        'Phone screen',
        'Hi Dev,\n\nAre you free for a call on Friday at 2pm?\n\nIvy\nPeople Team, Quokka Metrics (Perth)\n',
      ).company,
    ).toBe('Quokka Metrics');
  });

  it('does not read an organisation ending in "-orate" or "-ion" as a job title', () => {
    expect(
      details(
        'Staffing – Northern Grain Directorate <staffing@ngd-dgn.example>',
        'Interview invitation',
        'Hello Ava,\n\nWe invite you to an interview in Regina on Tuesday.\n',
      ).company,
    ).toBe('Northern Grain Directorate');
  });
});

describe('a job title ends where its dates, the writer or the employer begin', () => {
  const role = (body: string, from = 'Kim Roe <kim@example.org>') => details(from, 'Update', body).role;
  it('stops at a start date or a schedule', () => {
    expect(role('Hoi Sanne,\n\nWe bieden je de functie van magazijnmedewerker vanaf maandag 7 september aan.\n')).toBe(
      'magazijnmedewerker',
    );
    expect(
      role('Bonjour,\n\nNous vous proposons le poste de technicienne de laboratoire du 2 mars au 30 juin.\n'),
    ).toBe('technicienne de laboratoire');
    expect(
      role('Hi Jo,\n\nWe would like to offer you the position of Adjunct Lecturer, Mondays/Wednesdays 6-9pm.\n'),
    ).toBe('Adjunct Lecturer');
  });

  it('stops at "and I…"', () => {
    expect(role("Hi Lee,\n\nThanks for applying for the Firmware Engineer and I'd love to set up a call.\n")).toBe(
      'Firmware Engineer',
    );
  });

  it('stops where the employer the company finder named begins', () => {
    expect(
      details(
        'Nia Stroud <nia.stroud@larkspurdental.example>',
        'Offer',
        'Hi Omar,\n\nI am pleased to offer you the role of Dental Receptionist for Larkspur Dental Group, starting in May.\n\nNia Stroud\nPractice Manager | Larkspur Dental Group\n',
      ).role,
    ).toBe('Dental Receptionist');
  });
});
