import { describe, expect, it } from 'vitest';
import { carriesCredentials } from './credentials-in-url';
import { buildShareLink, canonicalParamName, isSecretParam } from './share-link';
import { withParams } from './wizard-params';

describe('a URL with a user name or password never reaches the address bar or a share link', () => {
  it.each([
    'https://admin:pw@osticket.example/',
    'https://admin@osticket.example',
    'HTTP://a:b@127.0.0.1:9000',
    'https://admin:pw@',
    'https://admin:pw',
    'https:\\\\admin:pw@host',
    'admin:pw@osticket.example',
    '  https://admin:pw@host  ',
    'https://[::1]:pw',
  ])('%s carries credentials', (value) => {
    expect(carriesCredentials(value)).toBe(true);
  });

  it.each([
    'https://osticket.example/',
    'https://osticket.example:8443/x@y',
    'osticket.example',
    'acme',
    'https://[::1]:9000',
    'https://host:',
    'user@example.com',
    'https://admin',
    'mailto:x',
  ])('%s does not', (value) => {
    expect(carriesCredentials(value)).toBe(false);
  });

  it('typing a password into an address field leaves the address bar without it, keystroke by keystroke', () => {
    const typed = 'https://admin:pw@osticket.example';
    const seen: string[] = [];
    let params = new URLSearchParams('team=acme');
    for (let end = 1; end <= typed.length; end += 1) {
      params = withParams(params, { url: typed.slice(0, end) });
      seen.push(params.toString());
    }
    expect(seen.join('\n')).not.toMatch(/admin%3Ap|pw/);
    expect(params.toString()).toBe('team=acme');
    expect(withParams(params, { url: 'https://osticket.example' }).get('url')).toBe('https://osticket.example');
  });

  it('a share link drops such values, and names the authentik the admin is connected to', () => {
    const params = new URLSearchParams({ url: 'https://admin:pw@osticket.example', ak: 'https://evil.example', slug: 'osticket' });
    const link = new URL(buildShareLink('http://127.0.0.1:4173', '/osticket/review', undefined, params, 'https://authentik.company'));
    expect(link.searchParams.get('ak')).toBe('https://authentik.company');
    expect(link.searchParams.get('slug')).toBe('osticket');
    expect(link.toString()).not.toContain('pw');
    const notConnected = new URL(
      buildShareLink('http://127.0.0.1:4173', '/osticket', undefined, new URLSearchParams({ ak: 'https://a:b@evil.example' })),
    );
    expect(notConnected.search).toBe('');
  });
});

describe('a credential is recognised however its name is written', () => {
  it.each([
    'token',
    'token[]',
    'x_token',
    'github-token',
    'client_secret',
    'secret_key',
    'key',
    'api_key',
    'Key',
    'tοken',
    'ｔｏｋｅｎ',
    'token\u0000',
    'to\u200bken',
    'pаssword',
    'sessionid',
    'auth',
    'keys',
  ])('%j is a secret name', (name) => {
    expect(isSecretParam(name)).toBe(true);
  });

  it.each(['url', 'team', 'ak', 'name', 'slug', 'authz', 'inval', 'cert', 'utm_source', 'author'])('%j is not', (name) => {
    expect(isSecretParam(name)).toBe(false);
  });

  it('names are folded to what a person reads', () => {
    expect(canonicalParamName('Client-Secret[]')).toBe('clientsecret');
    expect(canonicalParamName('ＡＰＩ＿ＫＥＹ')).toBe('apikey');
    expect(canonicalParamName('tоkеn\u0000')).toBe('token');
  });
});
