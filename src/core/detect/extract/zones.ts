/**
 * Time zones as emails write them ("PT", "Eastern", "MEZ", "heure de Paris", "UTC+2"),
 * mapped to an IANA zone or a fixed offset. A zone's offset on a date comes from
 * Intl.DateTimeFormat, so "EST" written in July gives New York's summer offset.
 */

import { fold } from './prepare';
import { built, more, wordsOf } from './words';

export type Zone = { iana: string } | { offset: number };

const NY = 'America/New_York';
const CHI = 'America/Chicago';
const DEN = 'America/Denver';
const LA = 'America/Los_Angeles';
const CET = 'Europe/Paris';
const LIS = 'Europe/Lisbon';
const SYD = 'Australia/Sydney';

// Abbreviations (upper case, matched as written) and places that name a zone without being the city
// of one: countries, regions, other cities, local spellings ("hora de Lisboa", "heure de Londres",
// "Moskauer Zeit"), written in lower case without accents or dots. The cities of IANA zones
// ("Toronto time", "heure de Paris") come from the runtime (zoneNames()). Other languages' names
// ("heure du Pacifique", "Mitteleuropäische Zeit", "hora de Lisboa") are each language's words
// (./words.ts, slot "zone <IANA zone>"), taken with the zone's line below. One line a zone: the zone,
// a space, its names (a table written as text: fewer bytes than an array of pairs).
// GMT is +00:00 all year, as Ghana or Senegal keep it; the UK's summer time is BST ("UK time").
const NAMES = `America/New_York ET|EST|EDT|est|nyc|montreal|quebec|boston|miami|atlanta|washington|ottawa|philadelphia
America/Chicago CT|CST|CDT|dallas|houston|austin|minneapolis
America/Denver MT|MST|MDT|calgary|salt lake
America/St_Johns NST|NDT|newfoundland
America/Phoenix arizona
America/Regina saskatchewan
America/Los_Angeles PT|PST|PDT|PDST|san francisco|seattle|portland|california|silicon valley
America/Anchorage AKST|AKDT
Pacific/Honolulu HST
America/Halifax AST|ADT
UTC GMT|greenwich
Europe/London BST|uk|britain|british|england|scotland|wales|edinburgh|manchester
Europe/Dublin ireland|irish
Europe/Lisbon WET|WEST|porto|portugal
Europe/Paris CET|CEST|MEZ|MESZ|HEC|HAEC|france|germany|german|spain|netherlands|dutch|belgian|swiss|austrian|italy|italian|polish|roma|milan|barcelona|europe|nl|geneva|genf|palma|mallorca
Atlantic/Canary
Europe/Athens EET|EEST|kyiv|kiev|romania|romanian
Europe/Istanbul TRT|turkey|turkish
Europe/Moscow MSK
Australia/Sydney AEST|AEDT|AET|canberra|melb
Australia/Brisbane queensland
Australia/Adelaide ACST|ACDT
Australia/Perth AWST
Pacific/Auckland NZST|NZDT|NZT|nz|auckland|wellington|new zealand
Asia/Singapore SGT
Asia/Hong_Kong HKT
Asia/Shanghai beijing|china|chinese
Asia/Riyadh KSA|saudi
Asia/Tokyo JST|japan
Asia/Seoul KST
Asia/Manila PHT|PH|philippines|philippine
Asia/Jakarta WIB
Asia/Ho_Chi_Minh ICT|vietnam|saigon
Asia/Dubai GST|abu dhabi|gulf|oman|uae|emirates
Asia/Qatar doha
Asia/Jerusalem israel|tel aviv
Asia/Colombo sri lanka
Asia/Karachi PKT|pakistan
Asia/Kuala_Lumpur MYT|malaysia
Asia/Kolkata IST|india|indian|mumbai|bangalore|bengaluru|delhi|chennai|hyderabad|pune|kolkata
Africa/Johannesburg SAST|sa|cape town|south africa
Africa/Lagos WAT|nigeria|nigerian|west africa|west african|angola
Africa/Nairobi EAT|kenya|kenyan|east africa|east african
Africa/Maputo CAT|central africa|central african
America/Sao_Paulo BRT|BRST|brasilia|rio|rio de janeiro|brasil|brazil
America/Argentina/Buenos_Aires ART|buenos aires|argentina
America/Mexico_City cdmx|mexico|ciudad de mexico
America/Bogota COT|colombia
America/Lima PET|peru
America/Santiago CLT|CLST|chile
America/Caracas venezuela
America/Montevideo UYT|uruguay
America/Paramaribo SRT|suriname|surinaam`;

