import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProxyMiddleware } from './middleware.ts';
import {
  accessControlHeaders,
  errorOf,
  fakeAuthentik,
  fromWizardPage,
  json,
  listen,
  send,
  startProxy,
} from './test-support.ts';
import type { FakeAuthentik, ProxyUnderTest } from './test-support.ts';

let authentik: FakeAuthentik;
let proxy: ProxyUnderTest;

beforeAll(async () => {
  authentik = await fakeAuthentik((_req, res) => json(res, 200, { ok: true }));
  proxy = await startProxy();
});

afterAll(async () => {
  await proxy.close();
  await authentik.close();
});

const ME = '/api/v3/core/users/me/';

describe('only the wizard page served by this proxy can use it', () => {
  it('the wizard page on 127.0.0.1 reaches authentik', async () => {
    const res = await send(proxy.port, ME, { headers: fromWizardPage(proxy, authentik.url, { origin: proxy.origin }) });
    expect(res.status).toBe(200);
    expect(res.headers['x-wizard-proxy']).toBe('upstream');
  });

  it('the wizard page opened as localhost or [::1] reaches authentik too', async () => {
    for (const host of [`localhost:${proxy.port}`, `[::1]:${proxy.port}`]) {
      const res = await send(proxy.port, ME, {
        headers: { host, origin: `http://${host}`, 'sec-fetch-site': 'same-origin', 'x-authentik-base': authentik.url },
      });
      expect(res.status).toBe(200);
    }
  });

  it('a DNS-rebinding page (foreign Host header) is refused', async () => {
    const res = await send(proxy.port, ME, {
      headers: { host: `attacker.example:${proxy.port}`, 'x-authentik-base': authentik.url },
    });
    expect(res.status).toBe(403);
    expect(res.headers['x-wizard-proxy']).toBe('error');
    expect(errorOf(res).code).toBe('forbidden_host');
  });

  it('a request without a Host header never reaches authentik', async () => {
    const before = authentik.seen.length;
    const res = await send(proxy.port, ME, { headers: { host: '', 'x-authentik-base': authentik.url } });
    // Node's HTTP server already answers 400 to HTTP/1.1 without Host; the proxy would say forbidden_host.
    expect([400, 403]).toContain(res.status);
    expect(authentik.seen.length).toBe(before);
  });

  it('a page on another origin cannot use the proxy', async () => {
    const res = await send(proxy.port, ME, {
      headers: fromWizardPage(proxy, authentik.url, { origin: 'https://attacker.example', 'sec-fetch-site': 'cross-site' }),
    });
    expect(res.status).toBe(403);
    expect(errorOf(res).code).toBe('forbidden_origin');
    expect(accessControlHeaders(res.headers)).toEqual([]);
  });

  it('a page on another loopback name or port is another origin and is refused', async () => {
    const otherPort = await send(proxy.port, ME, {
      headers: fromWizardPage(proxy, authentik.url, { origin: `http://127.0.0.1:${proxy.port + 1}` }),
    });
    expect(errorOf(otherPort).code).toBe('forbidden_origin');
    const otherName = await send(proxy.port, ME, {
      headers: fromWizardPage(proxy, authentik.url, { origin: `http://localhost:${proxy.port}` }),
    });
    expect(errorOf(otherName).code).toBe('forbidden_origin');
  });

  it('a request the browser marks as cross-site or same-site is refused even without Origin', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const res = await send(proxy.port, ME, { headers: fromWizardPage(proxy, authentik.url, { 'sec-fetch-site': site }) });
      expect(res.status).toBe(403);
      expect(errorOf(res).code).toBe('forbidden_fetch_site');
    }
  });

  it('a request typed into the address bar (Sec-Fetch-Site: none) or from a tool without it is accepted', async () => {
    const typed = await send(proxy.port, ME, { headers: fromWizardPage(proxy, authentik.url, { 'sec-fetch-site': 'none' }) });
    expect(typed.status).toBe(200);
    const tool = await send(proxy.port, ME, { headers: { host: proxy.host, 'x-authentik-base': authentik.url } });
    expect(tool.status).toBe(200);
  });

  it('a CORS preflight is refused with 403 and no CORS headers', async () => {
    const res = await send(proxy.port, ME, {
      method: 'OPTIONS',
      headers: {
        host: proxy.host,
        origin: 'https://attacker.example',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'authorization,x-authentik-base',
      },
    });
    expect(res.status).toBe(403);
    expect(accessControlHeaders(res.headers)).toEqual([]);
    expect(res.headers['x-wizard-proxy']).toBe('error');
  });

  it('a preflight from the page itself is refused too', async () => {
    const res = await send(proxy.port, ME, { method: 'OPTIONS', headers: fromWizardPage(proxy, authentik.url) });
    expect(res.status).toBe(403);
    expect(accessControlHeaders(res.headers)).toEqual([]);
  });

  it('CORS headers set by an earlier middleware are removed from the proxy\'s answers', async () => {
    const middleware = createProxyMiddleware({ port: 5173, log: () => undefined });
    const server = await listen((req, res) => {
      res.setHeader('Access-Control-Allow-Origin', 'http://localhost:3000');
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      middleware(req, res, () => res.end('app'));
    });
    try {
      const refused = await send(server.port, ME, { headers: { host: '127.0.0.1:5173', origin: 'http://localhost:3000', 'x-authentik-base': authentik.url } });
      expect(errorOf(refused).code).toBe('forbidden_origin');
      expect(accessControlHeaders(refused.headers)).toEqual([]);
      const forwarded = await send(server.port, ME, { headers: { host: '127.0.0.1:5173', 'x-authentik-base': authentik.url } });
      expect(forwarded.status).toBe(200);
      expect(accessControlHeaders(forwarded.headers)).toEqual([]);
      const info = await send(server.port, '/__wizard/proxy', { headers: { host: '127.0.0.1:5173' } });
      expect(accessControlHeaders(info.headers)).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('the proxy only answers the Host names it was told to when allowedHosts is set', async () => {
    const custom = await startProxy({ allowedHosts: ['wizard.internal:8080'] });
    try {
      const named = await send(custom.port, ME, { headers: { host: 'wizard.internal:8080', 'x-authentik-base': authentik.url } });
      expect(named.status).toBe(200);
      const loopback = await send(custom.port, ME, { headers: { host: custom.host, 'x-authentik-base': authentik.url } });
      expect(errorOf(loopback).code).toBe('forbidden_host');
    } finally {
      await custom.close();
    }
  });
});

describe('the proxy forwards only authentik API and public paths', () => {
  it('the app itself is served as usual (not the proxy\'s business)', async () => {
    const before = authentik.seen.length;
    for (const path of ['/', '/wizard/grafana/1', '/assets/index.js', '/api/v3']) {
      const res = await send(proxy.port, path, { headers: { host: proxy.host } });
      expect(res.text).toBe('app');
    }
    expect(authentik.seen.length).toBe(before);
  });

  it('public authentik paths under /application/ are forwarded', async () => {
    const res = await send(proxy.port, '/application/o/grafana/.well-known/openid-configuration', {
      headers: fromWizardPage(proxy, authentik.url),
    });
    expect(res.status).toBe(200);
  });

  it('a request carrying X-Authentik-Base to any other path is refused', async () => {
    for (const path of ['/', '/src/main.tsx', '/if/admin/', '/api/v2/', '/@fs/etc/passwd']) {
      const res = await send(proxy.port, path, { headers: fromWizardPage(proxy, authentik.url) });
      expect(res.status).toBe(404);
      expect(errorOf(res).code).toBe('path_not_allowed');
    }
  });

  it.each([
    '/api/v3/../../if/admin/',
    '/api/v3/core/../../../etc/passwd',
    '/api/v3/%2e%2e/%2E%2E/if/admin/',
    '/api/v3/.%2e/x/',
    '/api/v3/core/users\\..\\me/',
    '/api/v3//core/users/',
    '/api/v3/core%2fusers/',
    '/application/./o/',
  ])('a path trying to leave the API (%s) is refused', async (path) => {
    const res = await send(proxy.port, path, { headers: fromWizardPage(proxy, authentik.url) });
    expect(res.status).toBe(404);
    expect(errorOf(res).code).toBe('path_not_allowed');
  });

  it('a traversal attempt is refused even without X-Authentik-Base', async () => {
    const res = await send(proxy.port, '/api/v3/../../etc/passwd', { headers: { host: proxy.host } });
    expect(errorOf(res).code).toBe('path_not_allowed');
  });

  it.each(['TRACE', 'PROPFIND', 'PURGE'])('the %s method is refused', async (method) => {
    const res = await send(proxy.port, ME, { method, headers: fromWizardPage(proxy, authentik.url) });
    expect(res.status).toBe(405);
    expect(errorOf(res).code).toBe('method_not_allowed');
    expect(res.headers.allow).toBe('GET, HEAD, POST, PUT, PATCH, DELETE');
  });

  it.each(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'])('the %s method is forwarded', async (method) => {
    const res = await send(proxy.port, ME, { method, headers: fromWizardPage(proxy, authentik.url) });
    expect(res.status).toBe(200);
    expect(authentik.seen.at(-1)?.method).toBe(method);
  });
});

describe('the authentik URL must be usable', () => {
  it('an API request without X-Authentik-Base is refused with target_missing', async () => {
    const res = await send(proxy.port, ME, { headers: { host: proxy.host } });
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe('target_missing');
  });

  it('a URL that is not http(s), has credentials or a query is refused with target_invalid', async () => {
    for (const base of ['not a url', 'file:///etc/passwd', 'https://u:p@authentik.company', 'https://authentik.company?x=1']) {
      const res = await send(proxy.port, ME, { headers: fromWizardPage(proxy, base) });
      expect(res.status).toBe(400);
      expect(errorOf(res).code).toBe('target_invalid');
    }
  });

  it('plain http to a server on the network is refused with target_insecure', async () => {
    const res = await send(proxy.port, ME, { headers: fromWizardPage(proxy, 'http://authentik.company') });
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe('target_insecure');
    expect(errorOf(res).message).toMatch(/https:\/\/authentik\.company/);
  });

  it('every refusal is JSON, not cached, and marked as the proxy\'s own', async () => {
    const res = await send(proxy.port, ME, { headers: { host: proxy.host } });
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-wizard-proxy']).toBe('error');
    expect(typeof errorOf(res).message).toBe('string');
  });
});
