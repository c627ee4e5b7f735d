/**
 * Job titles, round s12 (families from casual mail by writers the rules were not fitted to): a lower-case
 * title in a casual frame ("be our regular X", "hiring a X", "gone with another X", "wir suchen eine X"), with a
 * job word and more than a bare "hand" or "crew"; a title in sentence case opening a sentence before its hours
 * ("Line cook, 4 nights a week"); the drive, list or open house a title is hired through, and a programme after a
 * person noun, off its end; "his"/"her" off its front; "right now" ends it.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const role = (subject: string, body: string, from = 'Pat Quill <pat@quillhouse.example>'): string | null =>
  extractDetails({ from, subject, body, date: '2026-06-01T09:00:00Z' }).role;

describe('a lower-case title in a casual frame', () => {
  it('reads "be our regular X", "hiring a X", "gone with another X" and "decided on another X"', () => {
    expect(
      role('Tuesdays', 'Hi Cal,\n\nWould you be our regular window cleaner from May? Every other Tuesday.\n\nPat'),
    ).toBe('window cleaner');
    expect(
      role(
        'a chat',
        'Hi Noor, could you pop in on Friday at 11? We are hiring a dental nurse for three days a week.\n\nPat',
      ),
    ).toBe('dental nurse');
    expect(
      role(
        'sorry',
        "Hi Ivo,\n\nwe've gone with another bookkeeper who lives closer to the yard. Thanks for your time.\n\nPat",
      ),
    ).toBe('bookkeeper');
    expect(role('sorry', 'Hi Ivo,\n\nin the end we decided on another tutor, sorry!\n\nPat')).toBe('tutor');
  });

  it('reads the frame in German and Spanish too', () => {
    expect(
      role(
        'Probetag',
        'Hallo Mira,\n\nkommst du am Dienstag um 10 Uhr vorbei? Wir suchen eine Reinigungskraft für das Büro.\n\nGrüße\nPia',
      ),
    ).toBe('Reinigungskraft');
    expect(
      role('prueba', 'Hola Inés, ¿puedes venir el jueves a las 18:00? Buscamos dependienta para los sábados.\n\nPilar'),
    ).toBe('dependienta');
  });

  it('ends the title before "right now"', () => {
    expect(
      role(
        'quick one',
        'hey Bo, we are looking for an events coordinator right now, free for a call Monday at 4?\n\nPat',
      ),
    ).toBe('events coordinator');
  });

  it('leaves a frame with no job word, or only a bare "hand" or "crew", without a title', () => {
    expect(role('Saturday', 'Hi Sam, we could use a hand on Saturday at 9 if you are free.\n\nPat')).toBeNull();
    expect(role('barbecue', 'Hi Sam, can you be on the crew for the barbecue on Sunday at 2?\n\nPat')).toBeNull();
    expect(role('laptop', 'Hi Sam, I need a faster laptop before Monday at 10, any tips?\n\nPat')).toBeNull();
  });
});

describe('a title in sentence case before its hours', () => {
  it('reads "X, <hours>" and "X to start" opening a sentence', () => {
    expect(role('good news', "Hi Lu,\n\nWe'd love to have you. Line cook, 4 nights a week, £13 an hour.\n\nPat")).toBe(
      'Line cook',
    );
    expect(role('good news', 'Hi Lu,\n\nYou start on the 3rd. Assistant manager to start, then we see.\n\nPat')).toBe(
      'Assistant manager',
    );
  });

  it('leaves a greeting or a day before a time without a title', () => {
    expect(
      role('Monday', 'Thanks again, 3 of us enjoyed meeting you. Monday, 9am works for the call.\n\nPat'),
    ).toBeNull();
  });
});

describe('the drive or programme after a title', () => {
  it('drops a recruitment day, a list or an open house, and a programme after a person noun', () => {
    expect(role('Prison Officer Recruitment', 'Dear Ola,\n\nPlease come on 4 June at 10:00.\n\nPat')).toBe(
      'Prison Officer',
    );
    expect(role('Supply Lecturer List', 'Dear Ola,\n\nWe would like to add you. Please reply by Friday.\n\nPat')).toBe(
      'Supply Lecturer',
    );
    expect(role('Ramp Agent Open House in Denver', 'Dear Ola,\n\nJoin us on 4 June at 10:00.\n\nPat')).toBe(
      'Ramp Agent',
    );
    expect(role('Sales Supervisor Programme', 'Dear Ola,\n\nJoin us on 4 June at 10:00.\n\nPat')).toBe(
      'Sales Supervisor',
    );
  });

  it('keeps a programme named alone', () => {
    expect(role('Graduate Programme in Logistics', 'Dear Ola,\n\nJoin us on 4 June at 10:00.\n\nPat')).toBe(
      'Graduate Programme in Logistics',
    );
  });
});

describe('a possessive before a title', () => {
  it('drops "his" and "her"', () => {
    expect(
      role('yard', "Hi Tam,\n\nKev says you'd be great as his apprentice roofer from July. Can you call him?\n\nPat"),
    ).toBe('apprentice roofer');
  });
});

describe("other languages' words for casual titles", () => {
  it('knows -hulp and garçom/atendente as job words, and ends a title before "antes" and "anfangen"', () => {
    expect(
      role(
        'proefdag',
        'Hoi Sem,\n\nKun je zaterdag om 10 uur langskomen? We zoeken een keukenhulp voor de zomer.\n\nAnke',
      ),
    ).toBe('keukenhulp');
    expect(role('loja', 'Oi Caio, pode começar segunda como atendente de loja, das 9h às 17h.\n\nBia')).toBe(
      'atendente de loja',
    );
    expect(
      role(
        'bar',
        'Hola Leo, te quiero para el puesto de ayudante de camarero antes de agosto. ¿Hablamos el lunes a las 12?\n\nSara',
      ),
    ).toBe('ayudante de camarero');
    expect(
      role(
        'Zusage',
        'Hallo Tim,\n\npasst. Du kannst am 3. März bei uns als Malergeselle anfangen. 17 € die Stunde, Montag bis Freitag.\n\nUte',
      ),
    ).toBe('Malergeselle');
  });
});

describe('a title in sentence case', () => {
  it('goes on into a lower-case job word after its first', () => {
    expect(role('Apprentice mechanic', 'Hi Ren,\n\nCan you come in on Monday at 8 for a chat?\n\nPat')).toBe(
      'Apprentice mechanic',
    );
  });

  it('still ends at a lower-case word that names no job', () => {
    expect(role('Apprentice wanted', 'Hi Ren,\n\nCan you come in on Monday at 8 for a chat?\n\nPat')).toBe(
      'Apprentice',
    );
  });
});

describe('the post named before a lower-case title in Portuguese and Dutch', () => {
  it('reads "a vaga é de X", "o lugar de X", "de plaats van X", and ends at "pro"', () => {
    expect(
      role('conversa', 'Oi Nina, pode vir na terça às 15h? A vaga é de cuidadora, de segunda a sexta.\n\nLeo'),
    ).toBe('cuidadora');
    expect(
      role('livraria', 'Olá Rui, podes vir na quinta às 16h para falarmos sobre o lugar de rececionista?\n\nAna'),
    ).toBe('rececionista');
    expect(
      role('rijschool', 'Hoi Tess, we hebben de plaats van instructeur voor jou. Kun je maandag om 9 uur?\n\nBram'),
    ).toBe('instructeur');
    expect(
      role('turno', 'Oi Davi, a gente tá precisando de motorista pro turno da noite. Pode vir sexta às 10h?\n\nGil'),
    ).toBe('motorista');
  });
});

describe('Spanish: plural places and an infinitive that is no doer', () => {
  it('reads "las plazas de X" and passes over "para hacer …"', () => {
    expect(
      role(
        'Socorristas',
        'Hola Eva, ya hemos cubierto las plazas de socorrista con gente del año pasado. Un abrazo.\n\nJon',
      ),
    ).toBe('socorrista');
    expect(
      role(
        'prueba',
        'Hola Ana, ¿puedes venir el lunes a las 10 para hacer una prueba? Es para cajera de tarde.\n\nLola',
      ),
    ).toBe('cajera de tarde');
  });
});

describe('French: "la place de X"', () => {
  it('reads the title after "place de"', () => {
    expect(
      role('Ta candidature', "Salut Léa, on a choisi quelqu'un d'autre pour la place de fleuriste : désolée !\n\nMaud"),
    ).toBe('fleuriste');
  });
});
