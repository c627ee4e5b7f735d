/**
 * Role extraction on mail by new writers (issue 3): frame words around a title, titles that go on
 * in lower case, job nouns of every language and the frames that name them without an article.
 * The cases are invented for this file; none is taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const role = (subject: string, body: string): string | null =>
  extractDetails(
    { subject, from: 'Recruiting <jobs@example.example>', date: '2026-03-04T10:00:00+00:00', body },
    { timeZone: 'UTC' },
  ).role;

describe('role: frame words around the title are not part of it', () => {
  it('drops a process word before the title in the subject', () => {
    expect(role('Telefoninterview Data Engineer Logistik – Termin', 'Hallo Jana,\n\nbis morgen.\n\nGruß\nEva')).toBe(
      'Data Engineer Logistik',
    );
    expect(role('Oferta de cocinero/a – Taberna El Pozo', 'Hola Luis,\n\nte esperamos el lunes.\n\nMarta')).toBe(
      'cocinero/a',
    );
    expect(role('Re: Búsqueda Analista de Costos', 'Hola Pablo,\n\nseguimos en contacto.\n\nInés')).toBe(
      'Analista de Costos',
    );
    expect(role('Rückmeldung Leiter Einkauf', 'Guten Tag,\n\nleider nein.\n\nGruß\nTim')).toBe('Leiter Einkauf');
  });

  it('drops a possessive, "one", "first" and a vacancy word before the title', () => {
    expect(role('Deine Bewerbung als Junior Grafikdesigner', 'Hallo Tom,\n\ndanke.\n\nLena')).toBe(
      'Junior Grafikdesigner',
    );
    expect(role('hey', 'Hi Ola,\n\nwe want you as our first data engineer.\n\nBen')).toBe('data engineer');
    expect(
      role('Tu postulación', 'Hola Rita,\n\ngracias por postularte a la vacante Asesor de Seguros Hogar.\n\nEquipo'),
    ).toBe('Asesor de Seguros Hogar');
  });

  it('ends the title at a place or a schedule after "in" outside English, and reads "im" as part of it', () => {
    expect(
      role(
        'Rückmeldung',
        'Guten Tag Herr Roth,\n\nleider ist die Stelle als Leiter Einkauf in Winterthur schon besetzt. Wir wünschen Ihnen alles Gute.\n\nGruß\nTim',
      ),
    ).toBe('Leiter Einkauf');
    expect(role('Zusage', 'Hallo Mia,\n\nwir möchten Sie als Sachbearbeiterin im Vertrieb einstellen.\n\nGruß')).toBe(
      'Sachbearbeiterin im Vertrieb',
    );
    expect(
      role('Zusage', 'Hallo Mia,\n\nwir möchten Sie als Werkstudentin im Bereich Data Science einstellen.\n\nGruß'),
    ).toBe('Werkstudentin Data Science');
  });
});

describe('role: where a title written in capitals ends', () => {
  it('ends it at a lower-case verb after a capitalised word in Dutch, Spanish and Portuguese', () => {
    expect(
      role(
        'Verlenging',
        'Hoi Sem,\n\nJe huidige contract als Coördinator Planning loopt eind mei af. Goed nieuws: we willen graag met je verder en bieden je een vast contract aan.\n\nGroeten,\nAnke',
      ),
    ).toBe('Coördinator Planning');
    expect(role('Renovação', 'Olá Rui,\n\nO seu contrato como Técnico de Redes termina a 3 de maio.\n\nAna')).toBe(
      'Técnico de Redes',
    );
    expect(
      role('Hola', 'Hola Eva,\n\nqueremos que empieces como becaria de Diseño Gráfico durante el verano.\n\nJon'),
    ).toBe('becaria de Diseño Gráfico');
  });

  it('keeps lower-case words in a subject, where no sentence goes on', () => {
    expect(
      role(
        'Vacature Verpleegkundige spoedgevallen – ingevuld',
        'Beste Lies,\n\nBedankt voor je sollicitatie. Helaas is de vacature intussen ingevuld.\n\nMet vriendelijke groeten,\nKoen',
      ),
    ).toBe('Verpleegkundige spoedgevallen');
  });
});

describe('role: job nouns and the frames that name them without an article', () => {
  it('knows trades and service jobs in every language', () => {
    expect(role('Ihre Anstellung', 'Hallo Tim,\n\nSie können am Montag als Schreinergeselle anfangen.\n\nSepp')).toBe(
      'Schreinergeselle',
    );
    expect(role('Samedi', 'Bonjour Léa,\n\non te prend comme serveuse le week-end.\n\nMarc')).toBe('serveuse');
    expect(role('Re: Currículo', 'Olá Bia,\n\ninfelizmente a vaga de recepcionista foi preenchida.\n\nPaula')).toBe(
      'recepcionista',
    );
    expect(role('Bijbaan', 'Hoi Tess,\n\nwe nemen je graag aan als vakkenvuller.\n\nJoost')).toBe('vakkenvuller');
    expect(role('Loan Teller position', 'Hi Ann,\n\nwe have filled the position internally.\n\nRoss')).toBe(
      'Loan Teller',
    );
  });

  it('reads "en qualité de", a roman numeral grade and a lower-case English title after "as"', () => {
    expect(
      role('Contrat', 'Bonjour,\n\nnous vous confirmons votre engagement en qualité de Chef de projet digital.\n\nRH'),
    ).toBe('Chef de projet digital');
    expect(role('Update', 'Hi Jo,\n\nthanks for applying for the Claims Adjuster I position.\n\nHR')).toBe(
      'Claims Adjuster I',
    );
    // (The terms before it are not the title's, as most training labels write it: extract-s19.)
    expect(role('ok', 'Hi Jo,\n\nwe want you on board as part-time bookkeeper from May.\n\nSam')).toBe('bookkeeper');
  });
});

describe('role: qualifiers and modifiers', () => {
  it('ends the title at a comma before a department, a season or a month', () => {
    expect(
      role(
        'Offer',
        'Dear Ana,\n\nWe are pleased to offer you the position of Survey Technician II, Department of Transportation, at a salary of $5,100 per month.\n\nHR',
      ),
    ).toBe('Survey Technician II');
    expect(role('Hi', 'Hi Ana,\n\nWe would love to have you as a Lifeguard Supervisor, Summer 2026.\n\nTom')).toBe(
      'Lifeguard Supervisor',
    );
  });

  it('keeps an ordinal or a year before the title', () => {
    expect(
      role('Moving our meeting', 'Hi Ana,\n\nI need to move your interview for the 2nd Grade Teacher position.\n\nMia'),
    ).toBe('2nd Grade Teacher');
    expect(
      role(
        'Good news',
        'Hi Ana,\n\nWe would like to appoint you to the Year 6 class teacher role from January.\n\nMia',
      ),
    ).toBe('Year 6 class teacher');
  });

  it('reads the title before "offer" and after a bare "for/para"', () => {
    expect(
      role('About your offer', 'Hi Ana,\n\nI have to withdraw the Senior Data Engineer offer we sent you.\n\nMia'),
    ).toBe('Senior Data Engineer');
    expect(
      role('Next step', 'Hi Ana,\n\nThe next step for Night Shift Supervisor is a short video interview.\n\nMia'),
    ).toBe('Night Shift Supervisor');
    // The bare frame loses a tie to a stronger one.
    expect(
      role(
        "Votre stage de fin d'études chez Lumen",
        "Bonjour Anaïs,\n\nNous avons le plaisir de vous accueillir pour un stage de fin d'études en tant que Stagiaire développeuse web à partir de mars.\n\nCordialement,\nPaul",
      ),
    ).toBe('Stagiaire développeuse web');
    expect(
      role('Gracias', 'Hola Ana,\n\nmuchas gracias por venir a la entrevista para cajera en nuestra tienda.\n\nLuis'),
    ).toBe('cajera');
  });
});

describe('role: more frames and verbs', () => {
  it('reads "Ausbildung zum" and a nursing title', () => {
    expect(
      role(
        'Nächster Schritt',
        'Hallo Tim,\n\nschön, dass du dich für eine Ausbildung zur Industriekauffrau bei der Nordwerk GmbH interessierst.\n\nGruß\nEva',
      ),
    ).toBe('Industriekauffrau');
    expect(
      role('Ihre Bewerbung Pflegefachmann Geriatrie – Kennenlernen', 'Guten Tag,\n\nwir melden uns.\n\nGruß'),
    ).toBe('Pflegefachmann Geriatrie');
  });

  it('ends a lower-case Dutch title at a verb', () => {
    expect(
      role(
        'Verlenging',
        'Hoi Sem,\n\nJe contract als magazijnmedewerker loopt op 1 juni af. Goed nieuws: we willen graag met je verder.\n\nGroeten,\nAnke',
      ),
    ).toBe('magazijnmedewerker');
    expect(
      role(
        'Goed nieuws',
        'Hoi Sem,\n\nWe willen je graag de functie van junior planner aanbieden voor het komende jaar.\n\nGroeten,\nAnke',
      ),
    ).toBe('junior planner');
  });
});

describe('role: field lines and appositive frames', () => {
  it('reads a "Job Requisition:" line and a "Team Leader"', () => {
    expect(
      role(
        'Action required',
        'Hi Ana,\n\nJob Requisition: RQ-2231 Loss Adjuster II\n\nPlease accept in the portal.\n\nHR',
      ),
    ).toBe('Loss Adjuster II');
    expect(
      role('Nights', 'Hi Ana,\n\nthe client wants to meet you for Packing Team Leader nights tomorrow.\n\nBob'),
    ).toBe('Packing Team Leader');
  });

  it('reads "mission de", "CDD de" and a vacancy named without "de"', () => {
    expect(
      role(
        'Renouvellement',
        "Bonjour Paul,\n\nLe client souhaite prolonger votre mission de Magasinier jusqu'au 30 juin.\n\nNadia",
      ),
    ).toBe('Magasinier');
    expect(
      role(
        'Atualização',
        'Olá Bia,\n\nPassando para contar como ficou o processo da vaga Analista de Compras Pleno.\n\nEquipe',
      ),
    ).toBe('Analista de Compras Pleno');
  });
});
