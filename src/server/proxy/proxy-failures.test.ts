import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyNetworkError } from './upstream.ts';
import { errorOf, fakeAuthentik, fromWizardPage, json, listen, send, startProxy } from './test-support.ts';
import type { FakeAuthentik, ProxyUnderTest } from './test-support.ts';

const ME = '/api/v3/core/users/me/';

describe('size limits', () => {
  let authentik: FakeAuthentik;
  let proxy: ProxyUnderTest;

  beforeAll(async () => {
    authentik = await fakeAuthentik((req, res) => {
      if (req.url === '/api/v3/big-chunked/') {
        res.writeHead(200, { 'content-type': 'application/json' });
        for (let i = 0; i < 20; i += 1) res.write('x'.repeat(100));
        res.end();
      } else if (req.url === '/api/v3/big-declared/') {
        const body = 'y'.repeat(5000);
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(body.length) });
        res.end(body);
      } else if (req.url === '/api/v3/just-fits/') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('z'.repeat(1000));
      } else {
        json(res, 200, { ok: true });
      }
    });
    proxy = await startProxy({ maxRequestBytes: 1024, maxResponseBytes: 1000 });
  });

  afterAll(async () => {
    await proxy.close();
    await authentik.close();
  });

  it('an oversized request body is refused before it reaches authentik', async () => {
    const before = authentik.seen.length;
    const res = await send(proxy.port, '/api/v3/echo/', {
      method: 'POST',
      body: 'a'.repeat(2048),
      headers: fromWizardPage(proxy, authentik.url),
    });
    expect(res.status).toBe(413);
    expect(errorOf(res).code).toBe('request_too_large');
    expect(authentik.seen.length).toBe(before);
  });

  it('an oversized body sent without Content-Length is refused too', async () => {
    const res = await send(proxy.port, '/api/v3/echo/', {
      method: 'PUT',
      chunked: true,
      body: 'a'.repeat(300_000),
      headers: fromWizardPage(proxy, authentik.url),
    });
    expect(res.status).toBe(413);
    expect(errorOf(res).code).toBe('request_too_large');
  });

  it('a body exactly at the limit is forwarded', async () => {
    const res = await send(proxy.port, '/api/v3/echo/', {
      method: 'POST',
      body: 'a'.repeat(1024),
      headers: fromWizardPage(proxy, authentik.url),
    });
    expect(res.status).toBe(200);
    expect(authentik.seen.at(-1)?.body).toHaveLength(1024);
  });

  it('an oversized answer streamed by authentik is cut off with upstream_too_large', async () => {
    const res = await send(proxy.port, '/api/v3/big-chunked/', { headers: fromWizardPage(proxy, authentik.url) });
    expect(res.status).toBe(502);
    expect(errorOf(res).code).toBe('upstream_too_large');
  });

  it('an answer announcing an oversized Content-Length is refused', async () => {
    const res = await send(proxy.port, '/api/v3/big-declared/', { headers: fromWizardPage(proxy, authentik.url) });
    expect(errorOf(res).code).toBe('upstream_too_large');
  });

  it('a HEAD request is not refused for the size authentik announces', async () => {
    const res = await send(proxy.port, '/api/v3/big-declared/', { method: 'HEAD', headers: fromWizardPage(proxy, authentik.url) });
    expect(res.status).toBe(200);
  });

  it('an answer exactly at the limit passes', async () => {
    const res = await send(proxy.port, '/api/v3/just-fits/', { headers: fromWizardPage(proxy, authentik.url) });
    expect(res.status).toBe(200);
    expect(res.text).toHaveLength(1000);
  });
});

