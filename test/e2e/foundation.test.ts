import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtensionPage } from './pages/extension-pages';
import { WEBMAIL_URLS, WebmailTab } from './pages/webmail';
import { DIST, type LaunchedExtension, launchExtension } from './support/extension';

let extension: LaunchedExtension;

beforeAll(async () => {
  extension = await launchExtension();
});

afterAll(async () => {
  await extension?.close();
});

describe('the built extension in Chromium', () => {
  it.each([
    ['Gmail', WEBMAIL_URLS.gmail],
    ['Outlook (live.com)', WEBMAIL_URLS.outlookLive],
    ['Outlook (office.com)', WEBMAIL_URLS.outlookOffice],
  ])('runs the content script on %s', async (_name, url) => {
    const tab = await WebmailTab.open(extension, url);
    const world = await tab.contentWorld();
    expect(world.running).toBe(true);
    const ping = await world.sendToWorker<{ ok: boolean; value: { version: string } }>({ type: 'ping' });
    expect(ping).toMatchObject({ ok: true, value: { version: '0.1.0' } });
    await world.detach();
    await tab.page.close();
  });

  it('does not run the content script on another host', async () => {
    const tab = await WebmailTab.open(extension, WEBMAIL_URLS.notWebmail);
    const world = await tab.contentWorld(1500);
    expect(world.running).toBe(false);
    await world.detach();
    await tab.page.close();
  });

  it('answers a valid message and rejects malformed, unknown and misdirected ones', async () => {
    const popup = await ExtensionPage.open(extension, 'popup');
    expect(await popup.sendToWorker({ type: 'ping' })).toMatchObject({ ok: true });
    expect(await popup.sendToWorker({ type: 'settings/save', payload: { snoozeLimit: 'three' } })).toMatchObject({
      ok: false,
      error: expect.stringContaining('snoozeLimit'),
    });
    expect(await popup.sendToWorker({ type: 'format-disk' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('unknown message type'),
    });
    expect(await popup.sendToWorker('ping')).toMatchObject({ ok: false, error: expect.stringContaining('malformed') });
    expect(
      await popup.sendToWorker({ type: 'second-opinion', payload: { kind: 'other', features: [] } }),
    ).toMatchObject({ ok: false, error: expect.stringContaining('not accepted from extension-page') });
    await popup.page.close();

    // A webmail page may report detections but may not change settings.
    const tab = await WebmailTab.open(extension, WEBMAIL_URLS.gmail);
    const world = await tab.contentWorld();
    expect(await world.sendToWorker({ type: 'settings/save', payload: { userName: 'Mallory' } })).toMatchObject({
      ok: false,
      error: expect.stringContaining('not accepted from webmail'),
    });
    const detection = {
      site: 'gmail',
      threadKey: 'thread-1',
      kind: 'offer',
      company: 'Acme',
      role: 'Designer',
      contacts: [],
      interviewAt: null,
    };
    expect(await world.sendToWorker({ type: 'detected', payload: detection })).toMatchObject({ ok: true });
    expect(await world.sendToWorker({ type: 'detected', payload: { ...detection, kind: 'spam' } })).toMatchObject({
      ok: false,
    });
    // The classifier's second opinion reads word hashes from a webmail page, never text.
    const opinion = { kind: 'other', features: [1, 2, 3] };
    expect(await world.sendToWorker({ type: 'second-opinion', payload: opinion })).toMatchObject({
      ok: true,
      value: { kind: 'other' },
    });
    expect(
      await world.sendToWorker({
        type: 'second-opinion',
        payload: { ...opinion, features: ['we are pleased to offer'] },
      }),
    ).toMatchObject({ ok: false, error: expect.stringContaining('features') });
    expect(await world.sendToWorker({ type: 'second-opinion', payload: { ...opinion, kind: 'spam' } })).toMatchObject({
      ok: false,
    });
    await world.detach();
    await tab.page.close();
  });

  it.each(['popup', 'options', 'welcome'] as const)('renders the %s page without console errors', async (which) => {
    const before = extension.consoleErrors.length;
    const page = await ExtensionPage.open(extension, which);
    expect(await page.heading()).not.toBe('');
    expect(extension.consoleErrors.slice(before)).toEqual([]);
    await page.page.close();
  });

  it('builds a manifest that asks only for what it uses', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    const webmail = [
      'https://mail.google.com/*',
      'https://outlook.cloud.microsoft/*',
      'https://outlook.live.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
    ];
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'notifications', 'storage']);
    expect([...manifest.host_permissions].sort()).toEqual(webmail);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    // One content script per site (each loads only its own adapter); together they cover every webmail host once.
    const scriptMatches: string[] = manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches);
    expect(scriptMatches.sort()).toEqual(webmail);
    for (const entry of manifest.web_accessible_resources ?? []) {
      for (const match of entry.matches) expect(webmail).toContain(match);
      for (const resource of entry.resources) expect(resource).toMatch(/^assets\/[\w.-]+\.js$/);
    }
  });

  it('made no request to any host but the fixture hosts, from any context', async () => {
    // Let the worker and pages settle so late requests would be seen.
    await new Promise((r) => setTimeout(r, 500));
    expect(extension.outsideHosts()).toEqual([]);
    expect(extension.server.log.length).toBeGreaterThan(0);
  });
});
