import { describe, expect, it } from 'vitest';
import { normalizeAuthentikUrl } from './base-url';

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
