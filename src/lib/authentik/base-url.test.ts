import { describe, expect, it } from 'vitest';
import { looksLikeToken, normalizeAuthentikUrl, TOKEN_IN_URL_MESSAGE } from './base-url';

const base = (input: string) => {
  const result = normalizeAuthentikUrl(input);
  return result.ok ? result.base : `error: ${result.message}`;
};

describe('an admin types the address of their authentik', () => {
  it.each([
    ['authentik.company', 'https://authentik.company'],
    ['  authentik.company  ', 'https://authentik.company'],
    ['https://authentik.company/', 'https://authentik.company'],
    ['https://authentik.company', 'https://authentik.company'],
    ['HTTPS://Authentik.Company/', 'https://authentik.company'],
    ['https://authentik.company:9443/', 'https://authentik.company:9443'],
    ['https://example.com/auth/', 'https://example.com/auth'],
    ['https://example.com/auth//', 'https://example.com/auth'],
    ['example.com/sso/authentik', 'https://example.com/sso/authentik'],
  ])('%s is understood as %s', (input, expected) => {
    expect(base(input)).toBe(expected);
  });

  it.each([
    ['https://authentik.company/if/admin/#/core/applications', 'https://authentik.company'],
    ['https://authentik.company/api/v3/core/users/me/', 'https://authentik.company'],
    ['https://example.com/auth/if/flow/default-authentication-flow/?next=%2F', 'https://example.com/auth'],
    ['https://authentik.company/application/o/grafana/', 'https://authentik.company'],
    ['https://authentik.company/?foo=bar#x', 'https://authentik.company'],
  ])('a URL pasted from a browser tab (%s) is cut back to the base', (input, expected) => {
    expect(base(input)).toBe(expected);
  });

  it('uses http for an authentik on this computer when no scheme is typed', () => {
    expect(base('127.0.0.1:9000')).toBe('http://127.0.0.1:9000');
    expect(base('localhost:9000')).toBe('http://localhost:9000');
    expect(base('http://127.0.0.1:9100/')).toBe('http://127.0.0.1:9100');
  });

  it.each([
    ['', /Enter the address/],
    ['authentik company', /space/],
    ['http://authentik.company', /Use https/],
    ['ftp://authentik.company', /https/],
    ['https://user:pw@authentik.company', /user name and password/],
    ['https://', /not a web address|no host/],
  ])('%j is refused with a message that says what to do', (input, message) => {
    const result = normalizeAuthentikUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('an admin pastes the API token into the address field by mistake', () => {
  const token = 'hQ3vZk9Lw2XcR7tYpN4mB8sD1fG6jK0aE5uI9oPqWzXyV3bT7nM2cL4kJ8hG6f';

  it.each([
    ['a 60-character authentik key', token],
    ['the key with surrounding spaces', `  ${token}\n`],
    ['a shorter key of letters and dashes', 'demo-akadmin-token-not-a-secret'],
    ['a key of exactly twenty characters', 'abcdefghij0123456789'],
  ])('%s is refused, with what to do, before it is used as a host', (_what, input) => {
    const result = normalizeAuthentikUrl(input);
    expect(result).toEqual({ ok: false, message: TOKEN_IN_URL_MESSAGE });
    expect(TOKEN_IN_URL_MESSAGE).toMatch(/API token.*field/);
    expect(TOKEN_IN_URL_MESSAGE).not.toContain(input.trim());
  });

  it.each([
    ['a short single-label host', 'authentik', 'https://authentik'],
    ['a nineteen-character single-label host', 'abcdefghij012345678', 'https://abcdefghij012345678'],
    ['a long host name with dots', 'authentik-production-cluster.company.example', 'https://authentik-production-cluster.company.example'],
    ['a long single-label host typed with its scheme', `https://${'sso-authentik-intranet'}`, 'https://sso-authentik-intranet'],
    ['a long single-label host with a port', 'authentik-intranet-host:9443', 'https://authentik-intranet-host:9443'],
  ])('%s is still an address', (_what, input, expected) => {
    expect(base(input)).toBe(expected);
  });

  it('only runs of host-name characters are taken for a token', () => {
    expect(looksLikeToken('abcdefghij0123456789')).toBe(true);
    expect(looksLikeToken('abcdefghij012345678')).toBe(false);
    expect(looksLikeToken('abcdefghij.0123456789')).toBe(false);
    expect(looksLikeToken('abcdefghij/0123456789')).toBe(false);
    expect(looksLikeToken('abc_defghij-0123456789')).toBe(true);
    expect(looksLikeToken('abcdefghij!0123456789')).toBe(false);
  });
});
