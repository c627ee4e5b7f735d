import { describe, expect, it } from 'vitest';
import { checkGraciousness, type DraftRequest, writeDraft } from '../../../src/core/compose';
import { type Composer, createDraftSession } from '../../../src/ui/draft/session';

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
  };
  return { composer, calls };
}

describe('a draft session', () => {
  it("starts with the writer's text, unedited and with nothing to fix", () => {
    const session = createDraftSession(countingComposer().composer, request);
    expect(session.body.value).toContain('Dana');
    expect(session.body.value).toContain('Acme Robotics');
    expect(session.subject.value).not.toBe('');
    expect(session.edited.value).toBe(false);
    expect(session.warnings.value).toEqual([]);
  });

  it('rewrites the text when the request changes and the user has not edited it', () => {
    const { composer, calls } = countingComposer();
    const session = createDraftSession(composer, request);
    const warm = session.body.value;
    session.update({ tone: 'formal' });
    expect(calls).toHaveLength(2);
    expect(session.body.value).not.toBe(warm);
    expect(session.body.value).toBe(writeDraft({ ...request, tone: 'formal' }).body);
    expect(session.stale.value).toBe(false);
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
    const mine = `${session.body.value}\nP.S. Congratulations on the launch.`;
    session.body.value = mine;
    expect(session.edited.value).toBe(true);

    session.update({ tone: 'brief' });
    expect(calls).toHaveLength(1);
    expect(session.body.value).toBe(mine);
    expect(session.stale.value).toBe(true);
    expect(session.request.value.tone).toBe('brief');

    session.regenerate();
    expect(session.body.value).toBe(writeDraft({ ...request, tone: 'brief' }).body);
    expect(session.edited.value).toBe(false);
    expect(session.stale.value).toBe(false);
  });

  it('"keep my text" stops asking until the request changes again', () => {
    const session = createDraftSession(countingComposer().composer, request);
    session.subject.value = 'My own subject';
    session.update({ language: 'de' });
    expect(session.stale.value).toBe(true);
    session.keepEdits();
    expect(session.stale.value).toBe(false);
    expect(session.subject.value).toBe('My own subject');
    session.update({ language: 'fr' });
    expect(session.stale.value).toBe(true);
  });

  it('rewrites without asking once the user has undone their edit', () => {
    const session = createDraftSession(countingComposer().composer, request);
    const original = session.body.value;
    session.body.value = `${original} extra`;
    session.body.value = original;
    session.update({ tone: 'formal' });
    expect(session.stale.value).toBe(false);
    expect(session.body.value).toBe(writeDraft({ ...request, tone: 'formal' }).body);
  });

  it("checks the user's own words on every change, against the current tone", () => {
    const session = createDraftSession(countingComposer().composer, request);
    const original = session.body.value;
    session.body.value = `${original}\nFrankly the salary was insulting.`;
    expect(session.warnings.value.map((w) => w.code)).toContain('negative-phrasing');
    const warning = session.warnings.value.find((w) => w.code === 'negative-phrasing');
    expect(warning?.message).not.toBe('');
    expect(warning?.fix).not.toBe('');
    session.body.value = original;
    expect(session.warnings.value).toEqual([]);

    session.body.value = 'Hi Dana, I decline.';
    expect(session.warnings.value.map((w) => w.code)).toEqual(
      expect.arrayContaining(['missing-thanks', 'missing-door-open']),
    );
  });

  it("does not flag the user's own signature or name as problems", () => {
    const signed = { ...request, sender: { name: 'Sam Rivera', signature: 'Sam Rivera\nTODO Designs LLC' } };
    const session = createDraftSession(countingComposer().composer, signed);
    expect(session.body.value).toContain('TODO Designs LLC');
    expect(session.warnings.value).toEqual([]);
  });
});
