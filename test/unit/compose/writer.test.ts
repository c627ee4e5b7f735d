import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkGraciousness, type DraftRequest, loadLanguage, ROLES, writeDraft } from '../../../src/core/compose';
import { LANGUAGES, type Language, SITUATIONS, type Situation, TONES } from '../../../src/core/settings';

const base = {
  sender: { name: 'Sam Rivera' },
  company: 'Acme Robotics',
  jobTitle: 'Senior Designer',
} as const;

/** Written independently of the checker's lists, so the two keep each other honest. */
const THANKS: Record<Language, RegExp> = {
  en: /\bthank you\b/i,
  de: /\b(vielen|herzlichen) dank\b|\bbedanken\b/i,
  fr: /\bmerci\b|\bremercie[rz]?\b/i,
  es: /\bgracias\b|agradezco|agradecer/i,
  pt: /agradeço|agradecer/i,
  nl: /\bdank\b|\bbedanken\b/i,
};
const DOOR: Record<Language, RegExp> = {
  en: /stay in touch|keep in touch|paths cross|future/i,
  de: /in Kontakt|Wege|Zukunft|zukünftig/,
  fr: /en contact|nos chemins|avenir|futures/,
  es: /en contacto|el contacto|caminos|futur/,
  pt: /em contato|manter contato|caminhos|futur/,
  nl: /contact|wegen|toekomst/,
};
const DOOR_SITUATIONS: Situation[] = ['decline-offer', 'after-rejection', 'withdraw'];
const BANNED =
  /waste of time|insult|lowball|unprofessional|disappoint|expected better|sorry|apolog|entschuldig|désolé|lo siento|desculp|spijt|Sehr geehrte|\bFrau\b|\bHerr\b|\bCher\b|Chère|Madame|Monsieur|Estimad|Prezad|Geachte|obrigad|encantad|ravie?\b/i;
const LEFTOVERS = /[[\]{}<>]|undefined|\bnull\b|NaN|TODO|XXX| {2}| [,.]|\n{3}|[ \t]\n|Dear ,|^\s|\s$/;

function words(body: string): number {
  return body.split(/\n\n/).slice(0, -1).join(' ').split(/\s+/).filter(Boolean).length;
}

beforeAll(() => Promise.all(LANGUAGES.map(loadLanguage)));

describe('writeDraft over every situation × tone × role × language', () => {
  const cases = LANGUAGES.flatMap((language) =>
    SITUATIONS.flatMap((situation) =>
      TONES.flatMap((tone) => ROLES.map((role) => ({ language, situation, tone, role }))),
    ),
  );
  expect(cases).toHaveLength(6 * 7 * 3 * 3);

  it.each(cases)('$language $situation $tone $role', ({ language, situation, tone, role }) => {
    const request: DraftRequest = { ...base, situation, tone, language, recipient: { name: 'Dana Lee', role } };
    const draft = writeDraft(request);
    const { subject, body } = draft;

    expect(subject).not.toMatch(LEFTOVERS);
    expect(body).not.toMatch(LEFTOVERS);
    expect(`${subject}\n${body}`).not.toMatch(BANNED);
    const salutation = body.split('\n')[0]!;
    if (tone === 'formal') expect(salutation).toContain('Dana Lee');
    else expect(salutation).toMatch(/\bDana\b(?! Lee)/);
    expect(body).toContain('Acme Robotics');
    expect(subject).toContain('Acme Robotics');
    expect(body).toMatch(THANKS[language]);
    if (DOOR_SITUATIONS.includes(situation)) expect(body).toMatch(DOOR[language]);
    expect(body.endsWith('\nSam Rivera')).toBe(true);
    if (language === 'de') expect(body.split('\n\n')[1]).toMatch(/^\p{Ll}/u);
    if (language === 'en') expect(words(body)).toBeLessThanOrEqual(tone === 'brief' ? 70 : 180);

    expect(draft.warnings).toEqual([]);
    const context = { situation, tone, language, recipientName: 'Dana Lee', company: 'Acme Robotics' };
    expect(checkGraciousness(draft, { ...context, exclude: ['Sam Rivera', 'Senior Designer'] })).toEqual([]);

    expect(writeDraft(request)).toEqual(draft);
    const other = writeDraft({
      ...request,
      recipient: { name: 'Dana Lee', role: ROLES[(ROLES.indexOf(role) + 1) % 3] },
    });
    expect(other.body).not.toBe(body);
  });

  it.each(cases)('$language $situation $tone $role with every detail', ({ language, situation, tone, role }) => {
    const draft = writeDraft({
      ...base,
      situation,
      tone,
      language,
      recipient: { name: 'Dana Lee', role },
      sender: { name: 'Sam Rivera', signature: 'Sam Rivera\nProduct Designer · +1 555 0100' },
      details: {
        reason: 'I accepted another offer',
        highlight: 'meeting the design team',
        interviewTopic: 'the design system migration',
        interviewDate: '2026-03-05T14:30:00-08:00',
        replyBy: '2026-03-09',
      },
    });
    expect(draft.warnings).toEqual([]);
    expect(draft.body).not.toMatch(LEFTOVERS);
    if (situation === 'after-interview') expect(draft.body).toContain('the design system migration');
    expect(draft.body.endsWith('\nSam Rivera\nProduct Designer · +1 555 0100')).toBe(true);
    expect(draft.body.match(/Sam Rivera/g)).toHaveLength(1);
  });
});

