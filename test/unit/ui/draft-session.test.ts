import { beforeAll, describe, expect, it } from 'vitest';
import { checkGraciousness, type DraftRequest, hasLanguage, loadLanguage, writeDraft } from '../../../src/core/compose';
import { LANGUAGES, type Language } from '../../../src/core/settings';
import { type Composer, createDraftSession, openDraftSession } from '../../../src/ui/draft/session';

const request: DraftRequest = {
  situation: 'decline-offer',
  tone: 'warm',
  language: 'en',
  sender: { name: 'Sam Rivera', signature: null },
  recipient: { name: 'Dana Lee', role: 'recruiter', email: null },
  company: 'Acme Robotics',
  jobTitle: 'Senior Designer',
  details: { highlight: 'meeting the design team' },
};

/** The real writer, counting how often it writes. */
function countingComposer() {
  const calls: DraftRequest[] = [];
  const composer: Composer = {
    writeDraft: (r) => {
      calls.push(r);
      return writeDraft(r);
    },
    checkGraciousness,
    hasLanguage,
    loadLanguage,
  };
  return { composer, calls };
}

/**
 * The real writer with banks that arrive (or fail) when the test says so. It refuses to write in
 * a language before its bank has arrived, as the real one does.
 */
function banksOnCue() {
  const arrived = new Set<Language>(['en']);
  const cues = new Map<Language, { arrive(): void; fail(): void }>();
  const composer: Composer = {
    writeDraft(r) {
      if (!arrived.has(r.language ?? 'en')) throw new Error(`wrote in ${r.language} before its bank arrived`);
      return writeDraft(r);
    },
    checkGraciousness,
    hasLanguage: (language) => arrived.has(language),
    loadLanguage: (language) =>
      new Promise((resolve, reject) => {
        cues.set(language, {
          arrive() {
            arrived.add(language);
            resolve();
          },
          fail: () => reject(new Error(`${language} bank missing`)),
        });
      }),
  };
  const cue = async (language: Language, outcome: 'arrive' | 'fail') => {
    const pending = cues.get(language);
    if (!pending) throw new Error(`nobody asked for the ${language} bank`);
    cues.delete(language);
    pending[outcome]();
    // Let the session's handlers of the settled load run.
    await Promise.resolve();
  };
  return { composer, cue, asked: () => [...cues.keys()] };
}

beforeAll(() => Promise.all(LANGUAGES.map(loadLanguage)));

describe('a draft session', () => {
  it("starts with the writer's text, unedited and with nothing to fix", () => {
    const session = createDraftSession(countingComposer().composer, request);
    expect(session.body).toContain('Dana');
    expect(session.body).toContain('Acme Robotics');
    expect(session.subject).not.toBe('');
    expect(session.edited).toBe(false);
    expect(session.warnings).toEqual([]);
  });

  it('rewrites the text when the request changes and the user has not edited it', () => {
    const { composer, calls } = countingComposer();
    const session = createDraftSession(composer, request);
    const warm = session.body;
    session.update({ tone: 'formal' });
    expect(calls).toHaveLength(2);
    expect(session.body).not.toBe(warm);
    expect(session.body).toBe(writeDraft({ ...request, tone: 'formal' }).body);
    expect(session.stale).toBe(false);
  });

  it('does not rewrite for a change that changes nothing', () => {
    const { composer, calls } = countingComposer();
    const session = createDraftSession(composer, request);
    session.update({ tone: 'warm', company: 'Acme Robotics' });
    expect(calls).toHaveLength(1);
  });

  it("keeps the user's edits and asks before overwriting them", () => {
    const { composer, calls } = countingComposer();
    const session = createDraftSession(composer, request);
    const mine = `${session.body}\nP.S. Congratulations on the launch.`;
    session.edit({ body: mine });
    expect(session.edited).toBe(true);

    session.update({ tone: 'brief' });
    expect(calls).toHaveLength(1);
    expect(session.body).toBe(mine);
    expect(session.stale).toBe(true);
    expect(session.request.tone).toBe('brief');

    session.regenerate();
    expect(session.body).toBe(writeDraft({ ...request, tone: 'brief' }).body);
    expect(session.edited).toBe(false);
    expect(session.stale).toBe(false);
  });

  it('"keep my text" stops asking until the request changes again', () => {
    const session = createDraftSession(countingComposer().composer, request);
    session.edit({ subject: 'My own subject' });
    session.update({ language: 'de' });
    expect(session.stale).toBe(true);
    session.keepEdits();
    expect(session.stale).toBe(false);
    expect(session.subject).toBe('My own subject');
    session.update({ language: 'fr' });
    expect(session.stale).toBe(true);
  });

  it('rewrites without asking once the user has undone their edit', () => {
    const session = createDraftSession(countingComposer().composer, request);
    const original = session.body;
    session.edit({ body: `${original} extra` });
    session.edit({ body: original });
    session.update({ tone: 'formal' });
    expect(session.stale).toBe(false);
    expect(session.body).toBe(writeDraft({ ...request, tone: 'formal' }).body);
  });

  it("checks the user's own words on every change, against the current tone", () => {
    const session = createDraftSession(countingComposer().composer, request);
    const original = session.body;
    session.edit({ body: `${original}\nFrankly the salary was insulting.` });
    expect(session.warnings.map((w) => w.code)).toContain('negative-phrasing');
    const warning = session.warnings.find((w) => w.code === 'negative-phrasing');
    expect(warning?.message).not.toBe('');
    expect(warning?.fix).not.toBe('');
    session.edit({ body: original });
    expect(session.warnings).toEqual([]);

    session.edit({ body: 'Hi Dana, I decline.' });
    expect(session.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['missing-thanks', 'missing-door-open']),
    );
  });

  it("does not flag the user's own signature or name as problems", () => {
    const signed = { ...request, sender: { name: 'Sam Rivera', signature: 'Sam Rivera\nTODO Designs LLC' } };
    const session = createDraftSession(countingComposer().composer, signed);
    expect(session.body).toContain('TODO Designs LLC');
    expect(session.warnings).toEqual([]);
  });
});

