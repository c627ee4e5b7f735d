/**
 * Job titles, round s17: casual mail from small employers and the ways any writer frames a title. A lower-case doer
 * after an acronym goes on ("MOT tester"); a nursery is no nurse; a phrase opening with a linking word is no title; the
 * body's title with a word before the subject's is the fuller one; a German adjective before the noun is part of the
 * title; a CV, a competition or a season after a title is not part of it; a title ends at "once" or at the days it is
 * worked; Spanish, Portuguese and Dutch frames of casual mail; a lower-case title ends before "for" and a name; a
 * booking tool's trial shift names the job; a centre, division, directorate or street after the title is where it is;
 * "the X hiring team" names X; Dutch and Spanish job nouns the head lists lacked (technicus, chauffeur, gerocultor); a
 * head is the head of something ("Head of Department").
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';
import { cleanRole } from '../../../src/core/detect/extract/role';

const role = (subject: string, body: string, from = 'Sam Pike <sam@pikeworks.example>'): string | null =>
  extractDetails({ from, subject, body, date: '2026-06-01T09:00:00Z' }).role;

describe('a lower-case doer after an acronym', () => {
  it('goes on with the title', () => {
    expect(
      role(
        'As agreed',
        'Priya,\n\nAs agreed this afternoon:\n\nJob: CNC setter / operator\nPay: £14.20 an hour, days\n\nSee you Monday.\n\nSam',
      ),
    ).toBe('CNC setter / operator');
  });
});

describe('words that hold a job word but name none', () => {
  it('a nursery is not a nurse', () => {
    expect(cleanRole('nursery', true)).toBeNull();
  });

  it('a phrase opening with a linking word is no title', () => {
    expect(cleanRole('for the van and mixer', true)).toBeNull();
  });
});

describe("the body's title with words before the subject's", () => {
  it('is the fuller title', () => {
    expect(
      role(
        'Care Assistant – good news',
        'Hi Jo,\n\nWe would love you to join us as a Dementia Care Assistant from next month, on the day rota.\n\nBest,\nSam',
      ),
    ).toBe('Dementia Care Assistant');
  });

  it('keeps a class before a number', () => {
    expect(
      role(
        'Next step',
        'Hi Ali,\n\nThe next step for the Class 2 Driver vacancy is a short road test with Vic.\n\nSam',
      ),
    ).toBe('Class 2 Driver');
  });
});

describe('a German adjective before the noun', () => {
  it('is part of the title', () => {
    expect(cleanRole('medizinische Fachangestellte', true, 'de')).toBe('medizinische Fachangestellte');
  });
});

describe('what follows a title', () => {
  it('a CV, a competition or a season is not part of it', () => {
    expect(cleanRole('Sous Chef CV', true)).toBe('Sous Chef');
    expect(cleanRole('Prison Officer Competition', true)).toBe('Prison Officer');
    expect(cleanRole('Köchin Wintersaison', true, 'de')).toBe('Köchin');
  });

  it('a title ends at "once" and at the days it is worked', () => {
    expect(
      role(
        'Tilly',
        'Hi Dan,\n\nThanks for coming round. If it suits you we would be looking for a piano teacher once a fortnight.\n\nMeg',
        'Meg Hart <meg.hart@mail.example>',
      ),
    ).toBe('piano teacher');
    expect(
      role(
        'porter',
        'sorted mate. kitchen porter sat sun 8 till 4, cash weekly. come in saturday at 8\n\nDes',
        'Des <des.grill@mail.example>',
      ),
    ).toBe('kitchen porter');
  });

  it('a lower-case title ends before "for" and a name', () => {
    expect(
      role(
        'biology',
        'Hi Ruth, we are looking for a biology tutor for Noah (Year 10). Could you come round on Thursday after school?\n\nKate',
        'Kate Moss <kate.moss@mail.example>',
      ),
    ).toBe('biology tutor');
  });

  it('a centre, a division, a directorate or a street after it is where the job is', () => {
    expect(cleanRole('Claims Handler – Leeds Service Centre', true)).toBe('Claims Handler');
    expect(cleanRole('Grants Officer, Research Funding Division', true)).toBe('Grants Officer');
    expect(cleanRole('Sous Chef, Mill Street', true)).toBe('Sous Chef');
  });
});

describe('casual frames in Spanish, Portuguese and Dutch', () => {
  it('"lo de", "un día de", "procurando", "de functie aan van"', () => {
    expect(
      role(
        'Lo de la tienda',
        'Hola Marta,\n\nte escribo por lo de cajera. Al final se queda mi prima, lo siento mucho.\n\nLuis',
        'Luis <luis.panaderia@mail.example>',
      ),
    ).toBe('cajera');
    expect(
      role(
        'Re: sábado',
        'Perfecto, te espero el sábado a las 10 para que hagas un día de camarera con Lola. Trae zapatos cómodos.\n\nPepa',
        'Pepa <pepa.bar@mail.example>',
      ),
    ).toBe('camarera');
    expect(
      role(
        'as entregas',
        'Oi Rui, boa tarde!\n\nEstamos procurando motorista para as entregas da manhã. Pode vir aqui amanhã às 9h?\n\nBeijo,\nAna',
        'Ana <ana.flores@mail.example>',
      ),
    ).toBe('motorista');
    expect(
      role(
        'Goed nieuws',
        'Beste Daan,\n\nNamens het team bieden we je graag de functie aan van teamleider magazijn. Het contract volgt.\n\nGroet,\nEls',
        'Els <els@opslag.example>',
      ),
    ).toBe('teamleider magazijn');
  });
});

describe("a booking tool's trial shift", () => {
  it('names the job after it', () => {
    expect(
      role(
        'Confirmed: Trial shift with The Anchor',
        'Your booking is confirmed\n\nWhat: Trial shift – kitchen porter\nWith: The Anchor\nWhen: Sat 12 Apr 2026, 5:00 PM\n',
        'BookIt <no-reply@bookit.example>',
      ),
    ).toBe('kitchen porter');
  });
});

describe('the hiring team of a title', () => {
  it('names the title', () => {
    expect(
      role(
        'Pick a time for your call',
        'Hi Lee,\n\nThe Payments Engineer hiring team would like to meet you for a technical call next week.\n\nSam',
      ),
    ).toBe('Payments Engineer');
  });
});

describe('job nouns of Dutch and Spanish', () => {
  it('a technicus, a chauffeur and a gerocultor are heads', () => {
    expect(cleanRole('Onderhoudstechnicus Liften', true, 'nl')).toBe('Onderhoudstechnicus Liften');
    expect(cleanRole('chauffeur C', true, 'nl')).toBe('chauffeur C');
    expect(cleanRole('Gerocultora', true, 'es')).toBe('Gerocultora');
  });
});

describe('a head is the head of something', () => {
  it('keeps "of Department" after "Head", where a department after another title is a qualifier', () => {
    expect(
      role(
        'Your offer',
        'Dear Priya, I am delighted to offer you the position of Head of Department at Oakfield Academy from September. Best wishes, Sam',
      ),
    ).toBe('Head of Department');
    expect(cleanRole('Head of Department', true, 'en')).toBe('Head of Department');
  });
});