/** A place name as looked up: lower case, no accents, dots or apostrophes ("St. John's" → "st johns"). */
const placeKey = (s: string): string => fold(s).replace(/[.'’]/g, '');

/**
 * Name → zone, built when first needed and again after a language is added: the city of every
 * zone the runtime knows in the continents people write from (not "Pacific/Easter" nor
 * "Indian/Christmas", which are also words), then NAMES with the added languages' names of each
 * zone. A runtime that lists no zones still knows NAMES.
 */
const zoneNames = built((): Map<string, string> => {
  const map = new Map<string, string>();
  for (const z of Intl.supportedValuesOf?.('timeZone') ?? [])
    if (/^(?:America|Europe|Asia|Africa|Atlantic|Australia)\/[^/]+$/.test(z))
      map.set(placeKey(z.slice(z.indexOf('/') + 1).replace(/_/g, ' ')), z);
  for (const line of NAMES.split('\n')) {
    const [zone = '', names = ''] = line.split(/ (.*)/);
    for (const n of `${names}|${wordsOf(`zone ${zone}`)}`.split('|')) if (n) map.set(n, zone);
  }
  return map;
});

/**
 * The zone of the place named at the start of `s` (up to four words, the longest that names one,
 * or a German or Dutch adjective of it: "Berliner", "Amsterdamse") and the length of its name.
 */
function placeAt(s: string): [string, number] | undefined {
  let t = /^[\p{L}.'’]+(?:[ -][\p{L}.'’]+){0,3}/u.exec(s)?.[0] ?? '';
  while (t) {
    for (const name of [t, /^(.+?)(?:er|se|sche)$/.exec(t)?.[1] ?? '']) {
      const zone = zoneNames().get(placeKey(name));
      if (zone) return [zone, name.length];
    }
    t = t.replace(/[ -]?[^ -]*$/, '');
  }
  return undefined;
}

/** Whether `s` is the whole name of a place a zone is named by ("Ireland", "Hong Kong"). */
export const isPlace = (s: string): boolean => placeAt(s)?.[1] === s.length;

// Zone phrases written in full, case-insensitive.
type Named = [RegExp, string | ((m: RegExpExecArray, s: string) => [string | null, number] | undefined)];
const NAMED = built((): Named[] => [
  [/^(?:arizona|phoenix)(?:\s+time)?/i, 'America/Phoenix'],
  [/^central\s+europ[ea]+n?(?:\s+(?:standard|summer))?(?:\s+time)?/i, CET],
  [/^(?:western\s+europ[ea]+n?)(?:\s+(?:standard|summer))?(?:\s+time)?/i, LIS],
  [/^(?:eastern\s+europ[ea]+n?)(?:\s+(?:standard|summer))?(?:\s+time)?/i, 'Europe/Athens'],
  [/^(?:australian\s+)?eastern\s+(?:standard|daylight)\s+time\s*\(?aus/i, SYD],
  [/^australian\s+(?:eastern|central|western)/i, SYD],
  [/^(?:pacific)(?:\s+(?:standard|daylight))?(?:\s+time)?\b/i, LA],
  [/^(?:mountain)(?:\s+(?:standard|daylight))?(?:\s+time)?\b/i, DEN],
  [/^(?:central)(?:\s+(?:standard|daylight))?(?:\s+time)?\b/i, CHI],
  [/^(?:eastern)(?:\s+(?:standard|daylight))?(?:\s+time)?\b/i, NY],
  [/^h[an]e\b/i, NY],
  [
    /^(?:hor[áa]rio\s+local|local\s+time|your\s+time|ihrer\s+zeit|heure\s+locale|hora\s+local|lokale\s+tijd)/i,
    (m) => [null, m[0].length],
  ],
  // "hora de Lisboa", "horário oficial de Brasília", "Ortszeit Berlin", "heure d'Europe centrale",
  // "heure normale de l'Est", "hora del Pacífico": the same pattern from each of those languages
  // (./words.ts, slot "zone of"), once one is added.
  ...[wordsOf('zone of')].filter(Boolean).map(
    (source): Named => [
      new RegExp(source, 'i'),
      (m, s) => {
        const p = placeAt(s.slice(m[0].length));
        return p && [p[0], m[0].length + p[1]];
      },
    ],
  ),
  // "New York time", "Irish Standard Time", "Berliner Zeit", "mitteleuropäische Sommerzeit" or "Normalzeit"
  // (a calendar's words), "Midden-Europese standaardtijd", "nl-tijd".
  [
    /^/,
    (_m, s) => {
      const p = placeAt(s);
      const t =
        p &&
        /^(?:er|se|sche)?(?:\/\p{L}+)?[\s-]*(?:(?:standard|summer|sommer|mean|normal|standaard|zomer)\s*)?(?:time|zeit|tijd)(?!\p{L})/iu.exec(
          s.slice(p[1]),
        );
      return p && t ? [p[0], p[1] + t[0].length] : undefined;
    },
  ],
]);

// A January and a July day: the smaller of a zone's offsets on them is its standard offset.
const WINTER = Date.UTC(2026, 0, 15);
const SUMMER = Date.UTC(2026, 6, 15);

const OFFSET = /^(?:UTC|GMT|UT|Z)\s*([+\-−–])\s*(\d{1,2})(?::?(\d{2}))?/i;
const UTC = /^(?:UTC|Z|Zulu|Coordinated\s+Universal\s+Time)\b/i;
// An abbreviation; a US zone's may be in lower case where the clause ends ("coffee thursday at 8:30am pt?"; not
// French "et").
const ABBR_RE = /^([A-Z]{2,5}\b|[pecm][sd]?t(?=[ \t]*(?:[.,;:!?)]|$)))/m;

/** Reads a zone written at the start of `s` (leading "(", "in", "Uhr" etc. already removed), with its length. */
function zoneLen(s: string): [Zone | null, number] {
  const o = OFFSET.exec(s);
  if (o) {
    const h = Number(o[2]);
    const m = Number(o[3] ?? 0);
    if (h > 14 || m > 59) return [null, 0];
    const sign = o[1] === '+' ? 1 : -1;
    return [{ offset: sign * (h * 60 + m) }, o[0].length];
  }
  // "(Europe/Amsterdam)": the zone's own id.
  const id = /^[A-Z]\w+\/[A-Z][\w/]+/.exec(s)?.[0] ?? '';
  if (validZone(id)) return [{ iana: id }, id.length];
  const u = UTC.exec(s);
  if (u) return [{ offset: 0 }, u[0].length];
  for (const [re, z] of NAMED()) {
    const m = re.exec(s);
    const [iana, len] = (m && (typeof z === 'string' ? [z, m[0].length] : z(m, s))) || [];
    if (len) return [iana ? { iana } : null, len];
  }
  const a = ABBR_RE.exec(s);
  if (a) {
    const iana = zoneNames().get(a[1]?.toUpperCase() ?? '');
    if (iana) return [{ iana }, a[0].length];
  }
  return [null, 0];
}

/**
 * Reads a zone written at the start of `s`. A place named right after an abbreviation is
 * more precise and wins: "AEST (Brisbane time)" is Brisbane, which keeps no summer time.
 */
export function zoneAt(s: string): Zone | null {
  const [z, len] = zoneLen(s);
  if (!z || !len) return z;
  // Outlook writes a zone's standard offset and its cities: "(UTC+01:00) Amsterdam, Berlin, …"
  // stays on that label in summer, so the city decides.
  if ('offset' in z) {
    const city = placeAt(s.slice(len).replace(/^\)?\s*/, ''));
    if (city) return { iana: city[0] };
    // "(UTC-05:00) Eastern Time (US & Canada)": the region named, when its standard offset is the label's.
    const [named] = zoneLen(s.slice(len).replace(/^\)?\s*/, ''));
    if (named && 'iana' in named && Math.min(offsetAt(named.iana, WINTER), offsetAt(named.iana, SUMMER)) === z.offset)
      return named;
  }
  const rest = /^\s*[(,/–-]?\s*/.exec(s.slice(len));
  const after = s.slice(len + (rest?.[0].length ?? 0));
  if (ABBR_RE.test(after)) return z;
  const [z2] = zoneLen(after);
  return z2 && 'iana' in z2 && 'iana' in z ? z2 : z;
}

