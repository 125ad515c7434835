import { describe, expect, it } from 'vitest';
import { basePathOf, checkTarget, isLoopbackHostname } from './check-target.ts';

function refusal(base: string): string {
  const result = checkTarget(base);
  return result.ok ? 'ok' : result.code;
}

describe('checking the authentik URL the user typed', () => {
  it('accepts an https authentik on its own host name', () => {
    const result = checkTarget('https://authentik.company');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.url.origin).toBe('https://authentik.company');
      expect(result.url.pathname).toBe('/');
    }
  });

  it('keeps the sub-path of an authentik installed under a path, without trailing slash', () => {
    const result = checkTarget('https://example.com/auth/');
    expect(result.ok && result.url.pathname).toBe('/auth');
  });

  it('keeps a non-default port', () => {
    const result = checkTarget('https://ak.example.com:9443');
    expect(result.ok && result.url.host).toBe('ak.example.com:9443');
  });

  it('asks for a URL when none was given', () => {
    expect(refusal('')).toBe('target_missing');
    expect(refusal('   ')).toBe('target_missing');
  });

  it.each([
    ['not a URL', 'authentik.company'],
    ['another scheme', 'ftp://authentik.company'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['credentials', 'https://admin:secret@authentik.company'],
    ['a query', 'https://authentik.company?next=/'],
    ['an empty query', 'https://authentik.company/?'],
    ['a fragment', 'https://authentik.company/#x'],
    ['dot segments', 'https://authentik.company/a/../b'],
    ['encoded dot segments', 'https://authentik.company/a/%2e%2e/b'],
    ['a backslash', 'https://authentik.company\\evil.com'],
    ['whitespace inside', 'https://authentik .company'],
  ])('refuses a URL with %s', (_label, base) => {
    expect(refusal(base)).toBe('target_invalid');
  });

  it('refuses plain http to a server on the network, and says to use https', () => {
    const result = checkTarget('http://authentik.company');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe('target_insecure');
      expect(result.message).toContain('https://authentik.company');
    }
    expect(refusal('http://192.168.1.10:9000')).toBe('target_insecure');
    expect(refusal('http://localhost.evil.com')).toBe('target_insecure');
    expect(refusal('http://[::ffff:10.0.0.1]')).toBe('target_insecure');
  });

  it.each(['http://127.0.0.1:9000', 'http://127.1.2.3', 'http://localhost:9000', 'http://[::1]:9000', 'http://2130706433:9000'])(
    'allows plain http to an authentik on this computer (%s)',
    (base) => {
      expect(refusal(base)).toBe('ok');
    },
  );

  it('recognises loopback host names only', () => {
    expect(isLoopbackHostname('127.0.0.1')).toBe(true);
    expect(isLoopbackHostname('[::1]')).toBe(true);
    expect(isLoopbackHostname('LOCALHOST')).toBe(true);
    expect(isLoopbackHostname('127.0.0.1.nip.io')).toBe(false);
    expect(isLoopbackHostname('128.0.0.1')).toBe(false);
  });
});

