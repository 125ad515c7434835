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
  authentik = await fakeAuthentik((req, res, body) => {
    const url = req.url ?? '';
    if (url.startsWith('/auth/api/v3/') || url.startsWith('/api/v3/core/users/me/')) {
      json(res, 200, { path: url });
    } else if (url === '/api/v3/echo/') {
      json(res, 201, { method: req.method, body, contentType: req.headers['content-type'] ?? null });
    } else if (url === '/api/v3/noisy/') {
      res.writeHead(200, {
        'content-type': 'application/json',
        'set-cookie': ['authentik_session=abc; Path=/; HttpOnly', 'other=1'],
        'access-control-allow-origin': '*',
        'access-control-allow-credentials': 'true',
        'access-control-expose-headers': 'etag',
        vary: 'Origin',
        etag: '"v1"',
        'last-modified': 'Wed, 01 Jan 2025 00:00:00 GMT',
        'cache-control': 'private, max-age=5',
        'content-disposition': 'attachment; filename="meta.xml"',
        'x-powered-by': 'Django',
        server: 'gunicorn',
        'x-authentik-id': 'abc',
      });
      res.end('{"ok":true}');
    } else if (url === '/api/v3/denied/') {
      json(res, 403, { detail: 'Token invalid/expired' });
    } else if (url === '/api/v3/empty/') {
      res.writeHead(204);
      res.end();
    } else {
      json(res, 404, { detail: 'Not found.' });
    }
  });
  proxy = await startProxy();
});

afterAll(async () => {
  await proxy.close();
  await authentik.close();
});

describe('what authentik receives', () => {
  it('authentik sees its own host as Host, not the wizard\'s, so setup URLs point at authentik', async () => {
    await send(proxy.port, '/api/v3/core/users/me/', { headers: fromWizardPage(proxy, authentik.url) });
    expect(authentik.seen.at(-1)?.headers.host).toBe(`127.0.0.1:${authentik.port}`);
    expect(authentik.seen.at(-1)?.headers.host).not.toBe(proxy.host);
  });

  it('authentik reached as localhost sees "localhost:<port>" as Host', async () => {
    await send(proxy.port, '/api/v3/core/users/me/', { headers: fromWizardPage(proxy, `http://localhost:${authentik.port}`) });
    expect(authentik.seen.at(-1)?.headers.host).toBe(`localhost:${authentik.port}`);
  });

  it('an https authentik is asked for the right URL (host with its port, path and query) and told the scheme is https', async () => {
    const calls: { url: string; headers: Record<string, string> }[] = [];
    const fakeFetch: typeof fetch = (input, init) => {
      calls.push({ url: String(input), headers: { ...(init?.headers as Record<string, string>) } });
      return Promise.resolve(new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }));
    };
    const middleware = createProxyMiddleware({ port: 4173, fetchImpl: fakeFetch, log: () => undefined });
    const server = await listen((req, res) => middleware(req, res, () => res.end('app')));
    try {
      const res = await send(server.port, '/api/v3/providers/oauth2/5/setup_urls/?x=1', {
        headers: { host: '127.0.0.1:4173', 'x-authentik-base': 'https://authentik.company:9443/auth' },
      });
      expect(res.status).toBe(200);
      expect(calls[0]?.url).toBe('https://authentik.company:9443/auth/api/v3/providers/oauth2/5/setup_urls/?x=1');
      // fetch derives Host from that URL: "authentik.company:9443".
      expect(new URL(calls[0]?.url ?? '').host).toBe('authentik.company:9443');
      expect(calls[0]?.headers['x-forwarded-proto']).toBe('https');
    } finally {
      await server.close();
    }
  });

  it('a loopback http authentik is told the scheme is http', async () => {
    await send(proxy.port, '/api/v3/core/users/me/', { headers: fromWizardPage(proxy, authentik.url) });
    expect(authentik.seen.at(-1)?.headers['x-forwarded-proto']).toBe('http');
  });

  it('an authentik installed under a sub-path gets the path prefixed, query kept', async () => {
    const res = await send(proxy.port, '/api/v3/core/applications/?slug=grafana&page=2', {
      headers: fromWizardPage(proxy, `${authentik.url}/auth`),
    });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ path: '/auth/api/v3/core/applications/?slug=grafana&page=2' });
  });

  it('the token, content type and accept header are passed on; cookies, origin, referer and hop-by-hop headers are not', async () => {
    await send(proxy.port, '/api/v3/echo/', {
      method: 'POST',
      body: '{"name":"Grafana"}',
      headers: fromWizardPage(proxy, authentik.url, {
        origin: proxy.origin,
        referer: `${proxy.origin}/wizard/grafana`,
        cookie: 'wizard=1',
        authorization: 'Bearer tok-123',
        'content-type': 'application/json',
        accept: 'application/json',
        connection: 'keep-alive, x-secret-hop',
        'x-secret-hop': 'yes',
        'keep-alive': 'timeout=5',
        'proxy-authorization': 'Basic eDp5',
        te: 'trailers',
        'x-forwarded-for': '10.0.0.1',
        'x-forwarded-host': 'evil.example',
      }),
    });
    const headers = authentik.seen.at(-1)?.headers ?? {};
    expect(headers.authorization).toBe('Bearer tok-123');
    expect(headers['content-type']).toBe('application/json');
    expect(headers.accept).toBe('application/json');
    for (const dropped of ['cookie', 'origin', 'referer', 'x-authentik-base', 'x-secret-hop', 'keep-alive', 'proxy-authorization', 'te', 'x-forwarded-for', 'x-forwarded-host', 'sec-fetch-site']) {
      expect(headers, dropped).not.toHaveProperty(dropped);
    }
  });

  it('a JSON body is forwarded unchanged with PUT and PATCH', async () => {
    for (const method of ['PUT', 'PATCH']) {
      const res = await send(proxy.port, '/api/v3/echo/', {
        method,
        body: '{"app":{"slug":"grafana"}}',
        headers: fromWizardPage(proxy, authentik.url, { 'content-type': 'application/json' }),
      });
      expect(res.status).toBe(201);
      expect(res.json()).toEqual({ method, body: '{"app":{"slug":"grafana"}}', contentType: 'application/json' });
    }
  });

  it('a body sent in chunks without Content-Length is forwarded', async () => {
    const res = await send(proxy.port, '/api/v3/echo/', {
      method: 'POST',
      chunked: true,
      body: 'x'.repeat(200_000),
      headers: fromWizardPage(proxy, authentik.url),
    });
    expect((res.json() as { body: string }).body).toHaveLength(200_000);
  });
});

