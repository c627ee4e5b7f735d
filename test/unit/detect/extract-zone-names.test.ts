import { describe, expect, it } from 'vitest';
// The full extractor adds every language's zone names (words-<code>.ts) to the table.
import '../../../src/core/detect/extract';
import { offsetAt, zoneAfter, zoneAt } from '../../../src/core/detect/extract/zones';

/** Winter and summer offsets of the zone read at the start of `s`, or null. */
const offsets = (z: ReturnType<typeof zoneAt>): string | null =>
  z && 'iana' in z ? `${offsetAt(z.iana, Date.UTC(2026, 0, 15))}/${offsetAt(z.iana, Date.UTC(2026, 6, 15))}` : null;

describe('zone names read through one table and the runtime list of zones', () => {
  it.each([
    ['Winnipeg time', '-360/-300'], // an IANA city the table does not list
    ['Lagos time', '60/60'],
    ['heure de Genève', '60/120'], // a local name from the table
    ['Zeit Zürich', '60/120'],
    ['Wiener Zeit', '60/120'], // an adjective of a table name
    ['Amsterdamse tijd', '60/120'], // an adjective of an IANA city
    ['Irish Standard Time', '0/60'],
    ['Mitteleuropäische Sommerzeit', '60/120'],
    ['U.K. time', '0/60'],
    ['horário oficial de Brasília', '-180/-180'],
    ["heure d'Europe centrale", '60/120'],
    ['hora de la Ciudad de México', '-360/-360'],
    ['MESZ', '60/120'], // abbreviations share the table
  ])('%s', (phrase, want) => {
    expect(offsets(zoneAt(phrase))).toBe(want);
  });

  it('a word that is also a zone city is no zone when no time word follows it', () => {
    expect(zoneAt('Regina and the team')).toBeNull();
  });

  it('an Outlook zone label takes the zone of its first city', () => {
    const z = zoneAfter('at 10:00 (UTC+01:00) Belgrade, Bratislava, Budapest', 8);
    expect(offsets(z)).toBe('60/120');
  });
});