describe('writeDraft with missing details', () => {
  const request: DraftRequest = {
    situation: 'decline-offer',
    tone: 'warm',
    sender: { name: 'Sam Rivera' },
    recipient: { name: 'Dana Lee', role: 'hiring-manager' },
    company: 'Acme Robotics',
  };

  it('reads naturally without a job title', () => {
    for (const language of LANGUAGES) {
      for (const situation of SITUATIONS) {
        const draft = writeDraft({ ...request, situation, language });
        expect(draft.body).not.toMatch(LEFTOVERS);
        expect(draft.subject).not.toMatch(LEFTOVERS);
        expect(draft.warnings).toEqual([]);
      }
    }
    const en = writeDraft(request);
    expect(en.body).toMatch(/the role\b/);
    expect(en.subject).toBe('Thank you — offer from Acme Robotics');
    expect(writeDraft({ ...request, language: 'de' }).body).toMatch(/die Stelle\b(?! als)/);
  });

  it('reads naturally without a company', () => {
    for (const language of LANGUAGES) {
      for (const situation of SITUATIONS) {
        for (const tone of TONES) {
          const draft = writeDraft({ ...request, situation, tone, language, company: '', jobTitle: 'Designer' });
          expect(draft.body).not.toMatch(LEFTOVERS);
          expect(draft.body).not.toMatch(/ (at|bei|chez|en|na|da|bij|von|de|of) [.,;]/);
          expect(draft.subject).not.toMatch(/[—–] *$|[—–] *[—–]/);
          expect(draft.warnings).toEqual([]);
        }
      }
    }
  });

  it('ends with the closing line when the sender has no name', () => {
    for (const language of LANGUAGES) {
      const draft = writeDraft({ ...request, language, sender: { name: '' } });
      expect(draft.body).not.toMatch(LEFTOVERS);
      expect(draft.body.split('\n').at(-1)).toMatch(/^[\p{L} ]+,?$/u);
      expect(draft.body).not.toMatch(/\n\n$/);
    }
  });

  it('does not repeat the name when the signature starts with it', () => {
    const draft = writeDraft({ ...request, sender: { name: 'Sam Rivera', signature: 'Sam Rivera\nsam@example.com' } });
    expect(draft.body.endsWith('\nSam Rivera\nsam@example.com')).toBe(true);
    expect(draft.body.match(/Sam Rivera/g)).toHaveLength(1);
    const withName = writeDraft({ ...request, sender: { name: 'Sam Rivera', signature: 'sam@example.com' } });
    expect(withName.body.endsWith(',\nSam Rivera\nsam@example.com')).toBe(true);
    const signatureOnly = writeDraft({ ...request, sender: { name: '', signature: 'sam@example.com' } });
    expect(signatureOnly.body.endsWith(',\nsam@example.com')).toBe(true);
  });

  it('greets without a name when the recipient is unknown', () => {
    const expected: Record<Language, string> = {
      en: 'Hello,',
      de: 'Guten Tag,',
      fr: 'Bonjour,',
      es: 'Buenos días:',
      pt: 'Olá,',
      nl: 'Goedendag,',
    };
    for (const language of LANGUAGES) {
      const draft = writeDraft({ ...request, language, recipient: { name: '  ' } });
      expect(draft.body.split('\n')[0]).toBe(expected[language]);
      expect(draft.warnings).toEqual([]);
    }
  });

  it('addresses by first name (warm, brief) or full name (formal), without gendered titles', () => {
    expect(writeDraft({ ...request, recipient: { name: 'Lee, Dana' } }).body).toMatch(/^Hi Dana,/);
    expect(writeDraft({ ...request, recipient: { name: 'Ms. Dana Lee' } }).body).toMatch(/^Hi Dana,/);
    expect(writeDraft({ ...request, tone: 'formal', recipient: { name: 'Frau Dana Lee' } }).body).toMatch(
      /^Dear Dana Lee,/,
    );
    const salutations = LANGUAGES.map((language) => writeDraft({ ...request, language, tone: 'formal' }).body);
    expect(salutations.map((b) => b.split('\n')[0])).toEqual([
      'Dear Dana Lee,',
      'Guten Tag Dana Lee,',
      'Bonjour Dana Lee,',
      'Buenos días, Dana Lee:',
      'Olá, Dana Lee,',
      'Beste Dana Lee,',
    ]);
  });

  it('never quotes the reason, and softens a negative one', () => {
    const negative = writeDraft({ ...request, details: { reason: 'the salary was too low and the process a mess' } });
    expect(negative.body).not.toMatch(/salary|low|mess/i);
    expect(negative.body).toContain("isn't quite the right fit for me at this time");
    expect(negative.warnings).toEqual([]);
    const other = writeDraft({ ...request, details: { reason: 'I took an offer at another company' } });
    expect(other.body).toContain("I've accepted another offer");
    const stay = writeDraft({ ...request, language: 'de', details: { reason: 'Gegenangebot meines Arbeitgebers' } });
    expect(stay.body).toContain('in meiner aktuellen Position zu bleiben');
    const none = writeDraft(request);
    expect(none.body).not.toMatch(/fit|another offer|personal/);
  });

  it('mentions the interview day and reply date only when they are real dates', () => {
    const interview = { ...request, situation: 'after-interview' as const, recipient: { name: 'Dana Lee' } };
    expect(writeDraft({ ...interview, details: { interviewDate: '2026-03-05' } }).body).toContain('on Thursday');
    for (const role of ROLES) {
      for (const interviewDate of ['2026-03-07', '2026-03-03']) {
        const pt = writeDraft({
          ...interview,
          language: 'pt',
          recipient: { name: 'Dana Lee', role },
          details: { interviewDate },
        });
        expect(pt.body).not.toMatch(/na sábado|na domingo|no (segunda|terça|quarta|quinta|sexta)/);
      }
    }
    // Free text naming the day counts too, in the note's language: not only ISO dates.
    expect(writeDraft({ ...interview, details: { interviewDate: 'Thursday' } }).body).toContain('on Thursday');
    expect(
      writeDraft({ ...interview, language: 'de', details: { interviewDate: 'Thursday, December 3, 2026' } }).body,
    ).toContain('Donnerstag');
    for (const interviewDate of ['next Tuesday', '2026-02-30', '', 'December 3']) {
      const draft = writeDraft({ ...interview, details: { interviewDate } });
      expect(draft.body).not.toMatch(/ on \w+day|Invalid/);
    }
    const undecided = writeDraft({ ...request, situation: 'undecided-offer', details: { replyBy: '2026-03-06' } });
    expect(undecided.body).toContain('by Friday');
  });

  it('drops a highlight or topic that would hurt the note', () => {
    const draft = writeDraft({
      ...request,
      situation: 'after-interview',
      details: { highlight: 'the lowball salary talk', interviewTopic: '[topic]' },
    });
    expect(draft.body).not.toMatch(/lowball|topic/);
    expect(draft.warnings).toEqual([]);
  });

  it('keeps a note within its length when details are long', () => {
    const long = 'the way the platform team plans its work across several quarters with many stakeholders';
    for (const language of LANGUAGES) {
      for (const tone of TONES) {
        const draft = writeDraft({
          ...request,
          tone,
          language,
          situation: 'after-interview',
          details: { highlight: long, interviewTopic: long.slice(0, 60), reason: 'another offer' },
        });
        expect(draft.warnings).toEqual([]);
      }
    }
  });
});

