import { timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp';
import type { Dispatch } from './dispatch';

const LOOPBACK = '127.0.0.1';
/** Room for a 30 MiB spreadsheet once base64 and JSON have wrapped it. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;
const TOKEN_HEADER = 'x-pw-token';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

export interface HttpBridge {
  server: Server;
  port: number;
  /** The address to open: the token rides in the fragment, which browsers never send to a server or a referrer. */
  url: string;
  close(): Promise<void>;
}

/**
 * The browser rig's transport: the built renderer and the contract over HTTP,
 * on 127.0.0.1 only. Every API call needs the session's random token, and the
 * Host header must name this very address (so a DNS-rebinding page cannot reach it).
 */
export async function startHttpBridge(options: { dispatch: Dispatch; staticDir: string; token: string; port?: number }): Promise<HttpBridge> {
  const expectedToken = Buffer.from(options.token);
  let port = 0;
  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, 'text/plain; charset=utf-8', 'Internal error'));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.host !== `${LOOPBACK}:${port}`) return send(res, 421, 'text/plain; charset=utf-8', 'Wrong host');
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}:${port}`);
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice(5));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    return serveStatic(res, url.pathname);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, encodedName: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    const given = Buffer.from(String(req.headers[TOKEN_HEADER] ?? ''));
    if (given.length !== expectedToken.length || !timingSafeEqual(given, expectedToken)) {
      return sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: 'This page is not the one this app opened. Use the address it printed.' } });
    }
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(res, 415, { ok: false, error: { code: 'VALIDATION', message: 'Calls must be sent as JSON.' } });
    }
    let name: string;
    let input: unknown;
    try {
      name = decodeURIComponent(encodedName);
      input = JSON.parse(await readBody(req));
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'The call’s input is not valid JSON or is too large.' } });
    }
    const result = await options.dispatch(name, input);
    // A refused call is an answer, not a transport failure: the Result says how it went.
    return sendJson(res, 200, result);
  }

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    const relative = normalize(pathname === '/' ? '/index.html' : pathname).replace(/^([/\\])+/, '');
    const file = join(options.staticDir, relative);
    if (!file.startsWith(options.staticDir + sep)) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    try {
      const body = await readFile(file);
      return send(res, 200, MIME[extname(file)] ?? 'application/octet-stream', body);
    } catch {
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://${LOOPBACK}:${port}/#token=${options.token}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}
