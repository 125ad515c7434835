/**
 * The proxy's first line of defence, function by function: which callers, paths and hosts get
 * through, and what a refused caller is told to do.
 */
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { checkCaller, defaultAllowedHosts, FORWARDED_METHODS, FORWARDED_PREFIXES, hasPathTraversal, INFO_PATH, isForwardedPath } from './request-guards.ts';

function request(headers: Record<string, string | string[]>, encrypted = false): IncomingMessage {
  return { headers, socket: encrypted ? { encrypted: true } : {} } as unknown as IncomingMessage;
}

const ALLOWED = defaultAllowedHosts(4173);

describe('which pages may use the proxy', () => {
  it('the page served on this port, by any loopback name', () => {
    expect(ALLOWED).toEqual(['127.0.0.1:4173', 'localhost:4173', '[::1]:4173']);
    for (const host of ALLOWED) expect(checkCaller(request({ host, origin: `http://${host}`, 'sec-fetch-site': 'same-origin' }), ALLOWED)).toBeNull();
  });

  it('on port 80 the browser sends no port, so the bare names are allowed too', () => {
    expect(defaultAllowedHosts(80)).toEqual(['127.0.0.1:80', 'localhost:80', '[::1]:80', '127.0.0.1', 'localhost', '[::1]']);
    expect(defaultAllowedHosts(8080)).toHaveLength(3);
  });

  it('Host is compared without regard to case', () => {
    expect(checkCaller(request({ host: 'LOCALHOST:4173' }), ALLOWED)).toBeNull();
    expect(checkCaller(request({ host: 'localhost:4173' }), ['LocalHost:4173'])).toBeNull();
  });

  it('a foreign Host (DNS rebinding) is refused with the addresses to open instead', () => {
    expect(checkCaller(request({ host: 'evil.example:4173' }), ALLOWED)).toEqual({
      code: 'forbidden_host',
      message: 'This proxy only answers pages opened at http://127.0.0.1:4173, http://localhost:4173, http://[::1]:4173. Open the wizard at one of those addresses.',
    });
    expect(checkCaller(request({}), ALLOWED)?.code).toBe('forbidden_host');
    expect(checkCaller(request({ host: '' }), ALLOWED)?.code).toBe('forbidden_host');
  });

  it('before the port is known, every request is refused with how to fix it', () => {
    expect(checkCaller(request({ host: '127.0.0.1:4173' }), [])).toEqual({
      code: 'forbidden_host',
      message:
        'The proxy does not know which address it is served on yet, so it refuses every request. Restart the wizard with npm start and open the address it prints.',
    });
  });

  it('another origin is refused, and its name is cut short in the message', () => {
    const long = `http://${'a'.repeat(300)}.example`;
    const refused = checkCaller(request({ host: '127.0.0.1:4173', origin: long }), ALLOWED);
    expect(refused?.code).toBe('forbidden_origin');
    expect(refused?.message).toBe(`Requests from ${long.slice(0, 200)} are refused: only the wizard's own page at http://127.0.0.1:4173 may use this proxy.`);
    expect(checkCaller(request({ host: '127.0.0.1:4173', origin: 'HTTP://127.0.0.1:4173' }), ALLOWED)).toBeNull();
    expect(checkCaller(request({ host: '127.0.0.1:4173', origin: 'https://127.0.0.1:4173' }), ALLOWED)?.code).toBe('forbidden_origin');
  });

  it('behind TLS the page’s origin is https', () => {
    expect(checkCaller(request({ host: '127.0.0.1:4173', origin: 'https://127.0.0.1:4173' }, true), ALLOWED)).toBeNull();
    expect(checkCaller(request({ host: '127.0.0.1:4173', origin: 'http://127.0.0.1:4173' }, true), ALLOWED)?.message).toContain("page at https://127.0.0.1:4173");
  });

  it('repeated headers are joined, so a second Origin cannot hide behind the first', () => {
    expect(checkCaller(request({ host: '127.0.0.1:4173', origin: ['http://127.0.0.1:4173', 'http://evil.example'] }), ALLOWED)).toEqual({
      code: 'forbidden_origin',
      message: "Requests from http://127.0.0.1:4173, http://evil.example are refused: only the wizard's own page at http://127.0.0.1:4173 may use this proxy.",
    });
    expect(checkCaller(request({ host: ['127.0.0.1:4173', 'evil'] }), ALLOWED)?.code).toBe('forbidden_host');
  });

  it.each(['cross-site', 'same-site', 'SAME-ORIGIN'])('Sec-Fetch-Site: %s is refused, naming it', (site) => {
    expect(checkCaller(request({ host: '127.0.0.1:4173', 'sec-fetch-site': site }), ALLOWED)).toEqual({
      code: 'forbidden_fetch_site',
      message: `The browser reports this request as "${site}"; only the wizard's own page may use this proxy. Open the wizard directly at http://127.0.0.1:4173.`,
    });
  });

  it('an absurd Sec-Fetch-Site value is cut short', () => {
    const refused = checkCaller(request({ host: '127.0.0.1:4173', 'sec-fetch-site': 'x'.repeat(100) }), ALLOWED);
    expect(refused?.message).toContain(`"${'x'.repeat(40)}"`);
    expect(refused?.message).not.toContain('x'.repeat(41));
  });

  it.each(['same-origin', 'none'])('Sec-Fetch-Site: %s passes', (site) => {
    expect(checkCaller(request({ host: '127.0.0.1:4173', 'sec-fetch-site': site }), ALLOWED)).toBeNull();
  });
});

describe('which paths are forwarded', () => {
  it('only authentik’s API and public application paths', () => {
    expect(FORWARDED_PREFIXES).toEqual(['/api/v3/', '/application/']);
    expect(FORWARDED_METHODS).toEqual(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);
    expect(INFO_PATH).toBe('/__wizard/proxy');
    for (const path of ['/api/v3/core/users/me/', '/application/o/x/jwks/']) expect(isForwardedPath(path)).toBe(true);
    for (const path of ['/api/v2/x', '/api/v3', '/applications/x', '/', '/if/admin/', '/API/v3/x']) expect(isForwardedPath(path)).toBe(false);
  });

  it.each([
    '/api/v3/../admin',
    '/api/v3/./x',
    '/api/v3/%2e%2e/x',
    '/api/v3/%2E%2E/x',
    '/api/v3/.%2e/x',
    '/api/v3/x%2fy',
    '/api/v3/x%2Fy',
    '/api/v3/x%5cy',
    '/api/v3/x%00',
    '/api/v3/x\\y',
    '/api/v3//x',
    '/api/v3/%',
    '/api/v3/..',
  ])('%s could escape its prefix and is refused', (path) => {
    expect(hasPathTraversal(path)).toBe(true);
  });

  it.each(['/api/v3/core/users/me/', '/application/o/x/.well-known/openid-configuration', '/api/v3/x..y/', '/api/v3/%20x/', '/api/v3/.hidden/'])('%s is a plain path', (path) => {
    expect(hasPathTraversal(path)).toBe(false);
  });
});