describe('what the browser gets back', () => {
  it('authentik\'s status and body pass through, marked as coming from authentik', async () => {
    const res = await send(proxy.port, '/api/v3/denied/', { headers: fromWizardPage(proxy, authentik.url) });
    expect(res.status).toBe(403);
    expect(res.json()).toEqual({ detail: 'Token invalid/expired' });
    expect(res.headers['x-wizard-proxy']).toBe('upstream');
  });

  it('cookies and CORS headers from authentik never reach the browser; safe headers do', async () => {
    const res = await send(proxy.port, '/api/v3/noisy/', { headers: fromWizardPage(proxy, authentik.url) });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(accessControlHeaders(res.headers)).toEqual([]);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-authentik-id']).toBeUndefined();
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.headers.etag).toBe('"v1"');
    expect(res.headers['last-modified']).toBe('Wed, 01 Jan 2025 00:00:00 GMT');
    expect(res.headers['cache-control']).toBe('private, max-age=5');
    expect(res.headers['content-disposition']).toBe('attachment; filename="meta.xml"');
    expect(res.json()).toEqual({ ok: true });
  });

  it('a 204 from authentik arrives as an empty 204', async () => {
    const res = await send(proxy.port, '/api/v3/empty/', { method: 'DELETE', headers: fromWizardPage(proxy, authentik.url) });
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
  });

  it('a HEAD request gets the status and headers without a body', async () => {
    const res = await send(proxy.port, '/api/v3/core/users/me/', { method: 'HEAD', headers: fromWizardPage(proxy, authentik.url) });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
  });
});

