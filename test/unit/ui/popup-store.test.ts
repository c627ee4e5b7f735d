import { describe, expect, it, vi } from 'vitest';
import * as compose from '../../../src/core/compose';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import {
  buildRequest,
  createStore,
  EMPTY_FORM,
  type PopupServices,
  validatePeople,
  type WebmailTab,
} from '../../../src/popup/store';

function fakeServices(options: { settings?: Partial<Settings>; tab?: WebmailTab | null; inserted?: boolean } = {}) {
  return {
    loadSettings: vi.fn(async () => ({ ...DEFAULT_SETTINGS, userName: 'Sam Rivera', ...options.settings })),
    findWebmailTab: vi.fn(async () => options.tab ?? null),
    loadComposer: vi.fn(async () => compose),
    copyText: vi.fn(async (_text: string) => true),
    insertIntoTab: vi.fn(async (_tabId: number, _text: string) => options.inserted ?? true),
    openUrl: vi.fn(async (_url: string) => undefined),
    openOptions: vi.fn(async () => undefined),
  } satisfies PopupServices;
}

const GMAIL_TAB: WebmailTab = { id: 7, url: 'https://mail.google.com/mail/u/0/#inbox/abc', site: 'gmail' };

/** Walks the New note flow to the draft. */
async function writeNote(store: ReturnType<typeof createStore>) {
  await store.start();
  store.newNote();
  store.chooseSituation('decline-offer');
  store.edit({
    recipientName: 'Dana Lee',
    company: 'Acme Robotics',
    jobTitle: 'Senior Designer',
    email: 'dana@acme.example',
  });
  expect(store.submitPeople()).toBe(true);
  store.edit({ reason: 'I accepted another offer', highlight: 'meeting the design team' });
  await store.writeDraft();
  return store.draft.value!;
}

describe('the popup store', () => {
  it('starts on the empty state and walks situation → people → details → draft', async () => {
    const store = createStore(fakeServices());
    expect(store.step.value).toBe('home');
    const draft = await writeNote(store);
    expect(store.step.value).toBe('draft');
    expect(draft.body).toContain('Dana');
    expect(draft.body).toContain('Acme Robotics');
    expect(draft.body).toContain('Sam Rivera');
  });

  it('writes in the default tone and language from settings', async () => {
    const store = createStore(fakeServices({ settings: { defaultTone: 'formal', defaultLanguage: 'de' } }));
    const draft = await writeNote(store);
    expect(draft.request).toMatchObject({ tone: 'formal', language: 'de' });
    expect(draft.body).toBe(compose.writeDraft(draft.request).body);
  });

  it('keeps the user on the people step, with errors by field, until name and company are given', async () => {
    const store = createStore(fakeServices());
    store.newNote();
    store.chooseSituation('after-rejection');
    store.edit({ email: 'not an address' });
    expect(store.submitPeople()).toBe(false);
    expect(store.step.value).toBe('people');
    expect(store.errors.value).toEqual({
      recipientName: 'popup_error_name',
      company: 'popup_error_company',
      email: 'popup_error_email',
    });
    store.edit({ recipientName: 'Dana' });
    expect(store.errors.value.recipientName).toBeUndefined();
    expect(store.errors.value.company).toBe('popup_error_company');
  });

  it('picks the interviewer role for an interview note unless the user chose a role', () => {
    const store = createStore(fakeServices());
    store.chooseSituation('after-interview');
    expect(store.form.value.role).toBe('interviewer');
    store.chooseSituation('decline-offer');
    expect(store.form.value.role).toBe('recruiter');
    store.edit({ role: 'hiring-manager' });
    store.chooseSituation('after-interview');
    expect(store.form.value.role).toBe('hiring-manager');
  });

  it('goes back one step at a time', async () => {
    const store = createStore(fakeServices());
    await writeNote(store);
    store.back();
    expect(store.step.value).toBe('details');
    store.back();
    store.back();
    store.back();
    expect(store.step.value).toBe('home');
  });

  it('rewrites the draft when details change, unless the user edited it', async () => {
    const store = createStore(fakeServices());
    const draft = await writeNote(store);
    store.back();
    store.edit({ highlight: 'the tour of the robotics lab' });
    await store.writeDraft();
    expect(draft.body).toContain('the tour of the robotics lab');

    draft.edit({ body: `${draft.body}\nThank you again.` });
    store.back();
    store.edit({ highlight: 'the lunch with the team' });
    await store.writeDraft();
    expect(draft.body).toContain('Thank you again.');
    expect(draft.stale).toBe(true);
  });

  it('copies the body (the part that goes into a reply)', async () => {
    const services = fakeServices();
    const store = createStore(services);
    const draft = await writeNote(store);
    await store.copy();
    expect(services.copyText).toHaveBeenCalledWith(draft.body);
    expect(store.status.value).toEqual({ kind: 'ok', key: 'popup_copied', substitutions: undefined });
  });

  it('says so when no webmail tab can take "Insert into reply", and sends nothing', async () => {
    const services = fakeServices({ tab: null });
    const store = createStore(services);
    await writeNote(store);
    expect(store.insertTarget.value).toBeNull();
    await store.insert();
    expect(services.insertIntoTab).not.toHaveBeenCalled();
    expect(store.status.value).toMatchObject({ kind: 'error', key: 'popup_insert_unavailable' });
  });

  it('inserts into the webmail tab the popup was opened over, and reports a failure', async () => {
    const services = fakeServices({ tab: GMAIL_TAB, inserted: false });
    const store = createStore(services);
    const draft = await writeNote(store);
    await store.insert();
    expect(services.insertIntoTab).toHaveBeenCalledWith(7, draft.body);
    expect(store.status.value).toMatchObject({ kind: 'error', key: 'popup_insert_failed' });
  });

  it('does not insert into a site the user turned off', async () => {
    const store = createStore(fakeServices({ tab: GMAIL_TAB, settings: { sites: { gmail: false, outlook: true } } }));
    await writeNote(store);
    expect(store.insertTarget.value).toBeNull();
  });

  it('opens a compose window of the webmail the user came from, filled in', async () => {
    const services = fakeServices({ tab: GMAIL_TAB });
    const store = createStore(services);
    const draft = await writeNote(store);
    await store.openEmail();
    const url = new URL(services.openUrl.mock.calls[0]![0]);
    expect(url.host).toBe('mail.google.com');
    expect(url.searchParams.get('to')).toBe('dana@acme.example');
    expect(url.searchParams.get('su')).toBe(draft.subject);
    expect(url.searchParams.get('body')).toBe(draft.body);
  });

  it('falls back to mailto: when it cannot tell which webmail the user uses', async () => {
    const services = fakeServices({ tab: null });
    const store = createStore(services);
    await writeNote(store);
    await store.openEmail();
    expect(services.openUrl.mock.calls[0]![0]).toMatch(/^mailto:dana@acme\.example\?subject=/);
  });

  it('starts over with an empty form', async () => {
    const store = createStore(fakeServices());
    await writeNote(store);
    store.startOver();
    expect(store.step.value).toBe('home');
    expect(store.form.value).toEqual(EMPTY_FORM);
    expect(store.draft.value).toBeNull();
  });
});