describe('writeDraft on arbitrary input', () => {
  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom('', ' ', 'דנה לוי', 'محمد علي', '李伟', 'Zoë O’Brien-Núñez', 'ACME GMBH', 'Dr. Ana de la Cruz'),
  );
  const request = fc.record({
    situation: fc.constantFrom(...SITUATIONS),
    tone: fc.constantFrom(...TONES),
    language: fc.constantFrom(...LANGUAGES, undefined),
    sender: fc.record({ name: text }),
    recipient: fc.record({ name: text, role: fc.constantFrom(...ROLES, undefined) }),
    company: text,
    jobTitle: fc.option(text, { nil: undefined }),
    details: fc.option(
      fc.record(
        { reason: text, highlight: text, interviewTopic: text, interviewDate: text, replyBy: text },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
  });

  it('never throws, never leaves placeholders, and passes its own check', () => {
    fc.assert(
      fc.property(
        request.filter((r) => !/undefined|null|NaN|TODO|XXX|xxx|TBD|FIXME|lorem/i.test(JSON.stringify(r))),
        (r) => {
          const draft = writeDraft(r);
          expect(draft.subject + draft.body).not.toMatch(/[[\]{}<>]|undefined|\bnull\b|NaN| {2}|Dear ,/);
          expect(draft.warnings).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
