import { describe, expect, it } from 'vitest';
import { type CheckContext, checkGraciousness, WARNING_CODES, wordLimit } from '../../../src/core/compose';

const context: CheckContext = {
  situation: 'decline-offer',
  tone: 'warm',
  language: 'en',
  recipientName: 'Dana Lee',
  company: 'Acme Robotics',
};

const good = `Hi Dana,

Thank you for the offer for the Senior Designer role at Acme Robotics, and for your time.

After careful thought, I've decided to decline. I hope our paths cross again.

Best,
Sam`;

const codes = (body: string, ctx: Partial<CheckContext> = {}, subject?: string) =>
  checkGraciousness({ subject, body }, { ...context, ...ctx }).map((w) => w.code);

describe('checkGraciousness', () => {
  it('accepts a good note', () => {
    expect(checkGraciousness({ subject: 'Thank you — Senior Designer offer', body: good }, context)).toEqual([]);
  });

  it.each([
    ['placeholder', good.replace('Sam', '[Your name]')],
    ['placeholder', good.replace('Acme Robotics', '{company}')],
    ['placeholder', good.replace('Acme Robotics', '<company>')],
    ['placeholder', good.replace('your time', 'your time on XXX')],
    ['placeholder', `${good}\nTODO: add signature`],
    ['placeholder', good.replace('Hi Dana,', 'Dear ,\nDana')],
    ['placeholder', good.replace('the Senior Designer role', 'the undefined role')],
    ['negative-phrasing', good.replace('and for your time', 'even though your offer was insulting')],
    ['negative-phrasing', good.replace('I hope', 'Honestly the process was a waste of time. I hope')],
    ['negative-phrasing', good.replace('I hope', 'The lowball number says enough. I hope')],
    ['negative-phrasing', good.replace('I hope', 'Your team was unprofessional. I hope')],
    ['negative-phrasing', good.replace('I hope', 'It was disappointing. I hope')],
    ['negative-phrasing', good.replace('I hope', 'I expected better. I hope')],
    ['shouting', good.replace('I hope', 'THIS IS NOT OK. I hope')],
    ['over-apology', good.replace('I hope', "I'm so sorry. I hope")],
    ['over-apology', good.replace('I hope', 'Sorry for the delay, and apologies again. I hope')],
    ['missing-thanks', good.replace('Thank you for the offer', 'I got the offer')],
    ['missing-door-open', good.replace(' I hope our paths cross again.', '')],
    ['missing-name', good.replace('Hi Dana,', 'Hello,')],
    ['too-long', good.replace('your time.', `your time. ${'It was a real pleasure. '.repeat(40)}`)],
  ])('flags %s', (code, body) => {
    expect(codes(body)).toEqual([code]);
  });

  it('flags negative phrasing in every language', () => {
    const notes = {
      de: 'Guten Tag Dana Lee,\n\nvielen Dank. Das Angebot war beleidigend. Wir bleiben in Kontakt.',
      fr: 'Bonjour Dana,\n\nMerci. Quelle perte de temps. Restons en contact.',
      es: 'Hola, Dana:\n\nGracias. Fue muy poco profesional. Sigamos en contacto.',
      pt: 'Olá, Dana,\n\nAgradeço. Foi uma perda de tempo. Vamos manter contato.',
      nl: 'Beste Dana,\n\nBedankt. Wat een tijdverspilling. Ik houd graag contact.',
    } as const;
    for (const [language, body] of Object.entries(notes)) {
      expect(codes(body, { language: language as keyof typeof notes })).toEqual(['negative-phrasing']);
      expect(codes(body.replace(/\. [^.]+\. /, '. '), { language: language as keyof typeof notes })).toEqual([]);
    }
  });

  it('finds thanks and the open door in every language', () => {
    expect(codes('Hallo Dana,\n\nherzlichen Dank. Ich hoffe, dass sich unsere Wege wieder kreuzen.')).toEqual([]);
    expect(codes('Bonjour Dana,\n\nJe vous remercie. Au plaisir de rester en contact.')).toEqual([]);
    expect(codes('Hola, Dana:\n\nTe agradezco tu tiempo. Espero que sigamos en contacto.')).toEqual([]);
    expect(codes('Olá, Dana,\n\nAgradeço muito. Espero que nossos caminhos se cruzem.')).toEqual([]);
    expect(codes('Beste Dana,\n\nHartelijk dank. Ik hoop dat we contact houden.')).toEqual([]);
  });

  it('asks for the open door only where the situation needs it', () => {
    const body = good.replace(' I hope our paths cross again.', '');
    expect(codes(body, { situation: 'after-rejection' })).toEqual(['missing-door-open']);
    expect(codes(body, { situation: 'withdraw' })).toEqual(['missing-door-open']);
    expect(codes(body, { situation: 'accept-offer' })).toEqual([]);
    expect(codes(body, { situation: 'after-interview' })).toEqual([]);
  });

  it('does not judge what the user supplied verbatim, and does not count it', () => {
    const body = good.replace('Sam', 'SAM RIVERA ENTERPRISES\nTODO Group · Awful Games Ltd');
    expect(codes(body)).toEqual(['placeholder', 'negative-phrasing', 'shouting']);
    expect(codes(body, { exclude: ['SAM RIVERA ENTERPRISES\nTODO Group · Awful Games Ltd'] })).toEqual([]);
    expect(
      codes(good.replace(/Acme Robotics/g, 'TOTALLY AWESOME GAMES'), { company: 'TOTALLY AWESOME GAMES' }),
    ).toEqual([]);
  });

  it('does not mistake ordinary words for problems', () => {
    expect(codes(good.replace('your time', 'todo el proceso, Nan and the API design'))).toEqual([]);
    expect(codes(good.replace('Best,', 'Sorry for the short note.\n\nBest,'))).toEqual([]);
    expect(
      codes('Hallo Dana,\n\nvielen Dank. Wir fangen bei null an. Bleiben wir in Kontakt.', { language: 'de' }),
    ).toEqual([]);
    expect(codes(good, { recipientName: '' })).toEqual([]);
    expect(codes(good.replace('Hi Dana,', 'Hi Dana Lee,'), { tone: 'formal' })).toEqual([]);
  });

  it('scales the length limit by tone and language', () => {
    expect(wordLimit('brief')).toBe(70);
    expect(wordLimit('warm')).toBe(180);
    expect(wordLimit('formal', 'fr')).toBeGreaterThan(180);
    const brief = good.replace('your time.', `your time. ${'Thanks again. '.repeat(30)}`);
    expect(codes(brief, { tone: 'brief' })).toEqual(['too-long']);
    expect(codes(brief, { tone: 'warm' })).toEqual([]);
  });

  it('gives every warning a stable code, a reason and a fix', () => {
    const bad = '[Name] YOU WASTED MY TIME, sorry, so sorry';
    const warnings = checkGraciousness({ body: bad }, context);
    expect(warnings.map((w) => w.code)).toEqual([
      'placeholder',
      'negative-phrasing',
      'shouting',
      'over-apology',
      'missing-thanks',
      'missing-door-open',
      'missing-name',
    ]);
    for (const w of warnings) {
      expect(WARNING_CODES).toContain(w.code);
      expect(w.message.length).toBeGreaterThan(10);
      expect(w.fix.length).toBeGreaterThan(10);
    }
  });
});
