import { describe, expect, it } from 'vitest';
import { displayHost, isLoopbackHost, looksLikeToken, normalizeAuthentikUrl, TOKEN_IN_URL_MESSAGE } from './base-url';

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

describe('the URL guard, case by case', () => {
  it.each(['localhost', 'LocalHost', '[::1]', '::1', '127.0.0.1', '127.10.200.3'])('%s is this computer', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each(['127.1.2', '127.0.0.1.5', 'a127.0.0.1', '127.a.b.c', '127.1000.0.1', '128.0.0.1', 'localhost.evil'])('%s is not', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });

  it('a token with spaces around it is still taken for a token', () => {
    expect(looksLikeToken('  abcdefghij0123456789  ')).toBe(true);
  });

  it.each([
    ['ftp://authentik.company', 'authentik is reached over https, not ftp. Enter an https:// address.'],
    ['https://admin@authentik.company', 'Remove the user name and password from the address; the API token is entered separately.'],
    ['https://:pw@authentik.company', 'Remove the user name and password from the address; the API token is entered separately.'],
    [
      'http://authentik.company',
      'Use https:// for authentik. Plain http is accepted only for an authentik on this computer (localhost or 127.0.0.1).',
    ],
    ['authentik company', 'The address contains a space. Enter only the host name, for example authentik.company.'],
    ['   ', 'Enter the address of your authentik, for example authentik.company.'],
    ['https://', 'This is not a web address. Enter the host name of your authentik, for example authentik.company.'],
  ])('%j is refused with exactly: %s', (input, message) => {
    expect(normalizeAuthentikUrl(input)).toEqual({ ok: false, message });
  });

  it.each([
    ['example.com/go?u=https://x', 'https://example.com/go'],
    ['https://ak.company/flows/-/default/authentication/', 'https://ak.company'],
    ['https://ak.company/static/dist/x.js', 'https://ak.company'],
    ['https://ak.company/media', 'https://ak.company'],
    ['https://ak.company/-/health/live/', 'https://ak.company'],
    ['https://ak.company/outpost.goauthentik.io/start', 'https://ak.company'],
    ['https://ak.company/iffy', 'https://ak.company/iffy'],
    ['https://ak.company/apis/x', 'https://ak.company/apis/x'],
    ['https://ak.company/sso/if', 'https://ak.company/sso'],
    ['https://ak.company/if/x/api', 'https://ak.company'],
    ['https://ak.company/', 'https://ak.company'],
    ['localhost:9000', 'http://localhost:9000'],
  ])('%s → %s', (input, expected) => {
    expect(base(input)).toBe(expected);
  });

  it('shows the host users will see, with a port and sub-path when there is one', () => {
    expect(displayHost('https://authentik.company')).toBe('authentik.company');
    expect(displayHost('https://authentik.company/')).toBe('authentik.company');
    expect(displayHost('http://127.0.0.1:9000')).toBe('127.0.0.1:9000');
    expect(displayHost('https://example.com/auth')).toBe('example.com/auth');
  });
});
