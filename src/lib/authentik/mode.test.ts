import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectProxy, PROXY_INFO_PATH, resolveMode, type ProxyInfo } from './mode';

const INFO: ProxyInfo = {
  proxy: 'authentik-wizard',
  version: 1,
  demo: { url: 'http://127.0.0.1:9100', token: 'demo', label: 'Demo authentik (simulated)' },
};

function answering(response: Response | Error) {
  const calls: { input: unknown; init: RequestInit | undefined }[] = [];
  vi.stubGlobal('fetch', async (input: unknown, init?: RequestInit) => {
    calls.push({ input, init });
    if (response instanceof Error) throw response;
    return response;
  });
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the page learns whether the wizard’s local proxy serves it', () => {
  it('the proxy’s own answer is taken, fetched fresh and without cookies', async () => {
    const calls = answering(Response.json(INFO));
    expect(await detectProxy()).toEqual(INFO);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.input).toBe(PROXY_INFO_PATH);
    expect(calls[0]?.init).toMatchObject({ credentials: 'omit', cache: 'no-store', signal: null });
    expect(PROXY_INFO_PATH).toBe('/__wizard/proxy');
  });

  it('a caller’s signal is passed on', async () => {
    const calls = answering(Response.json(INFO));
    const controller = new AbortController();
    await detectProxy(controller.signal);
    expect(calls[0]?.init?.signal).toBe(controller.signal);
  });

  it.each([
    ['a static host’s index.html (SPA fallback)', new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } })],
    ['a 404', new Response('{}', { status: 404, headers: { 'content-type': 'application/json' } })],
    ['JSON from something else', Response.json({ proxy: 'nginx' })],
    ['JSON without a content type', new Response(JSON.stringify(INFO), { headers: { 'content-type': '' } })],
    ['a network failure', new TypeError('Failed to fetch')],
    ['broken JSON', new Response('{', { headers: { 'content-type': 'application/json' } })],
  ])('%s means no proxy', async (_what, response) => {
    answering(response);
    expect(await detectProxy()).toBeNull();
  });
});

describe('which way the page reaches authentik', () => {
  const page = 'http://127.0.0.1:4173';
  it('authentik on the page’s own origin is same-origin, proxy or not', () => {
    expect(resolveMode('http://127.0.0.1:4173/auth', INFO, page)).toBe('same-origin');
    expect(resolveMode('http://127.0.0.1:4173', null, page)).toBe('same-origin');
  });

  it('elsewhere: through the proxy when there is one, else directly', () => {
    expect(resolveMode('https://authentik.company', INFO, page)).toBe('proxy');
    expect(resolveMode('https://authentik.company', null, page)).toBe('direct');
    expect(resolveMode('http://127.0.0.1:4174', null, page)).toBe('direct');
  });

  it('the page’s origin defaults to where the page runs', () => {
    vi.stubGlobal('location', { origin: 'https://authentik.company' });
    expect(resolveMode('https://authentik.company/', INFO)).toBe('same-origin');
  });
});
