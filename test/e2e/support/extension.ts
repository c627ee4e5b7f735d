/**
 * Launches Debian Chromium with the built extension, as ../shared/platform.md describes, with every
 * host name mapped to the local fixture server. One launch per test file; profiles can be reused to
 * prove what survives a browser restart.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type ConsoleMessage, chromium, type Page, type Worker } from 'playwright-core';
import { FIXTURE_HOSTS, type FixtureServer, type LoggedRequest, startFixtureServer } from './fixture-server';

/**
 * Chromium itself (not any extension) checks for component updates and signed-in accounts even with
 * the background-networking flags. These exact endpoints are the browser's; anything else counts.
 */
function isBrowserServiceCall(entry: LoggedRequest): boolean {
  if (entry.host === 'update.googleapis.com') return entry.path === '' || entry.path.startsWith('/service/update2/');
  if (entry.host === 'accounts.google.com') return entry.path === '' || entry.path.startsWith('/ListAccounts');
  if (entry.host === 'connectivitycheck.gstatic.com') return entry.path === '' || entry.path === '/generate_204';
  // Chromium's autofill asks its server about any page with form fields (the inline panel has some).
  if (entry.host === 'content-autofill.googleapis.com') return entry.path === '' || entry.path.startsWith('/v1/pages/');
  return false;
}

export const DIST = resolve(import.meta.dirname, '../../..', process.env.GRACIOUS_DIST ?? 'dist');

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it with "apt-get install -y chromium" (Debian) or set CHROMIUM_PATH.`,
    );
  }
  return path;
}

export interface ConsoleProblem {
  url: string;
  text: string;
}

export interface LaunchedExtension {
  context: BrowserContext;
  server: FixtureServer;
  extensionId: string;
  profileDir: string;
  worker(): Promise<Worker>;
  /**
   * Hosts outside the fixture hosts that anything asked for since launch: requests Playwright saw
   * from any page, content script or the service worker, plus every host that reached the catch-all
   * fixture server, less the browser's own service calls (updater, account check).
   */
  outsideHosts(): string[];
  /** Console errors and uncaught exceptions from every page and the worker, since launch. */
  consoleErrors: ConsoleProblem[];
  extensionUrl(path: string): string;
  newPage(): Promise<Page>;
  /** Closes the browser; the fixture server stays up unless `closeServer` is set. */
  close(options?: { closeServer?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  profileDir?: string;
  server?: FixtureServer;
  permissions?: string[];
}

export async function launchExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/ is missing: run "npm run build" first');
  const server = options.server ?? (await startFixtureServer());
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'gracious-profile-'));
  // No `env` option: Chromium inherits this process's environment, so a whole run can be moved to
  // another date with libfaketime (LD_PRELOAD=/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1
  // FAKETIME=+120d npx vitest run): the tests, the browser's processes (no sandbox) and the served
  // pages' dates (fixtures/webmail/dates.ts) all follow the same clock.
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-domain-reliability',
      '--no-pings',
      '--metrics-recording-only',
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      // Every host goes to the fixture server, which logs it: no request can leave unseen.
      `--host-resolver-rules=MAP * 127.0.0.1:${server.port}`,
      '--ignore-certificate-errors',
    ],
    permissions: options.permissions,
  });

  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));

  const consoleErrors: ConsoleProblem[] = [];
  const watchPage = (page: Page) => {
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') consoleErrors.push({ url: page.url(), text: message.text() });
    });
    page.on('pageerror', (error) => consoleErrors.push({ url: page.url(), text: String(error) }));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);

  const worker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return existing ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  };
  const first = await worker();
  const extensionId = new URL(first.url()).host;

  return {
    context,
    server,
    extensionId,
    profileDir,
    worker,
    consoleErrors,
    outsideHosts: () => {
      const fromContexts = requested
        .filter((url) => /^(https?|wss?):/.test(url))
        .map((url) => new URL(url).hostname)
        .filter((host) => !FIXTURE_HOSTS.includes(host));
      const fromNetwork = server.log
        .filter((entry) => !FIXTURE_HOSTS.includes(entry.host) && !isBrowserServiceCall(entry))
        .map((entry) => entry.host);
      return [...new Set([...fromContexts, ...fromNetwork])];
    },
    extensionUrl: (path: string) => `chrome-extension://${extensionId}/${path}`,
    newPage: () => context.newPage(),
    close: async ({ closeServer = true } = {}) => {
      await context.close();
      if (closeServer) await server.close();
    },
  };
}
