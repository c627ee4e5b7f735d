/**
 * Property tests: whatever the input (random, garbled, huge, deeply quoted, bidi and zero-width,
 * right-to-left, empty, not even an object), classifyEmail and newestMessage never throw, return
 * a well-formed result, and ignore everything past the input cap.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capInput, classifyEmail, INPUT_CAP, newestMessage } from '../../../src/core/detect';
import type { Classification, EmailInput } from '../../../src/core/detect/types';

const KINDS = ['offer', 'rejection', 'interview', 'other'];
const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'nl'];

function expectValid(result: Classification): void {
  expect(KINDS).toContain(result.kind);
  expect(Number.isFinite(result.confidence)).toBe(true);
  expect(result.confidence).toBeGreaterThanOrEqual(0);
  expect(result.confidence).toBeLessThanOrEqual(1);
  expect(Array.isArray(result.evidence)).toBe(true);
  expect(result.evidence.length).toBeLessThanOrEqual(4);
  for (const e of result.evidence) {
    expect(typeof e).toBe('string');
    expect(e.length).toBeGreaterThan(0);
    expect(e.length).toBeLessThanOrEqual(60);
  }
  expect(LANGUAGES).toContain(result.language);
}

const CONTROLS = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\ufeff',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];
const RTL = ['שלום, אנו שמחים להציע לך את התפקיד', 'يسعدنا أن نعرض عليك الوظيفة', 'مقابلة عمل يوم الثلاثاء'];
const PHRASES = [
  'We are pleased to offer you the position.',
  'Unfortunately we will not be moving forward.',
  'We would like to invite you to an interview on Tuesday at 3pm.',
  'On Mon, Mar 9, 2026 at 10:41 AM Dana <dana@acme.example> wrote:',
  '> We are pleased to offer you the role',
  'From: Dana\nSent: Monday\nTo: Sam\nSubject: Offer',
  '---------- Forwarded message ---------',
  '-- \nDana Lee',
  'Best regards,',
  'Unsubscribe',
  'Am 10.03.2026 um 09:12 schrieb Tobias <t@example.org>:',
  'Le 11 mars 2026, Valérie a écrit :',
];

/** Text with phrases, controls, RTL, random unicode and line breaks mixed in. */
const messy = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.constantFrom(...PHRASES, ...RTL, ...CONTROLS, '\n', '\r\n', '>', ' '),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const email = fc.record({
  subject: messy,
  from: fc.oneof(fc.string(), fc.constantFrom('Dana Lee <dana@acme.example>', 'x@mail.example', '<>', '@', '')),
  to: fc.option(fc.oneof(fc.string(), fc.constantFrom('sam@mail.example', 'Sam <sam@acme.example>')), {
    nil: undefined,
  }),
  date: fc.option(
    fc.oneof(
      fc.string(),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    ),
    {
      nil: undefined,
    },
  ),
  body: messy,
});

describe('classifyEmail never throws and returns a valid result', { timeout: 60_000 }, () => {
  it('on random and garbled emails with bidi, zero-width and right-to-left text', () => {
    fc.assert(
      fc.property(email, (e) => {
        expectValid(classifyEmail(e as EmailInput));
      }),
      { numRuns: 400 },
    );
  });

  it('on values that are not emails at all', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expectValid(classifyEmail(value as EmailInput));
        expectValid(classifyEmail({ subject: value, from: value, to: value, body: value } as unknown as EmailInput));
      }),
      { numRuns: 200 },
    );
    for (const value of [null, undefined, 0, '', [], {}, { body: null }, { body: 42 }])
      expectValid(classifyEmail(value as unknown as EmailInput));
  });

  it('on empty input and on bodies made only of controls', () => {
    expectValid(classifyEmail({ subject: '', from: '', body: '' }));
    expect(classifyEmail({ subject: '', from: '', body: '' }).kind).toBe('other');
    const controls = CONTROLS.join('').repeat(2000);
    expectValid(classifyEmail({ subject: controls, from: controls, body: controls }));
  });

  it('ignores zero-width and bidi controls spliced into the words', () => {
    const plain = 'Hi Sam,\n\nWe are pleased to offer you the position of Data Analyst.\n\nBest,\nDana';
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(plain.length), fc.constantFrom(...CONTROLS)), { maxLength: 30 }), (cuts) => {
        let body = plain;
        for (const [at, c] of cuts.sort((a, b) => b[0] - a[0])) body = body.slice(0, at) + c + body.slice(at);
        const result = classifyEmail({ subject: 'Your offer', from: 'Dana <dana@acme.example>', body });
        expect(result.kind).toBe('offer');
      }),
      { numRuns: 100 },
    );
  });

  it('reads Cyrillic and Greek look-alike letters as the Latin ones', () => {
    const spoofed = 'We are pleased tо оffer yоu the pоsitiоn of Data Analyst.'; // Cyrillic о
    expect(classifyEmail({ subject: '', from: 'Dana <dana@acme.example>', body: spoofed }).kind).toBe('offer');
  });
});

