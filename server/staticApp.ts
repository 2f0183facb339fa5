// Serves the built app (`vite build` -> dist/) so participants need nothing but a browser.
// The built page carries its Content-Security-Policy in a <meta> tag (vite.config.ts); the
// served page keeps that policy and adds to connect-src the room's own WebSocket origin
// (ws://host:port, or wss:// over HTTPS), spelled out because older browsers do not let
// 'self' cover ws: (CSP level 3 does). The same policy also goes out as a header, with
// frame-ancestors 'none', which a <meta> policy cannot carry (no framing of the room page).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

const META_CSP = /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content="([^"]*)"\s*\/?>/i;

/** The policy with `extra` sources added to connect-src (made from default-src when absent). */
export function withConnectSources(policy: string, extra: readonly string[]): string {
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => d.split(/\s+/));
  let connect = directives.find((d) => d[0]!.toLowerCase() === 'connect-src');
  if (!connect) {
    const fallback = directives.find((d) => d[0]!.toLowerCase() === 'default-src');
    // Without connect-src nor default-src nothing restricts connections: nothing to add.
    if (!fallback) return policy;
    connect = ['connect-src', ...fallback.slice(1)];
    directives.push(connect);
  }
  if (connect.includes("'none'")) connect.splice(connect.indexOf("'none'"), 1);
  for (const source of extra) if (!connect.includes(source)) connect.push(source);
  return directives.map((d) => d.join(' ')).join('; ');
}

export class StaticApp {
  readonly root: string;

  constructor(appDir: string) {
    this.root = resolve(appDir);
  }

  /** Whether a built app is there to serve. */
  get available(): boolean {
    return existsSync(join(this.root, 'index.html'));
  }

  /** Answer a GET/HEAD for the app; `sockets` are the room origins the page may connect to (checked hosts). */
  serve(request: IncomingMessage, response: ServerResponse, pathname: string, sockets: readonly string[]): void {
    if (!this.available) {
      response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end('The app is not built: run `npm run build` in the Tropa folder, then reload this page.\n');
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(pathname);
    } catch {
      return plain(response, 400, 'Bad path');
    }
    if (path.includes('\0')) return plain(response, 400, 'Bad path');
    if (path === '/' || path === '') path = '/index.html';
    const file = resolve(this.root, '.' + path);
    if (file !== this.root && !file.startsWith(this.root + sep)) return plain(response, 404, 'Not found');
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return plain(response, 404, 'Not found');
      size = stat.size;
    } catch {
      return plain(response, 404, 'Not found');
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    };
    // Hashed assets never change under their name; the page and the service worker must be
    // fetched again to see a new build.
    headers['Cache-Control'] = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    if (file.endsWith('.html')) {
      const html = this.page(readFileSync(file, 'utf8'), sockets, headers);
      const body = Buffer.from(html, 'utf8');
      headers['Content-Length'] = String(body.length);
      response.writeHead(200, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    headers['Content-Length'] = String(size);
    response.writeHead(200, headers);
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file).on('error', () => response.destroy()).pipe(response);
  }

  /** The page with its policy allowing the room's WebSocket origin; sets the policy headers. */
  private page(html: string, sockets: readonly string[], headers: Record<string, string>): string {
    const match = META_CSP.exec(html);
    if (!match) return html; // the build has no policy: none is added either
    const policy = withConnectSources(match[1]!, sockets);
    headers['Content-Security-Policy'] = `${policy}; frame-ancestors 'none'`;
    headers['X-Frame-Options'] = 'DENY';
    return html.replace(match[0], `<meta http-equiv="Content-Security-Policy" content="${policy}" />`);
  }
}

export function plain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
  response.end(text + '\n');
}
