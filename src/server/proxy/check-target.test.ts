import { describe, expect, it } from 'vitest';
import { checkTarget, isLoopbackHostname } from './check-target.ts';

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