describe('when authentik is slow, gone or misbehaving', () => {
  it('authentik that never answers produces upstream_timeout', async () => {
    const silent = await listen(() => undefined);
    const proxy = await startProxy({ timeoutMs: 150 });
    try {
      const started = Date.now();
      const res = await send(proxy.port, ME, { headers: fromWizardPage(proxy, silent.url) });
      expect(res.status).toBe(504);
      expect(errorOf(res).code).toBe('upstream_timeout');
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await proxy.close();
      await silent.close();
    }
  });

  it('authentik that stalls in the middle of its answer produces upstream_timeout', async () => {
    const stalling = await listen((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"partial":');
    });
    const proxy = await startProxy({ timeoutMs: 150 });
    try {
      const res = await send(proxy.port, ME, { headers: fromWizardPage(proxy, stalling.url) });
      expect(res.status).toBe(504);
      expect(errorOf(res).code).toBe('upstream_timeout');
    } finally {
      await proxy.close();
      await stalling.close();
    }
  });

  it('a dropped connection is reported as upstream_unreachable with cause reset', async () => {
    const dropping = await listen((req) => req.socket.destroy());
    const proxy = await startProxy();
    try {
      const res = await send(proxy.port, ME, { headers: fromWizardPage(proxy, dropping.url) });
      expect(res.status).toBe(502);
      expect(errorOf(res)).toMatchObject({ code: 'upstream_unreachable', cause: 'reset' });
    } finally {
      await proxy.close();
      await dropping.close();
    }
  });

  it('nothing listening on the port is reported as cause refused', async () => {
    const gone = await listen(() => undefined);
    const url = gone.url;
    await gone.close();
    const proxy = await startProxy();
    try {
      const res = await send(proxy.port, ME, { headers: fromWizardPage(proxy, url) });
      expect(res.status).toBe(502);
      expect(errorOf(res)).toMatchObject({ code: 'upstream_unreachable', cause: 'refused' });
      expect(errorOf(res).message).toMatch(/running/);
    } finally {
      await proxy.close();
    }
  });

  it('https to a server that does not speak TLS is reported as cause tls', async () => {
    const plain = await listen((_req, res) => res.end('plain http'));
    const proxy = await startProxy();
    try {
      const res = await send(proxy.port, ME, { headers: fromWizardPage(proxy, `https://127.0.0.1:${plain.port}`) });
      expect(res.status).toBe(502);
      expect(errorOf(res)).toMatchObject({ code: 'upstream_unreachable', cause: 'tls' });
    } finally {
      await proxy.close();
      await plain.close();
    }
  });

  it('a host name that does not resolve is reported as cause dns', async () => {
    const failingFetch: typeof fetch = () =>
      Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND authentik.nowhere'), { code: 'ENOTFOUND' }) }));
    const proxy = await startProxy({ fetchImpl: failingFetch });
    try {
      const res = await send(proxy.port, ME, { headers: fromWizardPage(proxy, 'https://authentik.nowhere') });
      expect(res.status).toBe(502);
      expect(errorOf(res)).toMatchObject({ code: 'upstream_unreachable', cause: 'dns' });
      expect(errorOf(res).message).toContain('authentik.nowhere');
    } finally {
      await proxy.close();
    }
  });

  it('network errors are sorted into the right causes', () => {
    const wrap = (code: string, message = ''): unknown => new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
    expect(classifyNetworkError(wrap('EAI_AGAIN'))).toBe('dns');
    expect(classifyNetworkError(wrap('ECONNREFUSED'))).toBe('refused');
    expect(classifyNetworkError(new TypeError('fetch failed', { cause: new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]) }))).toBe('refused');
    expect(classifyNetworkError(wrap('CERT_HAS_EXPIRED'))).toBe('tls');
    expect(classifyNetworkError(wrap('DEPTH_ZERO_SELF_SIGNED_CERT'))).toBe('tls');
    expect(classifyNetworkError(wrap('ERR_TLS_CERT_ALTNAME_INVALID'))).toBe('tls');
    expect(classifyNetworkError(wrap('UNABLE_TO_VERIFY_LEAF_SIGNATURE'))).toBe('tls');
    expect(classifyNetworkError(wrap('ECONNRESET'))).toBe('reset');
    expect(classifyNetworkError(wrap('UND_ERR_SOCKET', 'other side closed'))).toBe('reset');
    expect(classifyNetworkError(new Error('socket hang up'))).toBe('reset');
    expect(classifyNetworkError(wrap('UND_ERR_CONNECT_TIMEOUT'))).toBe('timeout');
    expect(classifyNetworkError(new Error('weird'))).toBe('other');
  });

  it('when the browser gives up, the request to authentik is cancelled', async () => {
    let upstreamClosed: () => void = () => undefined;
    const closed = new Promise<void>((resolve) => {
      upstreamClosed = resolve;
    });
    let arrived: () => void = () => undefined;
    const reached = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const slow = await listen((req) => {
      arrived();
      req.socket.on('close', () => upstreamClosed());
    });
    const proxy = await startProxy({ timeoutMs: 30_000 });
    try {
      const req = http.request({
        host: '127.0.0.1',
        port: proxy.port,
        path: ME,
        headers: fromWizardPage(proxy, slow.url),
        agent: false,
      });
      req.on('error', () => undefined);
      req.end();
      await reached;
      req.destroy();
      await closed;
      await expect.poll(() => proxy.lines.at(-1)).toMatch(/client-closed/);
    } finally {
      await proxy.close();
      await slow.close();
    }
  });
});
