/**
 * Property tests: whatever arrives (random, garbled, huge up to 5 MB, bidi and zero-width,
 * right-to-left, deeply quoted, empty, not even an object), extractDetails never throws, returns
 * a well-formed Details whose contacts pass the message schema, and stays fast on huge input.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';
import type { Details, EmailInput } from '../../../src/core/detect/types';
import { ContactSchema } from '../../../src/core/messages';

const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)$/;

function expectValid(d: Details): void {
  expect(Object.keys(d).sort()).toEqual(['company', 'contact', 'contacts', 'interviewAt', 'rescheduled', 'role']);
  expect(typeof d.rescheduled).toBe('boolean');
  for (const k of ['company', 'role', 'contact'] as const) {
    const x = d[k];
    if (x !== null) {
      expect(typeof x).toBe('string');
      expect(x.length).toBeGreaterThan(0);
      expect(x.length).toBeLessThanOrEqual(120);
      expect(x).toBe(x.trim());
    }
  }
  expect(Array.isArray(d.contacts)).toBe(true);
  expect(d.contacts.length).toBeLessThanOrEqual(20);
  for (const c of d.contacts) expect(v.safeParse(ContactSchema, c).success).toBe(true);
  if (d.interviewAt !== null) {
    expect(d.interviewAt).toMatch(ISO_WITH_OFFSET);
    expect(Number.isFinite(Date.parse(d.interviewAt))).toBe(true);
  }
}

const CONTROLS = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202e',
  '\u2066',
  '\u2069',
  '\ufeff',
  '\u00ad',
];
const RTL = ['مرحبا', 'שלום', 'مقابلة يوم الثلاثاء الساعة 3', 'ראיון ביום שלישי'];
const JOBBY = [
  'Interview',
  'Tuesday, March 10 at 2:30 PM PT',
  'offer you the position of Senior Engineer',
  'Best,\nDana Lee\nRecruiter | Acme Robotics',
  'On Mon, Mar 9, 2026 at 10:41 AM Someone <a@b.example> wrote:',
  '> quoted line',
  'Mit freundlichen Grüßen',
  'le jeudi 19 mars à 14h30 (heure de Paris)',
  '10/03/2026 14:00 CET',
  'tomorrow at 2',
  'UTC+14',
  'UTC-99',
  '99:99',
  '31/02/2026 25:61',
  '(((((',
  '@@@@',
  '',
];

const piece = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(...CONTROLS, ...RTL, ...JOBBY),
  fc.constantFrom('\n', '\n\n', ' ', '  ', '\t', '\r\n'),
);
const text = fc.array(piece, { maxLength: 60 }).map((a) => a.join(''));
const email = fc.record(
  {
    subject: text,
    from: fc.oneof(
      text,
      fc.constantFrom('Dana Lee <dana@acme.example>', 'no-reply@greenhouse.io', '"Lee, Dana" <x@y.z>', '<>', '@'),
    ),
    to: text,
    date: fc.oneof(
      fc.constant(undefined),
      fc.constantFrom(
        '2026-03-04T10:00:00-08:00',
        'not a date',
        '',
        '2026-13-45T99:99:99+99:99',
        '1970-01-01T00:00:00Z',
      ),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    ),
    body: text,
  },
  { requiredKeys: ['subject', 'from', 'body'] },
);

describe('extractDetails never throws and returns a valid shape', () => {
  it('on random and garbled emails', () => {
    fc.assert(
      fc.property(
        email,
        fc.constantFrom(undefined, 'UTC', 'America/New_York', 'Asia/Kolkata', 'nope/zone', ''),
        (e, tz) => {
          expectValid(extractDetails(e as EmailInput, tz === undefined ? undefined : { timeZone: tz }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on things that are not emails at all', () => {
    for (const bad of [null, undefined, 0, 'text', [], {}, { body: 5 }, { subject: null, from: {}, body: [] }]) {
      expectValid(extractDetails(bad as unknown as EmailInput));
    }
  });

  it('on empty, bidi, zero-width and right-to-left input', () => {
    const cases: EmailInput[] = [
      { subject: '', from: '', body: '' },
      { subject: CONTROLS.join(''), from: CONTROLS.join(''), body: CONTROLS.join('').repeat(1000) },
      { subject: RTL[0] ?? '', from: `${RTL[1]} <a@b.example>`, body: RTL.join('\n').repeat(200) },
      {
        subject: 'Inter\u200bview',
        from: 'Da\u202ena Lee <dana@acme.example>',
        date: '2026-03-04T10:00:00-08:00',
        body: 'Your inter\u200dview is on Tues\u200bday, March 10 at 2:30\u00a0PM PT.\n\nBest,\nDa\u200cna',
      },
    ];
    for (const c of cases) expectValid(extractDetails(c));
    // Invisible characters do not hide the date.
    expect(extractDetails(cases[3] as EmailInput).interviewAt).toBe('2026-03-10T14:30:00-07:00');
  });

  it('on deeply quoted history', () => {
    let body = 'Sounds good, see you then.\n\nDana';
    for (let i = 0; i < 300; i++)
      body = `Reply ${i}\n\nOn Mon, Mar 9, 2026 at 10:41 AM P <p@x.example> wrote:\n${body.replace(/^/gm, '> ')}`;
    expectValid(extractDetails({ subject: 'Re: Interview', from: 'Dana Lee <dana@acme.example>', body }));
  });
});

describe('extractDetails stays bounded on huge input', () => {
  const base =
    'Your interview is on Tuesday, March 10 at 2:30 PM PT with Priya Nair (Engineering Manager) at Acme Robotics.\n';
  const sizes = [1_000, 100_000, 1_000_000, 5_000_000];

  it('reads past nothing beyond its cap, up to 5 MB', () => {
    const times: number[] = [];
    for (const n of sizes) {
      const body = base.repeat(Math.ceil(n / base.length)).slice(0, n);
      const e = {
        subject: 'Interview',
        from: 'Dana Lee <dana@acme-robotics.example>',
        date: '2026-03-04T10:00:00-08:00',
        body,
      };
      extractDetails(e);
      const t = performance.now();
      const d = extractDetails(e);
      times.push(performance.now() - t);
      expectValid(d);
      expect(d.interviewAt).toBe('2026-03-10T14:30:00-07:00');
    }
    // Generous bounds for a busy CI machine; bench/extract.ts reports the real figures.
    for (const t of times) expect(t).toBeLessThan(1000);
  });

  it('does not go quadratic on pathological runs', () => {
    for (const body of [
      'x'.repeat(5_000_000),
      ' '.repeat(1_000_000),
      '\n'.repeat(1_000_000),
      '> a\n'.repeat(250_000),
      '1 2:30 '.repeat(150_000),
      'Monday at 3pm Acme Corp the position of Engineer 12:30 March 4 '.repeat(20_000),
      `${'a'.repeat(100_000)}@${'b'.repeat(100_000)}.com`,
      '((((((((((((((((((('.repeat(50_000),
    ]) {
      const e = { subject: 'Interview at Acme', from: 'A B <a@b.example>', date: '2026-03-04T10:00:00Z', body };
      extractDetails(e);
      const t = performance.now();
      expectValid(extractDetails(e));
      expect(performance.now() - t).toBeLessThan(1000);
    }
  });
});
