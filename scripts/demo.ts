/**
 * `npm run demo`: opens Chromium with the built extension and a small demo inbox served as
 * mail.google.com from this machine, so Gracious can be tried without a Gmail account.
 * Nothing leaves the machine: every host name is mapped to the local demo server.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, DIST } from '../test/e2e/support/extension';
import { startFixtureServer } from '../test/e2e/support/fixture-server';

const DEMO_URL = 'https://mail.google.com/mail/u/0/#inbox';

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`No display found, so the demo cannot open a window here.
To try Gracious:
  - on a desktop machine: run "npm run demo" there (it needs Chromium: apt-get install -y chromium), or
  - here, under a virtual display: apt-get install -y xvfb && xvfb-run npm run demo, or
  - load dist/ unpacked in Chrome (chrome://extensions → Developer mode → Load unpacked) and open Gmail.`);
  process.exit(0);
}

const server = await startFixtureServer();
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'gracious-demo-')), {
  executablePath: chromiumPath(),
  headless: false,
  viewport: null,
  args: [
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${DIST}`,
    `--load-extension=${DIST}`,
    `--host-resolver-rules=MAP * 127.0.0.1:${server.port}`,
    '--ignore-certificate-errors',
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(DEMO_URL);
console.log(`Demo inbox open at ${DEMO_URL} (served locally). Open a job email to see the Gracious button.
Close the browser window to end the demo.`);
await new Promise<void>((done) => context.on('close', () => done()));
await server.close();
