/**
 * Contact and interview time on mail by new writers (issue 3): titles, signing-for marks and
 * greetings around the signed name, short forms, machine mailboxes; interview times
 * in compound words, after labels, with a zone behind "prompt" or "my time". The cases are
 * invented for this file; none is taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const DATE = '2026-03-04T10:00:00+01:00';
const run = (from: string, body: string, subject = 'Ihre Bewerbung') =>
  extractDetails({ subject, from, date: DATE, body }, { timeZone: 'UTC' });
const contact = (from: string, body: string): string | null => run(from, body).contact;
const at = (subject: string, body: string, from = 'Oskar Lind <oskar@lindholm-bau.example>'): string | null =>
  run(from, body, subject).interviewAt;

describe('contact: what stands before the signed name is not the name', () => {
  it('skips a signing-for line and strips abbreviated titles', () => {
    expect(
      contact(
        'Personalamt Kreis Oderbruch <personal@oderbruch.example>',
        'Guten Tag,\n\nleider müssen wir absagen.\n\nMit freundlichen Grüßen\nIn Vertretung\nMarlene Vogt\nPersonalamt',
      ),
    ).toBe('Marlene');
    expect(
      contact(
        'Recursos Humanos <rh@cementos-ixtla.example>',
        'Estimada Paula:\n\nLe confirmamos la entrevista.\n\nAtentamente,\nMtra. Araceli Fuentes\nRecursos Humanos',
      ),
    ).toBe('Araceli');
    expect(
      contact(
        'Ma. Cristina Bautista <cbautista@harbourlane.example>',
        'Hi Joel,\n\nWelcome aboard!\n\nRegards,\nMa. Cristina Bautista\nHR Supervisor',
      ),
    ).toBe('Cristina');
    expect(
      contact(
        'Clínica Norte <citas@clinicanorte.example>',
        'Hola Ana,\n\nte esperamos.\n\nUn saludo,\nLa Dra. Nuria Pons',
      ),
    ).toBe('Nuria');
  });

  it('never takes a greeting for the writer', () => {
    expect(
      contact(
        'Yannick – Intérim Loire <yannick@interim-loire.example>',
        'Salut Emma,\nle magasin veut te voir jeudi 10h, tu me dis ?\nYannick',
      ),
    ).toBe('Yannick');
  });

  it('reads the name before a linking word: a father’s name, the team written from', () => {
    expect(
      contact(
        'HR, Pelican Bay Shipping <hr@pelicanbay.example>',
        'Dear Mr Tan,\n\nPlease find your letter of offer attached.\n\nYours sincerely,\n\nSiti Hajar binti Osman\nHR Executive',
      ),
    ).toBe('Siti');
    expect(
      contact(
        'Ausbildung Möbelwerk Rhön <ausbildung@moebelwerk-rhoen.example>',
        'Hallo Finn,\n\nleider ist die Stelle vergeben.\n\nViele Grüße\nJannik aus der Ausbildungsleitung',
      ),
    ).toBe('Jannik');
    expect(
      contact('Quayside <jobs@quayside.example>', 'Hi Al,\n\nSee you Tuesday.\n\nWarmly,\nRhoda at Quayside'),
    ).toBe('Rhoda');
  });
});

describe('contact: the name they sign with', () => {
  it('keeps a short form of the first name over the full one in the signature or the From header', () => {
    expect(
      contact(
        'Guillermo Sosa <guille@ventanal.example>',
        'Hola Ceci,\n\nte queremos en el equipo.\n\nAbrazo,\nGuille\n\n--\nGuillermo Sosa · CTO · Ventanal',
      ),
    ).toBe('Guille');
    expect(contact('Valentina Ruiz <valen@olmo.example>', 'Hola Juan!\n\nNos vemos mañana.\n\nValen')).toBe('Valen');
  });

  it('greets by the first name when the address spells it first, not by a two-word surname', () => {
    expect(
      contact(
        'Jocelyn Santa Maria <jocelyn.santamaria@bluecoral.example>',
        'Hi Mark,\n\nYou got the job!\n\nJocelyn Santa Maria\nRecruitment Lead',
      ),
    ).toBe('Jocelyn');
  });
});

describe('contact: nobody signed', () => {
  it('gives no contact for a machine mailbox, a team name or a company in the From header', () => {
    expect(
      contact(
        'Tidewater Ferries <no-reply@jobs-portal.example>',
        'Hello Ana,\n\nThe position has been filled.\n\nTidewater Ferries',
      ),
    ).toBeNull();
    expect(
      contact(
        'Talentos | Grupo Encina <talentos@grupoencina.example>',
        'Hola Raúl,\n\nhemos seguido con otra persona.\n\nUn saludo,\nEquipo de Talentos\nGrupo Encina',
      ),
    ).toBeNull();
    expect(
      contact(
        'Corvid Robotics <careers@corvid.example>',
        'Hi Lee,\n\nWe have moved forward with other candidates.\n\nCorvid Robotics Recruiting Team',
      ),
    ).toBeNull();
  });
});

describe('contact: a closing that says where it is sent from', () => {
  it('takes no place for a name', () => {
    expect(
      contact(
        'Heike Brandt <info@gaertnerei-brandt.example>',
        'Hallo Herr Ok,\n\nwir stellen Sie gerne ein.\n\nViele Grüße aus der Gärtnerei\nHeike Brandt',
      ),
    ).toBe('Heike');
  });
});

describe('interview time: the gate and the clock', () => {
  it('takes a compound interview word, "RDV", "kennismaken", a group exercise and a trial day for an interview', () => {
    expect(at('Termin', 'Hallo Herr Ek,\n\nIhr Videointerview ist morgen um 14:00 Uhr.\n\nGruß\nOskar')).toBe(
      '2026-03-05T14:00:00+00:00',
    );
    expect(at('Zwolle', 'Hoi Tim,\n\nZullen we kennismaken op vrijdag 6 maart om 10:00?\n\nGroet,\nOskar')).toBe(
      '2026-03-06T10:00:00+00:00',
    );
    expect(at('Convite', 'Olá Rui,\n\nA dinâmica de grupo será no dia 09/03 às 9h.\n\nAbraços')).toBe(
      '2026-03-09T09:00:00+00:00',
    );
    expect(
      at('Cocina', 'Hola Eva:\n\nTe propongo una jornada de prueba el sábado 7 de marzo a las 11:00.\n\nJon'),
    ).toBe('2026-03-07T11:00:00+00:00');
  });

  it('reads a one-paragraph note taken whole as a signature', () => {
    expect(at('mission', 'Bonsoir Léa,\nRDV demain 8h45 à l’agence.\nYannick')).toBe('2026-03-05T08:45:00+00:00');
  });

  it('reads a bare hour followed by "for", "till" or "to", and a misspelt "tomorrow"', () => {
    expect(at('trial', 'hey kim come in friday at 5 for a trial shift\nOskar')).toBe('2026-03-06T17:00:00+00:00');
    expect(at('interview', 'Hi Bo, interview tommorrow 11:30 at the depot.\nOskar')).toBe('2026-03-05T11:30:00+00:00');
  });

  it('reads a time after a label on the line below its date', () => {
    expect(
      at('Einladung zum Vorstellungsgespräch', 'Guten Tag,\n\nDatum: 12.03.2026\nUhrzeit: 09:15 Uhr\n\nGrüße'),
    ).toBe('2026-03-12T09:15:00+00:00');
    expect(at('Entrevue', 'Bonjour,\n\nvotre entrevue :\nDate : 12 mars 2026\nHeure : 14 h (heure de Paris)')).toBe(
      '2026-03-12T14:00:00+01:00',
    );
  });

  it('finds the zone behind "prompt", "sharp" or "my time"', () => {
    expect(at('Interview', 'Dear Ada,\n\nYour interview is on 10 March 2026 at 9:00am prompt (WAT).')).toBe(
      '2026-03-10T09:00:00+01:00',
    );
    expect(at('Quick call?', 'Hi Zoe, interview call tomorrow at 2pm my time (Eastern)?\nOskar')).toBe(
      '2026-03-05T14:00:00-05:00',
    );
  });
});
