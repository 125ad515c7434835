/**
 * The production server of the published wizard: the built app (dist/) as static files with the
 * same security headers as `npm start`, and the same local proxy with all its guards
 * (src/server/proxy). Plain node:http, so it runs with no dev dependency installed.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import type { ReleaseId } from '../../lib/authentik/releases.ts';
import { createProxyHandler } from '../proxy/middleware.ts';
import type { DemoStarter } from '../proxy/middleware.ts';
import { defaultAllowedHosts, hasPathTraversal } from '../proxy/request-guards.ts';
import { securityHeaders } from '../proxy/security-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface WizardServerOptions {
  /** The built app (index.html and assets/). */
  root: string;
  host: string;
  port: number;
  /** Try the next ports when `port` is taken (up to 20). */
  portFallback: boolean;
  demo: DemoStarter | false;
  demoRelease: ReleaseId;
  log: (line: string) => void;
}

export interface WizardServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

async function fileAt(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (hasPathTraversal(urlPath) || decoded.includes('\u0000')) return null;
  const file = resolve(root, `.${decoded}`);
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    const info = await stat(file);
    if (info.isFile()) return file;
    if (info.isDirectory()) {
      const index = join(file, 'index.html');
      if ((await stat(index).catch(() => null))?.isFile()) return index;
    }
  } catch {
    /* not there */
  }
  return null;
}

/** Serves dist/ like `vite preview`: files as they are, a page's own .html, any other page path app.html (client routes). */
function staticHandler(rootDir: string) {
  const root = resolve(rootDir);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = (req.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('Allow', 'GET, HEAD');
      res.end();
      return;
    }
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
    let file = await fileAt(root, rawPath);
    // A page the build wrote for this path (/osticket → osticket.html, ADR 0011); other client-side
    // routes (/osticket/review) get the plain app page; missing assets get a plain 404.
    if (file === null && !rawPath.startsWith('/assets/') && extname(rawPath) === '') {
      file = (await fileAt(root, `${rawPath.replace(/\/+$/, '')}.html`)) ?? (await fileAt(root, '/app.html')) ?? join(root, 'index.html');
    }
    if (file === null) {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(method === 'HEAD' ? undefined : 'Not found');
      return;
    }
    const info = await stat(file);
    res.statusCode = 200;
    res.setHeader('Content-Type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
    res.setHeader('Content-Length', info.size);
    // Hashed assets never change; the page itself is always revalidated.
    res.setHeader('Cache-Control', file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).on('error', () => res.destroy()).pipe(res);
  };
}

function listenOn(server: ReturnType<typeof createServer>, host: string, port: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const onError = (error: Error): void => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolvePromise();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

export async function startWizardServer(opts: WizardServerOptions): Promise<WizardServer> {
  let allowedHosts: readonly string[] = [];
  const proxy = createProxyHandler({ demo: opts.demo, demoRelease: opts.demoRelease, log: opts.log }, () => allowedHosts);
  const serveFile = staticHandler(opts.root);
  const headers = securityHeaders();
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    proxy(req, res, () => {
      serveFile(req, res).catch(() => {
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    });
  });
  let port = opts.port;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await listenOn(server, opts.host, port);
      break;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'EADDRINUSE' && opts.portFallback && attempt < 20 && port < 65535) {
        port += 1;
        continue;
      }
      throw new Error(
        code === 'EADDRINUSE'
          ? `port ${port} is taken by another program; choose another with --port`
          : `could not listen on ${opts.host}:${port}: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }
  const address = server.address() as AddressInfo;
  allowedHosts = defaultAllowedHosts(address.port);
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/`,
    port: address.port,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}