describe('validatePeople and buildRequest', () => {
  it('accepts a name and company, with an optional well-formed email', () => {
    expect(validatePeople({ ...EMPTY_FORM, recipientName: 'Dana', company: 'Acme' })).toEqual({});
    expect(validatePeople({ ...EMPTY_FORM, recipientName: 'Dana', company: 'Acme', email: 'd@acme.io' })).toEqual({});
  });

  it('sends only the details that fit the situation, trimmed, and nothing empty', () => {
    const form = {
      ...EMPTY_FORM,
      situation: 'after-interview' as const,
      recipientName: ' Dana Lee ',
      company: 'Acme',
      reason: 'another offer',
      interviewTopic: ' the design system ',
      interviewDate: '2026-03-05',
    };
    const request = buildRequest(form, { ...DEFAULT_SETTINGS, userName: 'Sam' });
    expect(request.recipient).toEqual({ name: 'Dana Lee', role: 'recruiter', email: null });
    expect(request.details).toEqual({
      reason: null,
      highlight: null,
      interviewTopic: 'the design system',
      interviewDate: '2026-03-05',
      replyBy: null,
    });
    expect(request.jobTitle).toBeNull();
    expect(request.sender).toEqual({ name: 'Sam', signature: null });
  });
});

describe('the popup store, while settings load', () => {
  it('waits for the settings before writing, so the first draft is signed', async () => {
    let release: () => void = () => undefined;
    const slow = fakeServices();
    slow.loadSettings.mockImplementation(
      () =>
        new Promise((resolve) => {
          release = () => resolve({ ...DEFAULT_SETTINGS, userName: 'Sam Rivera' });
        }),
    );
    const store = createStore(slow);
    void store.start();
    store.newNote();
    store.chooseSituation('after-interview');
    store.edit({ recipientName: 'Dana Lee', company: 'Acme Robotics' });
    store.submitPeople();
    const writing = store.writeDraft();
    release();
    await writing;
    expect(store.draft.value?.body).toContain('Sam Rivera');
  });
});
