/**
 * A local server that stands in for the whole network during end-to-end runs. Chromium is started
 * with every host name mapped to it, so it sees every request any context of the browser makes —
 * pages, content scripts and the service worker alike — and logs the host asked for. Saved webmail
 * pages are served under their real host names; everything else gets a 404 and is recorded.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, connect, createServer as createNetServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { pageHtml } from '../../fixtures/webmail/pages';
import { PAGES, SHIFT_DAYS } from '../../fixtures/webmail/threads';

export const FIXTURE_ROOT = resolve(import.meta.dirname, '../../fixtures/webmail');

/** Which folder of saved pages answers for which host. */
const HOST_FOLDERS: Record<string, string> = {
  'mail.google.com': 'gmail',
  'outlook.live.com': 'outlook',
  'outlook.office.com': 'outlook',
  'outlook.office365.com': 'outlook',
  'outlook.cloud.microsoft': 'outlook',
  'not-webmail.example': 'other',
};
export const FIXTURE_HOSTS = Object.keys(HOST_FOLDERS);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface LoggedRequest {
  host: string;
  path: string;
  scheme: 'https' | 'http' | 'tls';
}

export interface FixtureServer {
  port: number;
  log: LoggedRequest[];
  /** Hosts requested that are not among the fixture hosts. */
  outsideHosts(): string[];
  close(): Promise<void>;
}

function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'gracious-cert-'));
  const names = FIXTURE_HOSTS.map((h) => `DNS:${h}`).join(',');
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=gracious-fixtures',
        '-addext',
        `subjectAltName=${names}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'pipe' },
    );
  } catch (error) {
    throw new Error(`could not make a test certificate with openssl (apt-get install -y openssl): ${error}`);
  }
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

function serveFixture(request: IncomingMessage, response: ServerResponse, host: string): void {
  const folder = HOST_FOLDERS[host];
  const url = new URL(request.url ?? '/', `https://${host}`);
  if (!folder) {
    response.writeHead(404).end();
    return;
  }
  // Single-page webmail: every app route answers with the app's page; the page's own script
  // renders the view for the route, as the real sites do.
  const base = join(FIXTURE_ROOT, folder);
  let file = normalize(join(base, decodeURIComponent(url.pathname)));
  if (!file.startsWith(base) || !existsSync(file) || statSync(file).isDirectory()) {
    const page = url.searchParams.get('fixture') ?? 'index';
    file = join(base, `${page.replace(/[^\w-]/g, '')}.html`);
  }
  if (!existsSync(file)) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture ${file}`);
    return;
  }
  response
    .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
    .end(servedPage(folder, file) ?? readFileSync(file));
}

const built = new Map<string, string>();

/**
 * A saved webmail page as this run serves it: built from the same threads as the file, with its
 * dates moved to the week of the run (fixtures/webmail/dates.ts), so what the emails say stays
 * ahead or behind the real clock as when they were saved. Null for any other file.
 */
function servedPage(folder: string, file: string): string | null {
  const page = PAGES.find((p) => p.site === folder && join(FIXTURE_ROOT, folder, `${p.name}.html`) === file);
  if (!page) return null;
  const html = built.get(file) ?? pageHtml(page, SHIFT_DAYS);
  built.set(file, html);
  return html;
}

function listen(server: Server): Promise<void> {
  return new Promise((done) => server.listen(0, '127.0.0.1', done));
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const log: LoggedRequest[] = [];
  const record = (scheme: LoggedRequest['scheme']) => (request: IncomingMessage, response: ServerResponse) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    log.push({ host, path: request.url ?? '/', scheme });
    serveFixture(request, response, host);
  };
  const https = createHttpsServer(makeCertificate(), record('https'));
  https.on('tlsClientError', () => undefined);
  // Log the server name of every TLS handshake too, so a request that never completes is still seen.
  https.on('secureConnection', (socket) => {
    const name = (socket as unknown as { servername?: string }).servername;
    if (name && !HOST_FOLDERS[name]) log.push({ host: name, path: '', scheme: 'tls' });
  });
  const http = createHttpServer(record('http'));
  await Promise.all([listen(https), listen(http)]);
  // One port for both, as Chromium maps every host to it: peek at the first byte (0x16 starts a
  // TLS handshake) and relay the connection to the HTTPS or the plain HTTP server.
  const front = createNetServer((socket: Socket) => {
    socket.on('error', () => undefined);
    socket.once('data', (first) => {
      const target = first[0] === 0x16 ? https : http;
      const upstream = connect((target.address() as AddressInfo).port, '127.0.0.1');
      upstream.on('error', () => socket.destroy());
      upstream.write(first);
      socket.pipe(upstream).pipe(socket);
    });
  });
  await listen(front);
  const port = (front.address() as AddressInfo).port;
  return {
    port,
    log,
    outsideHosts: () => [...new Set(log.map((r) => r.host).filter((h) => !HOST_FOLDERS[h]))],
    close: () =>
      new Promise<void>((done) => {
        https.closeAllConnections?.();
        http.closeAllConnections();
        https.close();
        http.close();
        front.close(() => done());
      }),
  };
}