describe('huge and deeply quoted input', { timeout: 60_000 }, () => {
  const MB = 1024 * 1024;
  const huge: [string, string][] = [
    ['spaces', ' '.repeat(5 * MB)],
    ["letter 'a'", 'a'.repeat(5 * MB)],
    ["'>'", '>'.repeat(5 * MB)],
    ['"On " repeats', 'On '.repeat((5 * MB) / 3)],
    ['"wrote:" lines', 'On Monday Dana wrote:\n'.repeat((5 * MB) / 22)],
    ['header lines', 'From: a\nSent: b\nTo: c\nSubject: d\n'.repeat((5 * MB) / 32)],
    ['zero-width characters', '\u200b'.repeat(5 * MB)],
    ['offer words', 'offer you the position '.repeat((5 * MB) / 23)],
    ['one long line of words', 'lorem ipsum dolor sit amet '.repeat((5 * MB) / 27)],
  ];

  it.each(huge)('classifies a 5 MB body of %s', (_, body) => {
    expectValid(
      classifyEmail({ subject: body.slice(0, 100_000), from: body.slice(0, 1000), to: body.slice(0, 1000), body }),
    );
    const parts = newestMessage(body);
    expect(
      parts.main.length + parts.signature.length + parts.quoted.length + parts.forwarded.length,
    ).toBeLessThanOrEqual(INPUT_CAP + 10);
  });

  it('handles 1000 nested quote levels', () => {
    let body = 'Thanks, see you then!\n';
    for (let level = 1; level <= 1000; level++) body += `${'>'.repeat(level)} On day ${level}, Dana wrote:\n`;
    body += `${'>'.repeat(1000)} We are pleased to offer you the position.\n`;
    const result = classifyEmail({ subject: 'Re: Offer', from: 'Sam <sam@mail.example>', body });
    expectValid(result);
    expect(result.kind).toBe('other');
    expect(newestMessage(body).main).toBe('Thanks, see you then!');
  });

  it('truncates past the cap: a body plus 5 MB of junk classifies like the body plus the capped junk', () => {
    const junk = fc.constantFrom(
      'x'.repeat(5 * MB),
      'We are pleased to offer you the position. '.repeat((5 * MB) / 42),
      'Unfortunately we will not be moving forward. '.repeat((5 * MB) / 45),
      '> quoted\n'.repeat((5 * MB) / 9),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(...PHRASES), junk, (start, phrase, tail) => {
        const body = `${start}\n${phrase}\n${tail}`;
        const base = { subject: 'Hello', from: 'Dana <dana@acme.example>' };
        expect(classifyEmail({ ...base, body })).toEqual(classifyEmail({ ...base, body: capInput(body) }));
        expect(capInput(body).length).toBeLessThanOrEqual(INPUT_CAP);
      }),
      { numRuns: 12 },
    );
  });
});

describe('newestMessage never throws and returns strings', () => {
  it('on random input', () => {
    fc.assert(
      fc.property(messy, messy, (body, subject) => {
        const parts = newestMessage(body, subject);
        for (const key of ['main', 'signature', 'quoted', 'forwarded'] as const)
          expect(typeof parts[key]).toBe('string');
        expect(parts.main).not.toMatch(/[\u200b-\u200d\ufeff\u202a-\u202e\u2066-\u2069]/);
      }),
      { numRuns: 300 },
    );
  });

  it('reads the same newest text, signature and forwarded part when it leaves the quoted history unread', () => {
    fc.assert(
      fc.property(messy, messy, (body, subject) => {
        expect(newestMessage(body, subject, false)).toEqual({ ...newestMessage(body, subject), quoted: '' });
      }),
      { numRuns: 300 },
    );
  });
});
