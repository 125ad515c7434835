import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, preview } from 'vite';
import type { PreviewServer, ViteDevServer } from 'vite';
import { authentikProxy, hostNames, isLoopbackAddress } from './vite-plugin.ts';
import { accessControlHeaders, errorOf, fakeAuthentik, json, listen, send } from './test-support.ts';
import type { FakeAuthentik } from './test-support.ts';

let root: string;
let authentik: FakeAuthentik;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'wizard-proxy-'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>wizard</title>');
  await mkdir(path.join(root, 'dist'));
  await writeFile(path.join(root, 'dist', 'index.html'), '<!doctype html><title>built wizard</title>');
  authentik = await fakeAuthentik((req, res) => json(res, 200, { host: req.headers.host }));
});

afterAll(async () => {
  await authentik.close();
  await rm(root, { recursive: true, force: true });
});

function portOf(server: { httpServer: unknown }): number {
  return ((server.httpServer as { address: () => AddressInfo }).address()).port;
}

async function devServer(
  lines: string[],
  host = '127.0.0.1',
  extra: Parameters<typeof authentikProxy>[0] = {},
  port = 0,
): Promise<ViteDevServer> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    clearScreen: false,
    plugins: [authentikProxy({ log: (line) => lines.push(line), ...extra })],
    server: { host, port, strictPort: port !== 0, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await server.listen();
  return server;
}

describe('the Vite plugin on the dev server (npm run dev)', () => {
  let server: ViteDevServer;
  const lines: string[] = [];
  let starts = 0;

  beforeAll(async () => {
    server = await devServer(lines, '127.0.0.1', {
      demo: () => {
        starts += 1;
        return Promise.resolve({ url: 'http://127.0.0.1:9100', token: 'demo-token' });
      },
    });
  });

  afterAll(async () => {
    await server.close();
  });

  it('answers /__wizard/proxy on whatever port Vite picked, starting the demo lazily', async () => {
    const port = portOf(server);
    expect(starts).toBe(0);
    const res = await send(port, '/__wizard/proxy', { headers: { host: `127.0.0.1:${port}` } });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ proxy: 'authentik-wizard', version: 1, demo: { token: 'demo-token' } });
    expect(starts).toBe(1);
  });

  it('forwards API calls from the page to authentik', async () => {
    const port = portOf(server);
    const res = await send(port, '/api/v3/core/users/me/', {
      headers: { host: `localhost:${port}`, 'sec-fetch-site': 'same-origin', 'x-authentik-base': authentik.url },
    });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ host: `127.0.0.1:${authentik.port}` });
  });

  it('refuses a DNS-rebinding Host (Vite\'s own host check answers first on the dev server)', async () => {
    const port = portOf(server);
    const before = authentik.seen.length;
    const res = await send(port, '/api/v3/core/users/me/', {
      headers: { host: `rebind.example:${port}`, 'x-authentik-base': authentik.url },
    });
    expect(res.status).toBe(403);
    expect(authentik.seen.length).toBe(before);
  });

  it('a page on another local origin gets no CORS grant, neither for the preflight nor the request', async () => {
    const port = portOf(server);
    const preflight = await send(port, '/api/v3/core/users/me/', {
      method: 'OPTIONS',
      headers: {
        host: `127.0.0.1:${port}`,
        origin: 'http://localhost:3000',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization,x-authentik-base',
      },
    });
    expect(preflight.status).toBe(403);
    expect(accessControlHeaders(preflight.headers)).toEqual([]);
    const request = await send(port, '/api/v3/core/users/me/', {
      headers: { host: `127.0.0.1:${port}`, origin: 'http://localhost:3000', 'x-authentik-base': authentik.url },
    });
    expect(errorOf(request).code).toBe('forbidden_origin');
    expect(accessControlHeaders(request.headers)).toEqual([]);
  });

  it('leaves the app\'s own pages to Vite', async () => {
    const port = portOf(server);
    const res = await send(port, '/', { headers: { host: `127.0.0.1:${port}` } });
    expect(res.status).toBe(200);
    expect(res.text).toContain('wizard');
  });

  it('does not warn when bound to 127.0.0.1', () => {
    expect(lines.join('\n')).not.toMatch(/other computers can reach/);
  });
});

describe('the Vite plugin on the preview server (npm start)', () => {
  let server: PreviewServer;

  beforeAll(async () => {
    server = await preview({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [authentikProxy({ log: () => undefined })],
      build: { outDir: 'dist' },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => {
      server.httpServer.close(() => resolve());
      (server.httpServer as { closeAllConnections?: () => void }).closeAllConnections?.();
    });
  });

  it('answers /__wizard/proxy and forwards API calls', async () => {
    const port = portOf(server);
    const info = await send(port, '/__wizard/proxy', { headers: { host: `127.0.0.1:${port}` } });
    expect(info.json()).toEqual({ proxy: 'authentik-wizard', version: 1, demo: null });
    const res = await send(port, '/api/v3/core/users/me/', {
      headers: { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`, 'x-authentik-base': authentik.url },
    });
    expect(res.status).toBe(200);
  });

  it('a preflight from another local origin is refused without CORS headers', async () => {
    const port = portOf(server);
    const res = await send(port, '/api/v3/core/users/me/', {
      method: 'OPTIONS',
      headers: { host: `127.0.0.1:${port}`, origin: 'http://127.0.0.1:3000', 'access-control-request-method': 'PUT' },
    });
    expect(res.status).toBe(403);
    expect(accessControlHeaders(res.headers)).toEqual([]);
  });

  it('serves the built app on other paths', async () => {
    const port = portOf(server);
    const res = await send(port, '/', { headers: { host: `127.0.0.1:${port}` } });
    expect(res.text).toContain('built wizard');
  });
});

describe('listening address', () => {
  it('warns loudly when the server is reachable from other computers', async () => {
    const lines: string[] = [];
    const server = await devServer(lines, '0.0.0.0');
    try {
      expect(lines.join('\n')).toMatch(/other computers can reach/);
      const port = portOf(server);
      const res = await send(port, '/__wizard/proxy', { headers: { host: `192.168.1.50:${port}` } });
      expect(errorOf(res).code).toBe('forbidden_host');
    } finally {
      await server.close();
    }
  });

  it('a host name given in allowedHosts passes Vite\'s host check and the proxy\'s', async () => {
    const probe = await listen(() => undefined);
    const port = probe.port;
    await probe.close();
    const server = await devServer([], '127.0.0.1', { allowedHosts: [`wizard.internal:${port}`] }, port);
    try {
      const named = await send(port, '/__wizard/proxy', { headers: { host: `wizard.internal:${port}` } });
      expect(named.status).toBe(200);
      const loopback = await send(port, '/__wizard/proxy', { headers: { host: `127.0.0.1:${port}` } });
      expect(errorOf(loopback).code).toBe('forbidden_host');
    } finally {
      await server.close();
    }
  });

  it('turns Host header values into host names for Vite', () => {
    expect(hostNames(['Wizard.Internal:8080', '[::1]:5173', 'plain', 'plain:1'])).toEqual(['wizard.internal', '::1', 'plain']);
  });

  it('knows which addresses are loopback', () => {
    expect(isLoopbackAddress('127.0.0.1')).toBe(true);
    expect(isLoopbackAddress('::1')).toBe(true);
    expect(isLoopbackAddress('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopbackAddress('0.0.0.0')).toBe(false);
    expect(isLoopbackAddress('::')).toBe(false);
    expect(isLoopbackAddress('192.168.1.10')).toBe(false);
  });
});
