/**
 * The API client is the only code that sends the token. These stories pin down where it goes
 * (authentik's API, or the page's own proxy naming authentik in a header), what it never does
 * (cookies, redirects, the token on public URLs), and how every failure is reported.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAuthentikClient, DEFAULT_TIMEOUT_MS, pathBelowBase, PROXY_BASE_HEADER, unwrap, type AuthentikTarget } from './client';
import { AuthentikApiError, type ApiProblem } from './problem';

const PAGE = 'http://127.0.0.1:4173';
const TOKEN = 'ak-test-token-0123456789';

interface Sent {
  url: string;
  method: string;
  headers: Headers;
  credentials: RequestCredentials;
  redirect: RequestRedirect;
  signal: AbortSignal;
}

let sent: Sent[];
let answer: (request: Request) => Promise<Response> | Response;

beforeEach(() => {
  sent = [];
  answer = () => Response.json({ user: { username: 'akadmin' } });
  vi.stubGlobal('location', { origin: PAGE });
  vi.stubGlobal('fetch', async (input: Request) => {
    sent.push({
      url: input.url,
      method: input.method,
      headers: input.headers,
      credentials: input.credentials,
      redirect: input.redirect,
      signal: input.signal,
    });
    return answer(input);
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const target = (overrides: Partial<AuthentikTarget> = {}): AuthentikTarget => ({
  base: 'https://authentik.company',
  token: TOKEN,
  mode: 'direct',
  ...overrides,
});

async function problemOf(promise: Promise<unknown>): Promise<ApiProblem> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AuthentikApiError) return error.problem;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('where the token goes', () => {
  it('direct: to authentik’s own /api/v3, as a Bearer header, with no cookies and no redirects followed', async () => {
    const client = createAuthentikClient(target());
    await expect(unwrap(client.api.GET('/core/users/me/'))).resolves.toEqual({ user: { username: 'akadmin' } });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe('https://authentik.company/api/v3/core/users/me/');
    expect(sent[0]?.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
    expect(sent[0]?.headers.get(PROXY_BASE_HEADER)).toBeNull();
    expect(sent[0]?.credentials).toBe('omit');
    expect(sent[0]?.redirect).toBe('error');
  });

  it('an authentik under a sub-path is called under it', async () => {
    await createAuthentikClient(target({ base: 'https://example.com/auth' })).api.GET('/admin/version/');
    expect(sent[0]?.url).toBe('https://example.com/auth/api/v3/admin/version/');
  });

  it('proxy: to the page’s own origin, naming authentik in X-Authentik-Base', async () => {
    await createAuthentikClient(target({ mode: 'proxy' })).api.GET('/core/users/me/');
    expect(sent[0]?.url).toBe(`${PAGE}/api/v3/core/users/me/`);
    expect(sent[0]?.headers.get(PROXY_BASE_HEADER)).toBe('https://authentik.company');
    expect(sent[0]?.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
  });

  it('same-origin: to authentik, which is the page’s origin, without the proxy header', async () => {
    await createAuthentikClient(target({ base: PAGE, mode: 'same-origin' })).api.GET('/core/users/me/');
    expect(sent[0]?.url).toBe(`${PAGE}/api/v3/core/users/me/`);
    expect(sent[0]?.headers.get(PROXY_BASE_HEADER)).toBeNull();
  });

  it('public URLs authentik returned are fetched without the token, and only below the connected base', async () => {
    answer = () => new Response('<EntityDescriptor/>', { headers: { 'content-type': 'application/xml' } });
    const client = createAuthentikClient(target({ base: 'https://example.com/auth' }));
    const response = await client.getPublic('https://example.com/auth/application/saml/x/metadata/?download');
    expect(await response.text()).toBe('<EntityDescriptor/>');
    expect(sent[0]?.url).toBe('https://example.com/auth/application/saml/x/metadata/?download');
    expect(sent[0]?.headers.get('Authorization')).toBeNull();
    expect(sent[0]?.credentials).toBe('omit');

    for (const elsewhere of [
      'https://evil.example/auth/application/x/',
      'https://example.com/other/application/x/',
      'https://example.com/authx/application/',
      'not a url',
    ]) {
      const problem = await problemOf(client.getPublic(elsewhere));
      expect(problem).toEqual({ kind: 'not-found', detail: `${elsewhere} is not below https://example.com/auth` });
    }
    expect(sent).toHaveLength(1);
  });

  it('public URLs go through the proxy in proxy mode, still without the token', async () => {
    answer = () => Response.json({ issuer: 'x' });
    const client = createAuthentikClient(target({ mode: 'proxy' }));
    await client.getPublic('https://authentik.company/application/o/x/.well-known/openid-configuration');
    expect(sent[0]?.url).toBe(`${PAGE}/application/o/x/.well-known/openid-configuration`);
    expect(sent[0]?.headers.get(PROXY_BASE_HEADER)).toBe('https://authentik.company');
    expect(sent[0]?.headers.get('Authorization')).toBeNull();
  });

  it('a caller’s abort signal still cancels a public fetch', async () => {
    answer = (request) =>
      new Promise((_resolve, reject) => request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const controller = new AbortController();
    const pending = problemOf(
      createAuthentikClient(target()).getPublic('https://authentik.company/application/o/x/jwks/', { signal: controller.signal }),
    );
    controller.abort();
    expect(await pending).toEqual({ kind: 'cancelled' });
  });
});

describe('every failure is one explained problem', () => {
  it('authentik refusing the token', async () => {
    answer = () => Response.json({ detail: 'Token invalid/expired' }, { status: 403 });
    expect(await problemOf(unwrap(createAuthentikClient(target()).api.GET('/core/users/me/')))).toEqual({ kind: 'invalid-token' });
  });

  it('a refusal whose body is not JSON', async () => {
    answer = () => new Response('<h1>Bad gateway</h1>', { status: 502, headers: { 'content-type': 'text/html' } });
    expect(await problemOf(unwrap(createAuthentikClient(target()).api.GET('/core/users/me/')))).toEqual({ kind: 'server', status: 502 });
  });

  it('a refusal that claims JSON but is not', async () => {
    answer = () => new Response('{oops', { status: 404, headers: { 'content-type': 'application/json' } });
    expect(await problemOf(unwrap(createAuthentikClient(target()).api.GET('/core/users/me/')))).toEqual({
      kind: 'not-authentik',
      status: 404,
      contentType: 'application/json',
    });
  });

  it('a validation error keeps authentik’s field messages', async () => {
    answer = () => Response.json({ app: { slug: ['taken'] } }, { status: 400, headers: { 'content-type': 'application/vnd.api+json' } });
    const problem = await problemOf(unwrap(createAuthentikClient(target()).api.GET('/core/users/me/')));
    expect(problem).toEqual({ kind: 'validation', fields: { 'app.slug': ['taken'] }, nonField: [] });
  });

  it('a 200 that is an HTML page (a login portal, a default web server) is not authentik', async () => {
    answer = () => new Response('<html>Welcome to nginx!</html>', { headers: { 'content-type': 'text/html; charset=utf-8' } });
    expect(await problemOf(unwrap(createAuthentikClient(target()).api.GET('/core/users/me/')))).toEqual({
      kind: 'not-authentik',
      status: 200,
      contentType: 'text/html; charset=utf-8',
    });
  });

  it('a 200 without a content type is not authentik either', async () => {
    answer = () => new Response(new Uint8Array([1, 2, 3]), { headers: {} });
    const problem = await problemOf(unwrap(createAuthentikClient(target()).api.GET('/core/users/me/')));
    expect(problem.kind).toBe('not-authentik');
  });

  it('204 No Content and XML answers are fine', async () => {
    answer = () => new Response(null, { status: 204 });
    await expect(
      unwrap(createAuthentikClient(target()).api.DELETE('/core/applications/{slug}/', { params: { path: { slug: 'x' } } })),
    ).resolves.toBeUndefined();
    answer = () => new Response('<x/>', { headers: { 'content-type': 'text/xml' } });
    await expect(createAuthentikClient(target()).getPublic('https://authentik.company/application/saml/x/metadata/')).resolves.toBeInstanceOf(
      Response,
    );
  });

  it('nothing answering: a network problem directly, the local server in proxy mode', async () => {
    answer = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await problemOf(unwrap(createAuthentikClient(target()).api.GET('/core/users/me/')))).toEqual({ kind: 'network', mode: 'direct' });
    expect(await problemOf(unwrap(createAuthentikClient(target({ mode: 'proxy' })).api.GET('/core/users/me/')))).toEqual({
      kind: 'proxy-unreachable',
    });
  });

  it('no answer in time is a timeout, not a cancellation', async () => {
    answer = (request) => new Promise((_resolve, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
    const problem = await problemOf(unwrap(createAuthentikClient(target(), { timeoutMs: 20 }).api.GET('/core/users/me/')));
    expect(problem).toEqual({ kind: 'timeout' });
    expect(DEFAULT_TIMEOUT_MS).toBe(45_000);
  });

  it('the default time limit is used when none is given', async () => {
    const timeout = vi.spyOn(AbortSignal, 'timeout');
    await createAuthentikClient(target()).api.GET('/core/users/me/');
    await createAuthentikClient(target(), { timeoutMs: 1234 }).getPublic('https://authentik.company/application/o/x/');
    expect(timeout.mock.calls).toEqual([[DEFAULT_TIMEOUT_MS], [1234]]);
    timeout.mockRestore();
  });

  it('unwrap turns anything else that was thrown into a problem too', async () => {
    expect(await problemOf(unwrap(Promise.reject(new TypeError('boom'))))).toEqual({ kind: 'network', mode: 'direct' });
    const original = new AuthentikApiError({ kind: 'timeout' });
    await expect(unwrap(Promise.reject(original))).rejects.toBe(original);
    await expect(unwrap(Promise.resolve({ data: 7, response: new Response() }))).resolves.toBe(7);
  });
});

describe('which paths count as below the connected authentik', () => {
  it.each([
    ['https://ak.company', 'https://ak.company/application/o/x/jwks/', '/application/o/x/jwks/'],
    ['https://ak.company', 'https://ak.company/application/o/x/?a=1', '/application/o/x/?a=1'],
    ['https://ak.company/auth', 'https://ak.company/auth/application/o/x/', '/application/o/x/'],
    ['https://ak.company/auth/', 'https://ak.company/auth/x', '/x'],
    ['https://ak.company:9443', 'https://ak.company:9443/x', '/x'],
  ])('%s + %s → %s', (base, url, path) => {
    expect(pathBelowBase(base, url)).toBe(path);
  });

  it.each([
    ['https://ak.company', 'https://ak.company.evil/x'],
    ['https://ak.company', 'https://other.company/x'],
    ['https://ak.company', 'https://ak.company:444/x'],
    ['https://ak.company/auth', 'https://ak.company/authx/y'],
    ['https://ak.company/auth', 'https://ak.company/auth'],
    ['https://ak.company/auth', 'https://ak.company/x/auth/y'],
    ['https://ak.company', '/relative/path'],
  ])('%s + %s is not', (base, url) => {
    expect(pathBelowBase(base, url)).toBeNull();
  });
});

describe('only JSON is read as authentik’s answer', () => {
  it('a refusal that is not JSON is not read as one, even if its body parses', async () => {
    answer = () =>
      new Response('{"detail":"Token invalid/expired"}', { status: 403, headers: { 'content-type': 'text/plain; charset=application/json' } });
    expect(await problemOf(unwrap(createAuthentikClient(target()).api.GET('/core/users/me/')))).toEqual({
      kind: 'not-authentik',
      status: 403,
      contentType: 'text/plain; charset=application/json',
    });
  });

  it('an abort that was not a timeout is a cancellation', async () => {
    expect(await problemOf(unwrap(Promise.reject(new DOMException('stop', 'AbortError'))))).toEqual({ kind: 'cancelled' });
  });
});

describe('a client with a limit on open requests (the audit’s)', () => {
  it('keeps at most that many open, sends the rest in order as earlier ones finish, and counts them', async () => {
    const release: (() => void)[] = [];
    let open = 0;
    let most = 0;
    answer = async () => {
      open += 1;
      most = Math.max(most, open);
      await new Promise<void>((resolve) => release.push(resolve));
      open -= 1;
      return Response.json({ ok: true });
    };
    const client = createAuthentikClient(target(), { maxInFlight: 2 });
    const calls = [1, 2, 3, 4, 5].map((page) => unwrap(client.api.GET('/core/applications/', { params: { query: { page } } })));
    await vi.waitFor(() => expect(release).toHaveLength(2));
    expect(client.requests.inFlight).toBe(2);
    expect(sent.map((request) => new URL(request.url).searchParams.get('page'))).toEqual(['1', '2']);
    while (release.length > 0 || sent.length < 5) {
      release.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await Promise.all(calls);
    expect(sent.map((request) => new URL(request.url).searchParams.get('page'))).toEqual(['1', '2', '3', '4', '5']);
    expect(most).toBe(2);
    expect(client.requests).toMatchObject({ inFlight: 0, peak: 2, total: 5 });
  });

  it('frees its place when a request fails, so the next one still goes', async () => {
    let calls = 0;
    answer = () => (++calls === 1 ? new Response('nope', { status: 500, headers: { 'content-type': 'text/html' } }) : Response.json({ ok: true }));
    const client = createAuthentikClient(target(), { maxInFlight: 1 });
    const [first, second] = await Promise.allSettled([unwrap(client.api.GET('/core/users/me/')), unwrap(client.api.GET('/core/users/me/'))]);
    expect(first.status).toBe('rejected');
    expect(second.status).toBe('fulfilled');
    expect(client.requests).toMatchObject({ inFlight: 0, peak: 1, total: 2 });
  });

  it('has no limit unless asked for one', async () => {
    const release: (() => void)[] = [];
    answer = async () => {
      await new Promise<void>((resolve) => release.push(resolve));
      return Response.json({ ok: true });
    };
    const client = createAuthentikClient(target());
    const calls = Promise.all([1, 2, 3].map(() => unwrap(client.api.GET('/core/users/me/'))));
    // All three are open at once: none waits for another.
    await vi.waitFor(() => expect(release).toHaveLength(3));
    for (const done of release) done();
    await calls;
    expect(client.requests).toMatchObject({ inFlight: 0, peak: 3, total: 3 });
  });
});
