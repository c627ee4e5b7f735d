import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdayOf } from '../../../src/core/compose/weekday';

// 3 December 2026 is a Thursday (4); 6 March 2026 a Friday (5).
const THURSDAY = 4;

describe('weekdayOf', () => {
  it('reads ISO dates as written, in their own time zone', () => {
    expect(weekdayOf('2026-12-03')).toBe(THURSDAY);
    expect(weekdayOf('2026-12-03T23:30:00-08:00')).toBe(THURSDAY);
    expect(weekdayOf('2026-03-06 09:00')).toBe(5);
  });

  it('reads a weekday name in each of the six languages, with or without accents and case', () => {
    for (const name of [
      'Thursday',
      'thursday',
      'on Thursday',
      'last Thursday afternoon',
      'Thu',
      'Thurs.',
      'Donnerstag',
      'am Donnerstag',
      'jeudi',
      'Jeudi dernier',
      'jueves',
      'el jueves',
      'quinta-feira',
      'na quinta',
      'donderdag',
      'mon entretien de jeudi',
    ]) {
      expect(weekdayOf(name), name).toBe(THURSDAY);
    }
    expect(weekdayOf('Mittwoch')).toBe(3);
    expect(weekdayOf('miércoles')).toBe(3);
    expect(weekdayOf('terça-feira')).toBe(2);
    expect(weekdayOf('sábado')).toBe(6);
    expect(weekdayOf('Sonnabend')).toBe(6);
  });

  it('reads written dates that carry their year, in the six languages', () => {
    for (const date of [
      'December 3, 2026',
      'Dec 3rd 2026',
      '3 December 2026',
      '3. Dezember 2026',
      '3 décembre 2026',
      '3 de diciembre de 2026',
      '3 de dezembro de 2026',
      '3 december 2026',
    ]) {
      expect(weekdayOf(date), date).toBe(THURSDAY);
    }
    expect(weekdayOf('6 juin 2026')).toBe(6);
    expect(weekdayOf('6 juillet 2026')).toBe(1);
    expect(weekdayOf('15 août 2026')).toBe(6);
    expect(weekdayOf('1 maart 2026')).toBe(0);
  });

  it('names no day for relative phrases, dates without a year, impossible dates or anything else', () => {
    for (const text of [
      'next Tuesday',
      'mardi prochain',
      'nächsten Dienstag',
      'volgende dinsdag',
      'tomorrow',
      'December 3',
      '3/12/2026',
      '2026-02-30',
      'February 30, 2026',
      '',
      '   ',
      null,
      undefined,
    ]) {
      expect(weekdayOf(text), String(text)).toBe(-1);
    }
  });

  it('returns a weekday or -1 for any text, and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: 'grapheme' }), (text) => {
        const day = weekdayOf(text);
        expect(Number.isInteger(day) && day >= -1 && day <= 6).toBe(true);
      }),
    );
  });
});
