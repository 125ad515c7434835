/**
 * The wizard holds an admin token, so every page it serves refuses to be framed, runs no inline
 * code it did not write, and keeps other sites' windows away from it (COOP) — under `npm run dev`
 * exactly as under `npm start`.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, preview } from 'vite';
import type { PreviewServer, ViteDevServer } from 'vite';
import { contentSecurityPolicy, wizardSecurityHeaders } from './security-headers.ts';
import { send } from './test-support.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const portOf = (server: { httpServer: unknown }) => ((server.httpServer as { address: () => AddressInfo }).address()).port;

function expectWizardPolicy(headers: Record<string, string | string[] | undefined>) {
  const csp = String(headers['content-security-policy']);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
}

describe('npm run dev serves the wizard under the same policy as npm start', () => {
  let server: ViteDevServer;

  beforeAll(async () => {
    // The project's own vite.config.ts, as `npm run dev` loads it.
    server = await createServer({
      root: projectRoot,
      configFile: path.join(projectRoot, 'vite.config.ts'),
      logLevel: 'silent',
      clearScreen: false,
      server: { port: 0, strictPort: false, ws: false, watch: null },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    await server.listen();
  });

  afterAll(async () => {
    await server.close();
  });

  it('the page and a deep link both refuse framing and send COOP', async () => {
    const port = portOf(server);
    for (const page of ['/', '/osticket/connect?url=x']) {
      const res = await send(port, page, { headers: { host: `127.0.0.1:${port}`, accept: 'text/html' } });
      expect(res.status).toBe(200);
      expectWizardPolicy(res.headers);
    }
  });

  it('only the scripts and styles Vite writes itself may run inline, by a nonce', async () => {
    const port = portOf(server);
    const res = await send(port, '/', { headers: { host: `127.0.0.1:${port}`, accept: 'text/html' } });
    const nonce = /'nonce-([\w-]+)'/.exec(String(res.headers['content-security-policy']))?.[1];
    expect(nonce).toMatch(/^[\w-]{20,}$/);
    const scripts = res.text.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(String(res.headers['content-security-policy'])).toBe(contentSecurityPolicy(nonce));
  });
});

describe('npm start (vite preview) sends the policy without any nonce', () => {
  let root: string;
  let server: PreviewServer;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'wizard-headers-'));
    await mkdir(path.join(root, 'dist'));
    await writeFile(path.join(root, 'dist', 'index.html'), '<!doctype html><title>built wizard</title>');
    server = await preview({ root, configFile: false, logLevel: 'silent', plugins: [wizardSecurityHeaders()], preview: { host: '127.0.0.1', port: 0 } });
  });

  afterAll(async () => {
    server.httpServer.close();
    await rm(root, { recursive: true, force: true });
  });

  it('on the page and on a deep link', async () => {
    const port = portOf(server);
    for (const page of ['/', '/youtrack/review']) {
      const res = await send(port, page, { headers: { host: `127.0.0.1:${port}`, accept: 'text/html' } });
      expectWizardPolicy(res.headers);
      expect(String(res.headers['content-security-policy'])).toBe(contentSecurityPolicy());
    }
  });
});
