// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkGraciousness, type DraftRequest, loadLanguage, writeDraft } from '../../../src/core/compose';
import type { Language } from '../../../src/core/settings';
import { DraftEditor } from '../../../src/ui/draft/editor';
import { type Composer, createDraftSession } from '../../../src/ui/draft/session';
import './fake-browser';

const request: DraftRequest = {
  situation: 'after-rejection',
  tone: 'warm',
  language: 'en',
  sender: { name: 'Sam Rivera' },
  recipient: { name: 'Dana Lee', role: 'recruiter' },
  company: 'Acme Robotics',
};

/** The real writer, whose German bank arrives or fails when the test says so. */
function germanOnCue() {
  const arrived = new Set<Language>(['en']);
  let settle: { arrive(): void; fail(): void } | null = null;
  const composer: Composer = {
    writeDraft,
    checkGraciousness,
    hasLanguage: (language) => arrived.has(language),
    loadLanguage: (language) =>
      new Promise((resolve, reject) => {
        settle = {
          arrive: () => {
            arrived.add(language);
            resolve();
          },
          fail: () => reject(new Error('bank missing')),
        };
      }),
  };
  return {
    composer,
    cue: (outcome: 'arrive' | 'fail') =>
      act(async () => {
        settle?.[outcome]();
      }),
  };
}

let root: HTMLElement;
const select = () => root.querySelector<HTMLSelectElement>('select[name="language"]')!;
const body = () => root.querySelector<HTMLTextAreaElement>('textarea[name="body"]')!.value;
const alert = () => root.querySelector('[data-gracious="language-failed"]');

async function choose(language: Language) {
  await act(async () => {
    select().value = language;
    select().dispatchEvent(new Event('change', { bubbles: true }));
  });
}

beforeAll(() => loadLanguage('de'));

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the draft editor, switching language', () => {
  it('shows the chosen language while its bank loads, then the draft in it', async () => {
    const { composer, cue } = germanOnCue();
    const session = createDraftSession(composer, request);
    await act(async () => render(<DraftEditor session={session} />, root));
    const english = body();

    await choose('de');
    expect(select().value).toBe('de');
    expect(body()).toBe(english);
    expect(root.querySelector('[data-gracious="draft-editor"]')?.getAttribute('aria-busy')).toBe('true');

    await cue('arrive');
    expect(body()).toBe(writeDraft({ ...request, language: 'de' }).body);
    expect(root.querySelector('[data-gracious="draft-editor"]')?.getAttribute('aria-busy')).toBe('false');
    expect(alert()).toBeNull();
  });

  it('says so when the bank fails to load, and keeps the draft and its language', async () => {
    const { composer, cue } = germanOnCue();
    const session = createDraftSession(composer, request);
    await act(async () => render(<DraftEditor session={session} />, root));
    const english = body();

    await choose('de');
    await cue('fail');
    expect(alert()?.textContent).toBe(
      'German (Deutsch) could not be loaded, so the draft is in English. Choose the language again to retry.',
    );
    expect(alert()?.getAttribute('role')).toBe('alert');
    expect(select().value).toBe('en');
    expect(body()).toBe(english);
  });
});