/**
 * What may sit between a time and its zone: a range end, "Uhr", "hours", the part of the day ("de la
 * tarde", "in the evening"), "sharp" or "prompt", "my time", "(", "in", commas. Not the "hora" of "hora de Colombia", which is the zone's name.
 */
const FILLER =
  /^(?:\s*(?:[-–—]|to|till|until|bis|à|a|al|às|as|tot|t\/m)\s*(?:ca\.?\s*|circa\s*|approx\.?\s*)?\d{1,2}(?:[:.h]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|uhr|uur|h|hrs)?)?\s*(?:o['’]clock|uhr|uur|hrs|hours|(?:horas?|heures?)(?!\s+(?:de|del|du|d['’]|oficial|normale|est[áa]ndar|peninsular)\b)|h\b)?\s*(?:(?:(?:de\s+la|por\s+la|da|du|de|['’]s|in\s+the|this)\s+)?(?:tarde|noche|noite|soir|avonds|middags|ochtends|evening|afternoon|morning|ma[ñn]ana|manh[ãa]|matin|abends|nachmittags|morgens|fr[üu]h)|tonight)?\s*(?:prompt|sharp|(?:my|our)\s+time)?\s*[,([]?\s*(?:(?:in|em|en|op|im)\s+)?(?:(?:your|the)\s+)?/iu;

/** Zone written right after a time ending at `end` in `text`, or null. */
export function zoneAfter(text: string, end: number): Zone | null {
  const [line = '', next = ''] = text.slice(end, end + 80).split('\n');
  const f = FILLER.exec(line);
  let s = line.slice(f?.[0].length);
  // A booking tool's zone on a line of its own: "4:00pm – 5:00pm⏎India Standard Time (GMT+05:30)".
  if (!s.trim()) s = next;
  const z = zoneAt(s);
  if (z) return z;
  // "10:00 AM (Arizona time, MST)", "14:00 Uhr (Ortszeit Berlin)", a booking tool's "(Dublin, GMT+01:00)": one more
  // word of slack.
  const m = /^\(?\s*[\p{L}.]+,?\s+\(?/u.exec(s);
  if (m && m[0].length < 14) {
    const z2 = zoneAt(s.slice(m[0].length));
    if (z2 && !('offset' in z2 && z2.offset === 0)) return z2;
  }
  // A booking tool's or a calendar's places as the zone, the rest of the line: "11:00 AM Mumbai, Kolkata, New
  // Delhi", "11:00 AM Ciudad de México" (not "10am Seattle office"; an offset written after a city, as in
  // "(Dublin, GMT+01:00)", was read above).
  const first = /^\(?([^,()\n\d]+)(?:,[^,()\n\d]+)*\)?\s*$/.exec(s)?.[1]?.trim() ?? '';
  const place = first && placeAt(first);
  return place && place[1] === first.length ? { iana: place[0] } : null;
}

// Other languages' words (./words.ts, slot "all times": "alle Zeiten", "toutes les heures"; no two
// of them match at the same place) after the English. Made once (again when a language is added),
// not for every email: a pattern made is compiled again.
const ALL_TIMES = built(
  () =>
    new RegExp(
      String.raw`\b(?:all\s+times?(?:\s+(?:are|listed|shown|below|above|quoted))*(?:\s+(?:in|are))?|(?<=\()all(?=\s)|times?\s+(?:are\s+)?(?:in|shown\s+in)|time\s*-?\s*zone(?=\s*:)${more('all times')})\s*:?\s*`,
      'giu',
    ),
);

/**
 * A zone in brackets on a line of its own, as under a list of times: "(heure de Paris)", "(UK time)"; or
 * ending the line that introduces them: "one of the slots below (Vietnam time, ICT):".
 */
const ZONE_LINE = /^[ \t]*\(([^()\n]{2,40})\)[ \t]*$|\(([^()\n]{2,40})\):[ \t]*$/gm;

/**
 * A zone stated for the whole message: "All times are Eastern", "(all Central)", "times in CET", a
 * booking tool's "Time zone: Pacific Time - US & Canada", "(heure de Paris)" under the times offered.
 */
export function globalZone(text: string): Zone | null {
  const re = ALL_TIMES();
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m && n < 5; m = re.exec(text), n++) {
    // "All times UK (BST):" as after a time.
    const z = zoneAfter(text.slice(m.index + m[0].length).replace(/^\(?(?:the\s+)?/i, ''), 0);
    if (z) return z;
  }
  ZONE_LINE.lastIndex = 0;
  n = 0;
  for (let m = ZONE_LINE.exec(text); m && n < 5; m = ZONE_LINE.exec(text), n++) {
    const z = zoneAt(m[1] ?? m[2] ?? '');
    if (z) return z;
  }
  return null;
}

const dtfCache = new Map<string, Intl.DateTimeFormat | null>();

function dtf(iana: string): Intl.DateTimeFormat | null {
  let f = dtfCache.get(iana);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: iana, timeZoneName: 'longOffset' });
    } catch {
      f = null;
    }
    dtfCache.set(iana, f);
  }
  return f;
}

/** True when the runtime knows this IANA zone. */
export function validZone(iana: string): boolean {
  return typeof iana === 'string' && iana.length < 64 && dtf(iana) !== null;
}

/** UTC offset in minutes of `iana` at instant `ms`, from the runtime's "GMT+05:30" ("GMT" for none). */
export function offsetAt(iana: string, ms: number): number {
  const name = dtf(iana)
    ?.formatToParts(ms)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /([+\-−])(\d+):?(\d\d)?/.exec(name ?? '');
  return m ? (m[1] === '+' ? 1 : -1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}

export interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO-8601 with the offset in force: the wall time as read in `zone`. */
export function toIso(w: Wall, zone: Zone): string | null {
  const wallMs = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  if (!Number.isFinite(wallMs)) return null;
  // The offset at the wall time read as UTC is at most a transition away from the one in force; read again at
  // the instant it gives. (Interview times are daytime, hours from any transition.)
  const off = 'offset' in zone ? zone.offset : offsetAt(zone.iana, wallMs - offsetAt(zone.iana, wallMs) * 60000);
  // The wall time as written ("2026-03-10T14:30:00"), then its offset.
  return `${new Date(wallMs).toISOString().slice(0, 19)}${off < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
}
