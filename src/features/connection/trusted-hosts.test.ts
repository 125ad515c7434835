// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cameWithLink, isTrustedHost, rememberOwnAddress, tokenGate, tokenHost, TRUSTED_HOSTS_KEY, trustedHosts, trustHost } from './trusted-hosts';

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

describe('a link never decides where the token goes, whatever address it carries', () => {
  it('any prefilled address came with a link, valid or not, in any scheme or spelling', () => {
    for (const value of ['ftp://evil.example', 'http://evil.example', 'evil example', 'https://evil.example', 'EVIL.example'])
      expect(cameWithLink(value)).toBe(true);
    expect(cameWithLink('')).toBe(false);
    expect(cameWithLink('   ')).toBe(false);
    expect(cameWithLink(undefined)).toBe(false);
  });

  it('the address this tab connected to (written back by the wizard) is not taken for a link’s after a reload', () => {
    rememberOwnAddress('https://authentik.company');
    expect(cameWithLink('https://authentik.company')).toBe(false);
    expect(cameWithLink('https://authentik.company.evil.example')).toBe(true);
  });

  it('from a link, the token goes only to the host confirmed for that very host; editing to another host asks again', () => {
    expect(tokenGate({ fromLink: true, host: 'evil.example', confirmedHost: null })).toBe('confirm');
    expect(tokenGate({ fromLink: true, host: 'evil.example', confirmedHost: 'evil.example' })).toBe('send');
    // The admin confirmed one host, then edited the address: the new host is not confirmed.
    expect(tokenGate({ fromLink: true, host: 'other.example', confirmedHost: 'evil.example' })).toBe('confirm');
    expect(tokenGate({ fromLink: true, host: 'EVIL.example', confirmedHost: 'evil.example' })).toBe('send');
    expect(trustedHosts()).toEqual([]);
  });

  it('a host confirmed earlier in this tab is not asked again; an address the admin typed needs no confirmation and is not added', () => {
    trustHost('authentik.company');
    expect(tokenGate({ fromLink: true, host: 'authentik.company', confirmedHost: null })).toBe('send');
    expect(tokenGate({ fromLink: false, host: 'typed.example', confirmedHost: null })).toBe('send');
    expect(trustedHosts()).toEqual(['authentik.company']);
  });
});
