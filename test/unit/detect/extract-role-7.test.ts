/**
 * Job titles on mail from writers we never tuned on, round 7: "and" that leads into the sentence, job nouns
 * the head-word list lacked, the frame around a title read from its start, a place written after the title,
 * a grade code or a season after it, triggers written another way, and a trigger inside another's reach.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const role = (from: string, subject: string, body: string): string | null =>
  extractDetails({ from, subject, body, date: '2026-03-02T09:00:00Z' }).role;

describe('"and" joins a lower-case word only when it names a job too', () => {
  it('ends a Portuguese title before "e" and a verb or a preposition', () => {
    expect(
      role(
        'Carla Dantas <carla@lumeclinica.example>',
        'Sua candidatura',
        'Oi Tiago,\n\nVi seu currículo para a vaga de auxiliar administrativo e gostaria de marcar uma conversa na quinta.\n\nCarla\n',
      ),
    ).toBe('auxiliar administrativo');
    expect(
      role(
        'Equipe Pindaíba <vagas@pindaiba.example>',
        'Atualização do processo',
        'Olá Bruna,\n\nObrigado por se candidatar à vaga de Analista de Dados Pleno e por ter feito o teste técnico.\n\nEquipe Pindaíba\n',
      ),
    ).toBe('Analista de Dados Pleno');
  });

  it('ends a French title before "et" and a verb', () => {
    expect(
      role(
        'Atelier Sorgue <rh@sorgue.example>',
        'Votre candidature',
        'Bonjour Léa,\n\nNous avons reçu de nombreux dossiers pour le poste de Chef de Projet Digital et avons retenu un autre profil.\n\nCordialement,\nNadia\n',
      ),
    ).toBe('Chef de Projet Digital');
  });
});

describe('job nouns the head-word list lacked', () => {
  it('reads trade and hospitality titles written in lower case in a subject', () => {
    expect(
      role('Gus <gus@harbourgrill.example>', 'kitchen hand', 'hey sam, come in thursday at 4 for a trial.\n\nGus\n'),
    ).toBe('kitchen hand');
    expect(role('Maeve <maeve@thecorner.example>', 'Re: bar staff', 'got your cv, pop in friday.\n\nMaeve\n')).toBe(
      'bar staff',
    );
    expect(role('Nikos <nikos@bluefig.example>', 'Re: waitress job', 'sorry love, the spot is gone.\n\nNikos\n')).toBe(
      'waitress',
    );
  });

  it('reads German and Dutch job nouns after a frame', () => {
    expect(
      role(
        'Personal <personal@kranwerk.example>',
        'Ihre Unterlagen',
        'Sehr geehrter Herr Auer,\n\nIhre Unterlagen für die Stelle Konstrukteur Fördertechnik haben uns überzeugt.\n\nMit freundlichen Grüßen\nIlse Brandt\n',
      ),
    ).toBe('Konstrukteur Fördertechnik');
    expect(
      role(
        'Praxis Lindner <praxis@lindner.example>',
        'Ihre Unterlagen',
        'Guten Tag,\n\nIhre Bewerbung für die Stelle Medientechnologe Siebdruck ist bei mir angekommen.\n\nGrüße\nJonas Lindner\n',
      ),
    ).toBe('Medientechnologe Siebdruck');
    expect(
      role(
        'Houtatelier Wouters <info@wouters.example>',
        'Kennismaking',
        'Beste Jens,\n\nBedankt voor uw sollicitatie als trappenwerker. Kom gerust langs in het atelier.\n\nGroeten,\nLien\n',
      ),
    ).toBe('trappenwerker');
  });
});

describe('the frame around a title, read from its start', () => {
  it('reads a subject that names the post after "for the post of"', () => {
    expect(
      role(
        'Tunde Bakare <hr@greenvalefoods.example>',
        'Re: Application for the post of Stores Supervisor',
        'Dear Kemi,\n\nWe regret to inform you that the vacancy has been put on hold.\n\nYours faithfully,\nTunde Bakare\n',
      ),
    ).toBe('Stores Supervisor');
  });

  it('drops a requisition number written before the title', () => {
    expect(
      role(
        'Careers <careers@meridianhealth.example>',
        'Your application',
        'Dear Omar,\n\nThank you for your application for the job requisition R-55120 Pharmacy Technician – Inpatient.\n\nMeridian Health Careers\n',
      ),
    ).toBe('Pharmacy Technician – Inpatient');
  });
});

describe('a place after the title', () => {
  it('ends the title where the email says the job is ("in Tilburg"), and only there', () => {
    expect(
      role(
        'Sanne <sanne@werkpunt.example>',
        'Kennismaking – Magazijnmedewerker Tilburg',
        'Hoi Daan,\n\nBedankt voor je inschrijving voor de functie Magazijnmedewerker bij onze klant in Tilburg. Bel je me morgen?\n\nSanne\n',
      ),
    ).toBe('Magazijnmedewerker');
    // A qualifier the email never uses as a place stays.
    expect(
      role(
        'Ruth <ruth@pinegrove.example>',
        'Assistant Buyer – Outdoor Living',
        'Hi Lee,\n\nThanks for your time on the Assistant Buyer – Outdoor Living opening. We will be in touch.\n\nRuth\n',
      ),
    ).toBe('Assistant Buyer – Outdoor Living');
  });
});

describe('a grade code or a season after the title', () => {
  it('ends the title before a comma and a grade code', () => {
    expect(
      role(
        'Agency HR <hr@watershed.example.gov>',
        'Application status',
        'Dear Applicant,\n\nPosition: Budget Analyst, GS-0560-11\n\nYou were not selected.\n\nAgency HR\n',
      ),
    ).toBe('Budget Analyst');
  });

  it('ends the title before "for" and a season', () => {
    expect(
      role(
        'Dana <dana@quarrybank.example>',
        'Offer',
        'Hi Ravi,\n\nWe are delighted to offer you a position as a Credit Risk Intern for Summer 2026 in our Leeds office.\n\nDana\n',
      ),
    ).toBe('Credit Risk Intern');
  });
});

describe('triggers written another way', () => {
  it('reads a title after an elided "en tant qu\'" and after "the role is"', () => {
    expect(
      role(
        'Maison des Jeunes <direction@mdj-herve.example>',
        'Suite à notre rencontre',
        "Bonjour Inès,\n\nNous avons le plaisir de te proposer un contrat à mi-temps en tant qu'éducateur spécialisé, à partir du 1er mai.\n\nJulie\n",
      ),
    ).toBe('éducateur spécialisé');
    expect(
      role(
        'Priya <priya@northgate-search.example>',
        'Re: a quick question',
        'Hi Sam,\n\nThe client is a grocery chain and the role is Head of Category Planning for their new region. Free for a call?\n\nPriya\n',
      ),
    ).toBe('Head of Category Planning');
  });
});

describe('a trigger inside the reach of an earlier one', () => {
  it('still reads the title after the second "for"', () => {
    expect(
      role(
        'Dr. Lena Ortiz <lortiz@harlow.example.edu>',
        'Campus visit',
        'Dear Dr. Imani,\n\nI am delighted to invite you to campus for a visit as a finalist for the tenure-track Associate Professor of Marine Geology.\n\nLena Ortiz\n',
      ),
    ).toBe('Associate Professor of Marine Geology');
  });
});
