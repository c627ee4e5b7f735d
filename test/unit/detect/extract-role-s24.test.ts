/**
 * Job titles, round s24: a posting's reference written around the title with a word that says so ("Posting
 * LT-2026-044, …", "… – Aviso n.º 4121/2025") is not part of it, and a reference code alone is no title; Dutch
 * "de positie …" frames a title, and "PhD-kandidaat" heads one.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const role = (subject: string, body: string, kind: 'interview' | 'rejection' = 'interview') =>
  extractDetails(
    { from: 'Lee Okafor <lee.okafor@northvale.example>', subject, body, date: '2026-03-02T10:00:00+00:00' },
    { timeZone: 'UTC', kind },
  ).role;

describe("a posting's reference around the title", () => {
  it('is left out before the title', () => {
    expect(
      role(
        'Interview invitation',
        'Dear Ms. Okoro,\n\nThank you for applying to Posting TR-2026-117, Senior Payroll Administrator, at Northvale Borough Council. We would like to meet you on Tuesday 10 March at 2 pm.\n\nKind regards,\nLee Okafor',
      ),
    ).toBe('Senior Payroll Administrator');
    expect(
      role(
        'Ihre Bewerbung',
        'Sehr geehrte Frau Lind,\n\nvielen Dank für Ihre Bewerbung auf die Ausschreibung Q-208/25, Sachbearbeiter/in Bauordnung. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Person entschieden haben.\n\nMit freundlichen Grüßen\nLee Okafor',
        'rejection',
      ),
    ).toBe('Sachbearbeiter/in Bauordnung');
  });

  it('is left out after the title', () => {
    expect(
      role(
        'Candidatura',
        'Exma. Senhora,\n\nInformamos que a sua candidatura ao procedimento para Técnico Superior (Arquitetura) – Aviso n.º 5532/2026 foi excluída por falta de documentos.\n\nCom os melhores cumprimentos,\nLee Okafor',
        'rejection',
      ),
    ).toBe('Técnico Superior (Arquitetura)');
  });

  it('is no title alone', () => {
    expect(
      role(
        'Interview invitation - Assistant Surveyor (NBC/ES/2604)',
        'Dear Ms Baptiste,\n\nAssistant Surveyor – Estates\nReference: NBC/ES/2604\n\nThank you for your application. We would like to invite you to a panel interview on Monday 9 March at 11:00 at the Civic Offices.\n\nRegards,\nLee Okafor',
      ),
    ).toBe('Assistant Surveyor');
  });
});

describe('Dutch titles', () => {
  it('reads "de positie …" and a PhD-kandidaat', () => {
    expect(
      role(
        'Uitnodiging gesprek',
        'Beste Anna,\n\nDank voor je sollicitatie op de positie PhD-kandidaat Bodemecologie (vacaturenummer 26.031). Graag nodigen we je uit voor een gesprek op dinsdag 10 maart om 14:00.\n\nMet vriendelijke groet,\nLee Okafor',
      ),
    ).toBe('PhD-kandidaat Bodemecologie');
  });
});
