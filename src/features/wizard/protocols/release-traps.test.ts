/** What an upgrade changed, as an admin's existing providers show it. */
import { describe, expect, it } from 'vitest';
import { evaluateRedirectUriTypes } from './oidc/release-traps';
import { evaluateIssuer } from './saml/release-traps';

const login = (url: string) => ({ matching_mode: 'strict' as const, url, redirect_uri_type: 'authorization' as const });
const logout = (url: string) => ({ matching_mode: 'strict' as const, url, redirect_uri_type: 'logout' as const });

describe('redirect URI types (2026.5+)', () => {
  it('passes a login callback typed for logins and a signed-out page typed for logout', () => {
    expect(evaluateRedirectUriTypes([login('https://wiki.company/oauth2/callback'), logout('https://wiki.company/logged-out')]).status).toBe('pass');
  });

  it('warns about a page after logout that the upgrade typed as a login redirect, and retypes only that one', () => {
    const result = evaluateRedirectUriTypes([login('https://wiki.company/oauth2/callback'), login('https://wiki.company/signed-out')]);
    expect(result.status).toBe('warn');
    expect(result.fix?.patch).toEqual({ redirect_uris: [login('https://wiki.company/oauth2/callback'), logout('https://wiki.company/signed-out')] });
    expect(result.fix?.describe).toEqual([{ field: 'Redirect URI https://wiki.company/signed-out', before: 'login', after: 'post-logout' }]);
  });

  it('fails a login callback typed “Logout”: the sign-in would end in Redirect URI Error', () => {
    const result = evaluateRedirectUriTypes([logout('https://wiki.company/auth/callback')]);
    expect(result.status).toBe('fail');
    expect(result.fix?.patch).toEqual({ redirect_uris: [login('https://wiki.company/auth/callback')] });
  });

  it('fails when every entry is a logout page, without guessing a fix', () => {
    const result = evaluateRedirectUriTypes([logout('https://wiki.company/bye')]);
    expect(result.status).toBe('fail');
    expect(result.fix).toBeUndefined();
  });
});

describe('the SAML entity ID across the 2026.5 rename', () => {
  it('warns (no fix: the app trusts it) about the old default kept as an override by the upgrade', () => {
    const result = evaluateIssuer({ issuer_override: 'authentik', url_issuer: 'https://ak.company/application/saml/wiki/metadata/' });
    expect(result.status).toBe('warn');
    expect(result.fix).toBeUndefined();
    expect(result.actual).toContain('kept from before 2026.5');
  });

  it('warns about the old default on a release before 2026.5, and fails an empty issuer there', () => {
    expect(evaluateIssuer({ issuer: 'authentik' } as never).status).toBe('warn');
    expect(evaluateIssuer({ issuer: '' } as never).status).toBe('fail');
  });

  it('passes no override (the metadata URL) and an entity ID of the provider’s own', () => {
    expect(evaluateIssuer({ issuer_override: '', url_issuer: 'https://ak.company/application/saml/wiki/metadata/' }).status).toBe('pass');
    expect(evaluateIssuer({ issuer: 'https://ak.company/application/saml/wiki/metadata/' } as never).status).toBe('pass');
  });
});