describe('a draft session switching language', () => {
  it('loads the bank, keeps the current text until it arrives, then writes in that language', async () => {
    const { composer, cue, asked } = banksOnCue();
    const session = createDraftSession(composer, request);
    const english = session.body;

    session.update({ language: 'de' });
    expect(asked()).toEqual(['de']);
    expect(session.language).toBe('de');
    expect(session.loading).toBe('de');
    expect(session.request.language).toBe('en');
    expect(session.body).toBe(english);

    await cue('de', 'arrive');
    expect(session.loading).toBeNull();
    expect(session.request.language).toBe('de');
    expect(session.subject).toBe(writeDraft({ ...request, language: 'de' }).subject);
    expect(session.body).toBe(writeDraft({ ...request, language: 'de' }).body);
    expect(session.edited).toBe(false);
  });

  it('applies the rest of a change at once and keeps edits made while the bank loads', async () => {
    const { composer, cue } = banksOnCue();
    const session = createDraftSession(composer, request);

    session.update({ language: 'fr', tone: 'formal' });
    expect(session.body).toBe(writeDraft({ ...request, tone: 'formal' }).body);
    const mine = `${session.body}\nP.S. Congratulations on the launch.`;
    session.edit({ body: mine });

    await cue('fr', 'arrive');
    expect(session.request).toMatchObject({ language: 'fr', tone: 'formal' });
    expect(session.body).toBe(mine);
    expect(session.stale).toBe(true);
    session.regenerate();
    expect(session.body).toBe(writeDraft({ ...request, language: 'fr', tone: 'formal' }).body);
  });

  it('follows the last language chosen, whatever order the banks arrive in', async () => {
    const { composer, cue } = banksOnCue();
    const session = createDraftSession(composer, request);

    session.update({ language: 'de' });
    session.update({ language: 'es' });
    expect(session.language).toBe('es');
    await cue('de', 'arrive');
    expect(session.request.language).toBe('en');
    await cue('es', 'arrive');
    expect(session.body).toBe(writeDraft({ ...request, language: 'es' }).body);

    session.update({ language: 'nl' });
    session.update({ language: 'de' });
    expect(session.loading).toBeNull();
    expect(session.body).toBe(writeDraft({ ...request, language: 'de' }).body);
    await cue('nl', 'arrive');
    expect(session.request.language).toBe('de');
  });

  it('reports a bank that failed to load and keeps the draft; choosing the language again retries', async () => {
    const { composer, cue, asked } = banksOnCue();
    const session = createDraftSession(composer, request);
    const english = session.body;

    session.update({ language: 'pt' });
    await cue('pt', 'fail');
    expect(session.failed).toBe('pt');
    expect(session.loading).toBeNull();
    expect(session.language).toBe('en');
    expect(session.request.language).toBe('en');
    expect(session.body).toBe(english);

    session.update({ language: 'pt' });
    expect(session.failed).toBeNull();
    expect(asked()).toEqual(['pt']);
    await cue('pt', 'arrive');
    expect(session.body).toBe(writeDraft({ ...request, language: 'pt' }).body);
  });

  it('tells its subscribers of every change, a bank arriving later included, until they stop listening', async () => {
    const { composer, cue } = banksOnCue();
    const session = createDraftSession(composer, request);
    const seen: string[] = [];
    const stop = session.subscribe(() => seen.push(session.language));

    session.edit({ body: `${session.body}\nThank you.` });
    session.update({ language: 'de' });
    await cue('de', 'arrive');
    expect(seen).toEqual(['en', 'de', 'de']);
    expect(session.stale).toBe(true);

    stop();
    session.regenerate();
    expect(seen).toHaveLength(3);
  });

  it('opens in the requested language once its bank has loaded', async () => {
    const { composer, cue } = banksOnCue();
    const opening = openDraftSession(composer, { ...request, language: 'nl' });
    await cue('nl', 'arrive');
    const session = await opening;
    expect(session.body).toBe(writeDraft({ ...request, language: 'nl' }).body);
    expect(session.failed).toBeNull();
  });

  it('opens in English, and says why, when the bank of the requested language fails to load', async () => {
    const { composer, cue } = banksOnCue();
    const opening = openDraftSession(composer, { ...request, language: 'fr' });
    await cue('fr', 'fail');
    const session = await opening;
    expect(session.failed).toBe('fr');
    expect(session.language).toBe('en');
    expect(session.body).toBe(writeDraft(request).body);
  });
});