describe('every refusal tells the user exactly what to type instead', () => {
  const message = (base: string) => {
    const result = checkTarget(base);
    return result.ok ? 'ok' : `${result.code}: ${result.message}`;
  };

  it.each([
    ['', 'target_missing: No authentik URL was sent. Enter the address of your authentik server (for example https://authentik.company) and try again.'],
    ['   ', 'target_missing: No authentik URL was sent. Enter the address of your authentik server (for example https://authentik.company) and try again.'],
    [`https://a.example/${'x'.repeat(2048)}`, 'target_invalid: The authentik URL is too long. Enter just the address of your authentik server, for example https://authentik.company.'],
    ['https://a b.example', 'target_invalid: The authentik URL contains spaces, backslashes or control characters. Enter an address such as https://authentik.company.'],
    ['https://a.example\\x', 'target_invalid: The authentik URL contains spaces, backslashes or control characters. Enter an address such as https://authentik.company.'],
    ['https://a.example/\u0000', 'target_invalid: The authentik URL contains spaces, backslashes or control characters. Enter an address such as https://authentik.company.'],
    ['https://a.example/\u007f', 'target_invalid: The authentik URL contains spaces, backslashes or control characters. Enter an address such as https://authentik.company.'],
    ['https://a.example/?x', 'target_invalid: The authentik URL must not contain "?" or "#". Enter only the server address (and sub-path, if authentik runs under one).'],
    ['https://a.example/#x', 'target_invalid: The authentik URL must not contain "?" or "#". Enter only the server address (and sub-path, if authentik runs under one).'],
    ['authentik.company', 'target_invalid: "authentik.company" is not a URL. Enter the full address including https://, for example https://authentik.company.'],
    [`x${'y'.repeat(150)}`, `target_invalid: "x${'y'.repeat(99)}" is not a URL. Enter the full address including https://, for example https://authentik.company.`],
    ['ftp://a.example', 'target_invalid: The authentik URL must start with https:// (or http:// for a server on this computer).'],
    ['https://user@a.example', 'target_invalid: The authentik URL must not contain a user name or password. Remove the "user:password@" part; the API token is sent separately.'],
    ['https://:pw@a.example', 'target_invalid: The authentik URL must not contain a user name or password. Remove the "user:password@" part; the API token is sent separately.'],
    ['https://a.example/auth/../admin', 'target_invalid: The authentik URL must not contain "." or ".." segments, or encoded dots, slashes or backslashes. Enter the plain address of your authentik server.'],
    ['https://a.example/./auth', 'target_invalid: The authentik URL must not contain "." or ".." segments, or encoded dots, slashes or backslashes. Enter the plain address of your authentik server.'],
    ['https://a.example/a%2Fb', 'target_invalid: The authentik URL must not contain "." or ".." segments, or encoded dots, slashes or backslashes. Enter the plain address of your authentik server.'],
    ['https://a.example/a%2eb', 'target_invalid: The authentik URL must not contain "." or ".." segments, or encoded dots, slashes or backslashes. Enter the plain address of your authentik server.'],
    ['https://a.example/a%5Cb', 'target_invalid: The authentik URL must not contain "." or ".." segments, or encoded dots, slashes or backslashes. Enter the plain address of your authentik server.'],
    ['http://authentik.company', 'target_insecure: Plain http:// is only allowed for an authentik server on this computer (localhost, 127.0.0.1, ::1). Use https://authentik.company instead.'],
    ['http://authentik.company/auth/', 'target_insecure: Plain http:// is only allowed for an authentik server on this computer (localhost, 127.0.0.1, ::1). Use https://authentik.company/auth instead.'],
    ['http://authentik.company/auth//', 'target_insecure: Plain http:// is only allowed for an authentik server on this computer (localhost, 127.0.0.1, ::1). Use https://authentik.company/auth instead.'],
    ['https://authentik%2Ecompany', 'target_invalid: The authentik URL must not contain "." or ".." segments, or encoded dots, slashes or backslashes. Enter the plain address of your authentik server.'],
    ['https://../', 'target_invalid: The authentik URL must not contain "." or ".." segments, or encoded dots, slashes or backslashes. Enter the plain address of your authentik server.'],
    ['https:a.example/auth/../admin', 'target_invalid: The authentik URL must not contain "." or ".." segments, or encoded dots, slashes or backslashes. Enter the plain address of your authentik server.'],
    ['http://authentik.company:8080/', 'target_insecure: Plain http:// is only allowed for an authentik server on this computer (localhost, 127.0.0.1, ::1). Use https://authentik.company:8080 instead.'],
    ['https://a.example/auth//x', 'target_invalid: The authentik URL path contains an empty segment ("//"). Enter the plain address of your authentik server.'],
  ])('%j → %s', (base, expected) => {
    expect(message(base)).toBe(expected);
  });

  it('a URL of exactly the longest length is still read', () => {
    const base = `https://a.example/${'x'.repeat(2048 - 'https://a.example/'.length)}`;
    expect(base.length).toBe(2048);
    expect(checkTarget(base).ok).toBe(true);
  });

  it('a sub-path keeps its segments, and dots inside a segment are fine', () => {
    const result = checkTarget('https://a.example/sso/auth.v2/');
    expect(result.ok && result.url.pathname).toBe('/sso/auth.v2');
    expect(result.ok && basePathOf(result.url)).toBe('/sso/auth.v2');
    const root = checkTarget('https://a.example//');
    expect(root.ok ? basePathOf(root.url) : root.code).toBe('');
    const trailing = checkTarget('https://a.example/auth///');
    expect(trailing.ok && trailing.url.pathname).toBe('/auth');
  });

  it('plain http is accepted for this computer only', () => {
    for (const base of ['http://127.0.0.1:9000', 'http://127.255.255.254', 'http://localhost:9000', 'http://[::1]:9000', 'HTTP://LOCALHOST']) expect(checkTarget(base).ok).toBe(true);
  });
});

describe('which host names always mean this computer', () => {
  it.each(['localhost', 'LOCALHOST', '[::1]', '::1', '127.0.0.1', '127.1.2.3', '127.255.255.255', '127.0.0.0'])('%s is loopback', (host) => {
    expect(isLoopbackHostname(host)).toBe(true);
  });

  it.each(['localhost.evil', '128.0.0.1', '127.0.0', '127.0.0.1.2', '127.0.0.256', '127.0.0.1a', '127.0.0.-1', '127.0.0.', '127.00000.0.1', 'x127.0.0.1', '10.0.0.1', '::2', '[::2]'])(
    '%s is not',
    (host) => {
      expect(isLoopbackHostname(host)).toBe(false);
    },
  );
});
