import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, fakeAuthentik, fromWizardPage, json, send, startProxy } from './test-support.ts';
import type { FakeAuthentik } from './test-support.ts';

describe('the app asks /__wizard/proxy whether it runs behind this proxy', () => {
  it('answers who it is, without a demo by default, and is never cached', async () => {
    const proxy = await startProxy();
    try {
      const res = await send(proxy.port, '/__wizard/proxy', { headers: { host: proxy.host, 'sec-fetch-site': 'same-origin' } });
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.json()).toEqual({ proxy: 'authentik-wizard', version: 1, demo: null });
    } finally {
      await proxy.close();
    }
  });

  it('offers a fixed demo when one is configured', async () => {
    const proxy = await startProxy({ demo: { url: 'http://127.0.0.1:9100', token: 'demo-token' } });
    try {
      const res = await send(proxy.port, '/__wizard/proxy', { headers: { host: proxy.host } });
      expect(res.json()).toEqual({
        proxy: 'authentik-wizard',
        version: 1,
        demo: { url: 'http://127.0.0.1:9100', token: 'demo-token', label: 'Demo authentik (simulated)' },
      });
    } finally {
      await proxy.close();
    }
  });

  it('starts the demo only when first asked, and only once', async () => {
    let starts = 0;
    const proxy = await startProxy({
      demo: () => {
        starts += 1;
        return Promise.resolve({ url: 'http://127.0.0.1:9200', token: 'lazy-token' });
      },
    });
    try {
      expect(starts).toBe(0);
      const [a, b] = await Promise.all([
        send(proxy.port, '/__wizard/proxy', { headers: { host: proxy.host } }),
        send(proxy.port, '/__wizard/proxy', { headers: { host: proxy.host } }),
      ]);
      expect(starts).toBe(1);
      expect(a.json()).toMatchObject({ demo: { url: 'http://127.0.0.1:9200', token: 'lazy-token' } });
      expect(b.json()).toMatchObject({ demo: { token: 'lazy-token' } });
    } finally {
      await proxy.close();
    }
  });

  it('answers demo: null when the demo fails to start, and tries again next time', async () => {
    let attempts = 0;
    const proxy = await startProxy({
      demo: () => {
        attempts += 1;
        return attempts === 1 ? Promise.reject(new Error('port in use')) : Promise.resolve({ url: 'http://127.0.0.1:9300', token: 't' });
      },
    });
    try {
      const first = await send(proxy.port, '/__wizard/proxy', { headers: { host: proxy.host } });
      expect(first.json()).toMatchObject({ demo: null });
      const second = await send(proxy.port, '/__wizard/proxy', { headers: { host: proxy.host } });
      expect(second.json()).toMatchObject({ demo: { url: 'http://127.0.0.1:9300' } });
    } finally {
      await proxy.close();
    }
  });

  it('a DNS-rebinding or cross-site page cannot read the demo token', async () => {
    const proxy = await startProxy({ demo: { url: 'http://127.0.0.1:9100', token: 'demo-token' } });
    try {
      const rebound = await send(proxy.port, '/__wizard/proxy', { headers: { host: `evil.example:${proxy.port}` } });
      expect(errorOf(rebound).code).toBe('forbidden_host');
      const crossSite = await send(proxy.port, '/__wizard/proxy', { headers: { host: proxy.host, origin: 'https://evil.example' } });
      expect(errorOf(crossSite).code).toBe('forbidden_origin');
      expect(rebound.text + crossSite.text).not.toContain('demo-token');
    } finally {
      await proxy.close();
    }
  });

  it('only answers GET', async () => {
    const proxy = await startProxy();
    try {
      const res = await send(proxy.port, '/__wizard/proxy', { method: 'POST', body: '{}', headers: { host: proxy.host } });
      expect(res.status).toBe(405);
      expect(errorOf(res).code).toBe('method_not_allowed');
    } finally {
      await proxy.close();
    }
  });
});

describe('the request log', () => {
  let authentik: FakeAuthentik;

  beforeAll(async () => {
    authentik = await fakeAuthentik((_req, res) => json(res, 200, { ok: true }));
  });

  afterAll(async () => {
    await authentik.close();
  });

  it('an API token in Authorization never reaches the log', async () => {
    const proxy = await startProxy();
    const token = 'ak-secret-9f8e7d6c5b4a39281706';
    try {
      await send(proxy.port, '/api/v3/core/users/me/?search=ak-secret-in-query', {
        headers: fromWizardPage(proxy, authentik.url, { authorization: `Bearer ${token}` }),
      });
      await send(proxy.port, '/api/v3/core/users/me/', {
        headers: fromWizardPage(proxy, authentik.url, { authorization: `Bearer ${token}`, origin: 'https://evil.example' }),
      });
      await send(proxy.port, '/api/v3/core/users/me/', {
        headers: fromWizardPage(proxy, 'http://authentik.company', { authorization: `Bearer ${token}` }),
      });
      expect(authentik.seen.at(-1)?.headers.authorization).toBe(`Bearer ${token}`);
      const log = proxy.lines.join('\n');
      expect(log).not.toContain(token);
      expect(log).not.toContain('Bearer');
      expect(log).not.toContain('ak-secret');
    } finally {
      await proxy.close();
    }
  });

  it('writes one line per request with method, path without query, authentik host, status and time', async () => {
    const proxy = await startProxy();
    try {
      await send(proxy.port, '/api/v3/core/applications/?slug=grafana', { headers: fromWizardPage(proxy, authentik.url) });
      await send(proxy.port, '/api/v3/core/applications/', { headers: { host: proxy.host } });
      await send(proxy.port, '/index.html', { headers: { host: proxy.host } });
      expect(proxy.lines).toHaveLength(2);
      expect(proxy.lines[0]).toMatch(
        new RegExp(`^\\[wizard-proxy\\] GET /api/v3/core/applications/ -> 127\\.0\\.0\\.1:${authentik.port} 200 \\d+ms$`),
      );
      expect(proxy.lines[1]).toMatch(/^\[wizard-proxy\] GET \/api\/v3\/core\/applications\/ -> - 400 target_missing \d+ms$/);
    } finally {
      await proxy.close();
    }
  });
});