describe('redirects from authentik', () => {
  let redirecting: FakeAuthentik;
  let evil: FakeAuthentik;

  beforeAll(async () => {
    evil = await fakeAuthentik((_req, res) => json(res, 200, { stolen: true }));
    redirecting = await fakeAuthentik((req, res) => {
      const url = req.url ?? '';
      const base = `http://127.0.0.1:${redirecting.port}`;
      const redirect = (status: number, location: string): void => {
        res.writeHead(status, { location });
        res.end();
      };
      if (url === '/api/v3/core/users/me') return redirect(301, '/api/v3/core/users/me/');
      if (url === '/api/v3/core/users/me/') return json(res, 200, { user: { username: 'akadmin' }, method: req.method });
      if (url === '/api/v3/absolute/') return redirect(302, `${base}/api/v3/core/users/me/`);
      if (url === '/api/v3/elsewhere/') return redirect(302, `${evil.url}/api/v3/core/users/me/`);
      if (url === '/api/v3/https/') return redirect(308, `https://127.0.0.1:${redirecting.port}/api/v3/core/users/me/`);
      if (url === '/auth/api/v3/out/') return redirect(302, '/api/v3/core/users/me/');
      if (url === '/api/v3/post/') return redirect(303, '/api/v3/core/users/me/');
      if (url.startsWith('/api/v3/loop/')) return redirect(302, `/api/v3/loop/${Number(url.split('/')[4]) + 1}/`);
      if (url === '/api/v3/not-modified/') {
        res.writeHead(304, { etag: '"v1"' });
        res.end();
        return;
      }
      return json(res, 404, { detail: 'Not found.' });
    });
  });

  afterAll(async () => {
    await redirecting.close();
    await evil.close();
  });

  it('a redirect within authentik (missing trailing slash) is followed', async () => {
    const res = await send(proxy.port, '/api/v3/core/users/me', {
      headers: fromWizardPage(proxy, redirecting.url, { authorization: 'Bearer tok' }),
    });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ user: { username: 'akadmin' } });
    expect(redirecting.seen.at(-1)?.headers.authorization).toBe('Bearer tok');
  });

  it('an absolute redirect to the same authentik is followed', async () => {
    const res = await send(proxy.port, '/api/v3/absolute/', { headers: fromWizardPage(proxy, redirecting.url) });
    expect(res.status).toBe(200);
  });

  it('a 303 after POST is followed with GET', async () => {
    const res = await send(proxy.port, '/api/v3/post/', { method: 'POST', body: '{}', headers: fromWizardPage(proxy, redirecting.url) });
    expect(res.json()).toMatchObject({ method: 'GET' });
  });

  it('a redirect to another host is refused and the token never goes there', async () => {
    const res = await send(proxy.port, '/api/v3/elsewhere/', {
      headers: fromWizardPage(proxy, redirecting.url, { authorization: 'Bearer secret-token' }),
    });
    expect(res.status).toBe(502);
    expect(errorOf(res).code).toBe('upstream_redirect');
    expect(evil.seen).toEqual([]);
  });

  it('a redirect from http to https is a different origin and is refused', async () => {
    const res = await send(proxy.port, '/api/v3/https/', { headers: fromWizardPage(proxy, redirecting.url) });
    expect(errorOf(res).code).toBe('upstream_redirect');
  });

  it('a redirect that leaves the sub-path authentik is installed under is refused', async () => {
    const res = await send(proxy.port, '/api/v3/out/', { headers: fromWizardPage(proxy, `${redirecting.url}/auth`) });
    expect(errorOf(res).code).toBe('upstream_redirect');
  });

  it('a redirect loop stops after 3 hops', async () => {
    const before = redirecting.seen.length;
    const res = await send(proxy.port, '/api/v3/loop/0/', { headers: fromWizardPage(proxy, redirecting.url) });
    expect(res.status).toBe(502);
    expect(errorOf(res).code).toBe('upstream_redirect');
    expect(redirecting.seen.length - before).toBe(4);
  });

  it('a 304 Not Modified is passed through, not treated as a redirect', async () => {
    const res = await send(proxy.port, '/api/v3/not-modified/', { headers: fromWizardPage(proxy, redirecting.url) });
    expect(res.status).toBe(304);
    expect(res.headers.etag).toBe('"v1"');
  });
});
