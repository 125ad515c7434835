// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { isTrustedHost, tokenHost, TRUSTED_HOSTS_KEY, trustedHosts, trustHost } from './trusted-hosts';

afterEach(() => sessionStorage.clear());

describe('hosts the admin confirmed are remembered in this tab, as host names only', () => {
  it('the host a base URL sends the token to includes its port, in lower case', () => {
    expect(tokenHost('https://Authentik.Company/auth')).toBe('authentik.company');
    expect(tokenHost('http://127.0.0.1:9100')).toBe('127.0.0.1:9100');
    expect(tokenHost('not a url')).toBeNull();
    expect(tokenHost('mailto:x')).toBeNull();
  });

  it('a confirmed host is trusted afterwards, once, and another host or port is not', () => {
    expect(isTrustedHost('127.0.0.1:9100')).toBe(false);
    trustHost('127.0.0.1:9100');
    trustHost('127.0.0.1:9100');
    expect(isTrustedHost('127.0.0.1:9100')).toBe(true);
    expect(isTrustedHost('127.0.0.1:9101')).toBe(false);
    expect(sessionStorage.getItem(TRUSTED_HOSTS_KEY)).toBe('["127.0.0.1:9100"]');
    trustHost('Authentik.Company');
    expect(trustedHosts()).toEqual(['127.0.0.1:9100', 'authentik.company']);
    expect(isTrustedHost('AUTHENTIK.company')).toBe(true);
    expect(localStorage.length).toBe(0);
  });

  it('a damaged entry trusts nothing', () => {
    for (const raw of ['{', '"x"', '{"a":1}']) {
      sessionStorage.setItem(TRUSTED_HOSTS_KEY, raw);
      expect(trustedHosts()).toEqual([]);
    }
    sessionStorage.setItem(TRUSTED_HOSTS_KEY, '["a", 5, null]');
    expect(trustedHosts()).toEqual(['a']);
  });
});
