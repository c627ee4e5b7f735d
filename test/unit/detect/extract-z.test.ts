/**
 * extractDetails: one case per way of writing a job title that the fresh training sets (za, zb) showed
 * was misread, each in new words. A case fails without the fix of its family.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const role = (subject: string, body: string, from = 'Rowan Pike <rowan@ferngate-mills.example>'): string | null =>
  extractDetails({ subject, from, date: '2026-05-04T10:00:00+01:00', body }, { kind: 'offer' }).role;

describe('role: the families of the fresh sets', () => {
  it('keeps a capitalised word before "of" that belongs to the title ("Back of House Supervisor")', () => {
    expect(role('Interview – Back of House Supervisor', 'Hi Sam,\n\nCould you come in on Friday?\n\nRowan')).toBe(
      'Back of House Supervisor',
    );
  });

  it('reads "Team Leader" backwards as one title', () => {
    expect(
      role(
        'Quick question',
        'Hi Sam,\n\nOur site manager would like to talk to you about the Packing Team Leader job. Are you free this week?\n\nRowan',
      ),
    ).toBe('Packing Team Leader');
  });

  it('does not start a phrase inside a word after an accented letter ("días Xavier")', () => {
    expect(
      role(
        'Entrevista – Técnico de Almacén',
        'Buenos días Xavier:\n\nTe esperamos el lunes a las 10:00 en la nave 2.\n\nSaludos,\nRocío',
        'Rocío Mena <rocio@almacenes-turia.example>',
      ),
    ).toBe('Técnico de Almacén');
  });

  it("drops the employer's name written before the title", () => {
    expect(
      role(
        'Next steps',
        'Dear Sam,\n\nWell done on the online tests for the Ferngate Mills Production Trainee scheme.\n\nRowan Pike\nFerngate Mills',
      ),
    ).toBe('Production Trainee');
  });

  it('drops a possessive before the title ("como nuestra …", "como nosso …")', () => {
    expect(
      role(
        '¡Bienvenida!',
        'Hola Ana,\n\nTe queremos como nuestra Diseñadora Gráfica desde junio.\n\nUn abrazo,\nRocío',
        'Rocío Mena <rocio@estudio-turia.example>',
      ),
    ).toBe('Diseñadora Gráfica');
  });

  it('takes "become X\'s …" and "que seas nuestro nuevo …" as the title offered', () => {
    expect(
      role('Good news', "Hi Sam,\n\nWe'd love for you to become Ferngate's Head Gardener from July.\n\nRowan"),
    ).toBe('Head Gardener');
    expect(
      role(
        'Buenas noticias',
        'Hola Ana,\n\nQueremos que seas nuestro nuevo Jefe de Almacén en Turia.\n\nSaludos,\nRocío',
        'Rocío Mena <rocio@almacenes-turia.example>',
      ),
    ).toBe('Jefe de Almacén');
  });

  it('knows a title in -loog, -ologe, -ólogo as a doer', () => {
    expect(
      role(
        'Kennismaken',
        'Beste Sam,\n\nBedankt voor je sollicitatie als Geoloog. Kun je dinsdag langskomen?\n\nGroet,\nFleur',
        'Fleur Bos <fleur@bodemzicht.example>',
      ),
    ).toBe('Geoloog');
  });

  it('does not take a lone "Graduate" from a programme name over the title offered in it', () => {
    expect(
      role(
        'Re: Graduate scheme',
        'Dear Sam,\n\nYou have a place on the Ferngate Mills 2027 Graduate Programme as a Junior Buyer.\n\nRowan Pike',
      ),
    ).toBe('Junior Buyer');
  });

  it('drops the selection process named before the title in a subject ("Processo …")', () => {
    expect(
      role(
        'Retorno – Processo Auxiliar de Cozinha',
        'Olá, Bia!\n\nAgradecemos a sua participação. Optámos por outro perfil.\n\nEquipa de Pessoas',
        'Pessoas <naoresponder@sabores-do-vale.example>',
      ),
    ).toBe('Auxiliar de Cozinha');
  });

  it('knows "Sachbearbeitung" as a German title', () => {
    expect(
      role(
        'Ihre Bewerbung',
        'Sehr geehrte Frau Berg,\n\nvielen Dank für Ihre Bewerbung auf die Stelle Sachbearbeitung Haushalt. Leider …\n\nIhr Personalamt',
        'Personalamt <bewerbung@kreis-eichwald.example>',
      ),
    ).toBe('Sachbearbeitung Haushalt');
  });

  it('drops a reference number with a slash from a subject ("Kennziffer 2026/031")', () => {
    expect(
      role(
        'Kennziffer 2026/031 Leiter Bauhof',
        'Sehr geehrter Herr Berg,\n\nleider können wir Sie nicht berücksichtigen.\n\nIhr Personalamt',
        'Personalamt <bewerbung@kreis-eichwald.example>',
      ),
    ).toBe('Leiter Bauhof');
  });

  it('keeps the form written in the body over an equal one with a gender suffix', () => {
    expect(
      role(
        'Engenheiro/a – Fábrica do Largo',
        'Caro Rui,\n\nTemos o prazer de lhe comunicar que foi selecionado como Engenheiro, com início em junho.\n\nCumprimentos,\nTeresa',
        'Teresa Lobo <teresa@fabrica-largo.example>',
      ),
    ).toBe('Engenheiro');
  });

  it('takes "Estágio …" as a title', () => {
    expect(
      role(
        'Estágio de Inverno 2027',
        'Caro Tiago,\n\nLamentamos, mas as vagas já foram preenchidas.\n\nCumprimentos,\nMariana',
        'Mariana Reis <mariana@reis-advogados.example>',
      ),
    ).toBe('Estágio de Inverno');
  });

  it('reads the forwarded message when the cover note names no title', () => {
    expect(
      role(
        'Fwd: offer',
        'Hi Sam,\n\nSee below – sorry, it went to your old address.\n\nRowan\n\nBegin forwarded message:\n\nFrom: Rowan Pike <rowan@ferngate-mills.example>\nSubject: offer\n\nDear Sam,\n\nWe are pleased to offer you a place on our relief pool as a Care Worker.\n\nRowan Pike',
      ),
    ).toBe('Care Worker');
  });

  it('reads an event\'s title line: "Acme – Video interview: Data Steward"', () => {
    expect(
      role(
        'Invitation: Video interview with Rowan Pike @ Mon 11 May 2026 10am',
        'Ferngate Mills – Video interview: Data Steward\n\nWhen\nMonday 11 May 2026 10am – 10:45am\n\nGuests\nRowan Pike – organiser',
      ),
    ).toBe('Data Steward');
  });

  it('ends a title at a comma before a ward, an office or a unit ("Theatre Nurse, Ward 12")', () => {
    expect(
      role(
        'Conditional offer – Theatre Nurse, Ward 12',
        'Dear Sam,\n\nWe are pleased to offer you the post of Theatre Nurse, Ward 12 (Band 5), subject to checks.\n\nRowan Pike\nRecruitment Officer',
      ),
    ).toBe('Theatre Nurse');
  });

  it('reads "Application reference: CODE – Title"', () => {
    expect(
      role(
        'Update on your application',
        'Dear Sam,\n\nApplication reference: ENG-27-3310 – Graduate Site Engineer\n\nWe will not be taking your application further.\n\nEarly Careers Team',
      ),
    ).toBe('Graduate Site Engineer');
  });

  it('counts "cargo de" once: a later post offered in passing does not outweigh the subject', () => {
    expect(
      role(
        'Gracias por participar – Analista de Compras',
        'Hola Marta:\n\nEl proceso para Analista de Compras terminó y no continúas. Me gustaría tenerte en cuenta para el cargo de auxiliar de bodega que abrimos en junio.\n\nUn abrazo,\nRocío',
        'Rocío Mena <rocio@almacenes-turia.example>',
      ),
    ).toBe('Analista de Compras');
  });
});

describe('company: the families of the fresh sets', () => {
  it('"on behalf of the selection committee" names no client', () => {
    const d = extractDetails(
      {
        subject: 'Lecturer in Soil Science – interview',
        from: 'Faculty Office <faculty-hr@harrowgate-uni.example>',
        date: '2026-05-04T10:00:00+01:00',
        body: 'Dear Dr Lane,\n\nOn behalf of the selection committee, I am pleased to invite you to interview for the position of Lecturer in Soil Science.\n\nKind regards,\nMaya Holt\nHR Officer\nHarrowgate University',
      },
      { kind: 'interview' },
    );
    expect(d.company).toBe('Harrowgate University');
    expect(d.role).toBe('Lecturer in Soil Science');
  });

  it('"Brightwater Foods UK", "Nordvik Bio AS": a country or region code and a Nordic form are no part of the name', () => {
    const co = (sig: string): string | null =>
      extractDetails(
        {
          subject: 'Your application',
          from: 'Jo Hale <jo.hale@brightwater.example>',
          date: '2026-05-04T10:00:00+01:00',
          body: `Hi Sam,\n\nWe'd like to invite you to interview for the Buyer role.\n\nBest,\nJo\n\nJo Hale | Talent Partner | ${sig}`,
        },
        { kind: 'interview' },
      ).company;
    expect(co('Brightwater Foods UK')).toBe('Brightwater Foods');
    expect(co('Brightwater Bio AS')).toBe('Brightwater Bio');
  });

  it('"Talento Vela Norte": the singular hiring word before a name goes too', () => {
    expect(
      extractDetails(
        {
          subject: 'Tu candidatura',
          from: 'Talento Vela Norte <no-responder@velanorte.example>',
          date: '2026-05-04T10:00:00+01:00',
          body: 'Hola Ana:\n\nGracias por tu interés en el puesto de Cajera. Hemos decidido seguir con otras personas.\n\nEquipo de Talento',
        },
        { kind: 'rejection' },
      ).company,
    ).toBe('Vela Norte');
  });

  it('a compound ending in "angebot" before the name in a subject is not part of it', () => {
    expect(
      extractDetails(
        {
          subject: 'WG: Lagerist – Jobangebot Brauerei Falkner',
          from: 'Tom Brandt <t.brandt@personal-rhein.example>',
          date: '2026-05-04T10:00:00+01:00',
          body: 'Hi Lena,\n\nunten die Nachricht vom Kunden: sie wollen dich als Lagerist. Ruf mich an!\n\nBeste Grüße\nTom\n\nTom Brandt\nPersonalberater\nPersonal Rhein GmbH\n\n---------- Weitergeleitete Nachricht ---------\nVon: Karl Falkner <k.falkner@brauerei-falkner.example>\nSubject: Lagerist\n\nHallo Herr Brandt,\nwir möchten Frau Berg die Stelle anbieten.\nGruß\nKarl Falkner',
        },
        { kind: 'offer' },
      ).company,
    ).toBe('Brauerei Falkner');
  });
});

describe('role: the families of zd', () => {
  it('"another opening" is no title', () => {
    expect(
      role(
        'Regarding your application',
        'Dear Sam,\n\nWe have decided not to proceed. We will keep your details and may contact you if another opening is a fit.\n\nTalent Team',
      ),
    ).toBe(null);
  });

  it('reads a title on the line after "the following position:"', () => {
    expect(
      role(
        'Regarding your application',
        'Dear Sam,\n\nThank you for applying for the following position:\nR-5521 Senior Data Engineer - Logistics (Hybrid)\n\nWe will not be moving forward.\n\nTalent Team',
      ),
    ).toBe('Senior Data Engineer - Logistics');
  });

  it('finds the head noun before a dash qualifier ("… Practitioner – Surgical Unit")', () => {
    expect(
      role(
        'Conditional offer',
        'Dear Sam,\n\nJob title: Band 6 Clinical Practitioner – Surgical Unit\nReference: 220-SU-11\n\nRecruitment Team',
      ),
    ).toBe('Band 6 Clinical Practitioner – Surgical Unit');
  });

  it('ends a title at a dash followed by a pronoun ("… – ele vai …")', () => {
    expect(
      role(
        'Amanhã 10h',
        'Oi Gustavo!\n\nConfirmando o papo de amanhã pra vaga de auxiliar de cozinha – ele vai querer falar sobre turnos.\n\nBia',
        'Bia <bia@cantina-do-porto.example>',
      ),
    ).toBe('auxiliar de cozinha');
  });

  it('keeps a grade "I" after a job noun shaped like a doer ("Groundskeeper I")', () => {
    expect(
      role(
        'Application Status Update',
        'Dear Sam,\n\nJob Title: Groundskeeper I\nStatus: Not Selected\n\nHuman Resources',
      ),
    ).toBe('Groundskeeper I');
  });

  it('drops "slot" after a title like "position"', () => {
    expect(
      role('Chat', 'Hi Sam,\n\nWe would love to interview you for the junior buyer slot next week.\n\nRowan'),
    ).toBe('junior buyer');
  });

  it('reads a field written as a table row ("Role | …"), as it reads "Role: …"', () => {
    expect(
      role(
        'Round 2',
        'Candidate | Sam Okafor\nRole      | Warehouse Shift Lead, Nights\nDate      | Tue 12 May 2026\n\nPls confirm.\n\nRowan',
      ),
    ).toBe('Warehouse Shift Lead, Nights');
  });
});
