import { describe, expect, it } from 'vitest';
import { AuthentikApiError } from '../../../../lib/authentik/problem';
import {
  discoveryCheck,
  emailClaimCheck,
  evaluateDiscovery,
  evaluateEmailClaim,
  evaluateEncryptionKey,
  evaluateGrantTypes,
  evaluateIdTokenClaims,
  evaluateRedirectUris,
  evaluateSigningKey,
  redirectUriCheck,
  signingKeyCheck,
} from './checks';
import { admin, BASE, fakeContext, keypair, oidcPair, samlPair } from '../../engine/checks/test-fixtures';
import { encryptionKeyCheck, grantTypesCheck, idTokenClaimsCheck } from './checks';

const strict = (url: string) => ({ matching_mode: 'strict' as const, url, redirect_uri_type: 'authorization' as const });
const CALLBACK = /^https:\/\/[a-z0-9-]+\.example\.com\/callback$/;

describe('redirect URI', () => {
  it('passes when a strict URI equals the expected one', () => {
    const result = evaluateRedirectUris([strict('https://a.example.com/cb')], { expected: 'https://a.example.com/cb', shape: 'x' });
    expect(result).toMatchObject({ status: 'pass', actual: 'https://a.example.com/cb' });
  });

  it('passes on the pattern when the exact URL is unknown', () => {
    expect(evaluateRedirectUris([strict('https://acme.example.com/callback')], { expected: null, pattern: CALLBACK, shape: 's' }).status).toBe('pass');
  });

  it('offers to strip a trailing slash, keeping the other entries', () => {
    const logout = { matching_mode: 'strict' as const, url: 'https://acme.example.com/bye', redirect_uri_type: 'logout' as const };
    const result = evaluateRedirectUris([strict('https://acme.example.com/callback/'), logout], { expected: null, pattern: CALLBACK, shape: 's' });
    expect(result.status).toBe('fail');
    expect(result.fix?.describe).toEqual([{ field: 'Redirect URI', before: 'https://acme.example.com/callback/', after: 'https://acme.example.com/callback' }]);
    expect(result.fix?.patch).toEqual({ redirect_uris: [strict('https://acme.example.com/callback'), logout] });
  });

  it('fails without a fix when the URL is simply different', () => {
    const result = evaluateRedirectUris([strict('https://b.example.com/other')], { expected: 'https://b.example.com/cb', shape: 's' });
    expect(result).toMatchObject({ status: 'fail', expected: 'https://b.example.com/cb', actual: 'https://b.example.com/other' });
    expect(result.fix).toBeUndefined();
  });

  it('fails on the shape when only a pattern is known', () => {
    const result = evaluateRedirectUris([strict('https://acme.example.org/callback')], { expected: null, pattern: CALLBACK, shape: 'https://<team>.example.com/callback' });
    expect(result).toMatchObject({ status: 'fail', expected: 'https://<team>.example.com/callback' });
  });

  it('replaces a regex with the exact URL when it is known', () => {
    const result = evaluateRedirectUris([{ matching_mode: 'regex', url: 'https://.*', redirect_uri_type: 'authorization' }], { expected: 'https://c.example.com/cb', shape: 's' });
    expect(result.status).toBe('fail');
    expect(result.fix?.patch).toEqual({ redirect_uris: [strict('https://c.example.com/cb')] });
  });

  it('adds the expected URI when there is none, and cannot when it is unknown', () => {
    expect(evaluateRedirectUris([], { expected: 'https://d.example.com/cb', shape: 's' }).fix?.patch).toEqual({ redirect_uris: [strict('https://d.example.com/cb')] });
    const unknown = evaluateRedirectUris([], { expected: null, pattern: CALLBACK, shape: 's' });
    expect(unknown).toMatchObject({ status: 'fail', actual: '(none)' });
    expect(unknown.fix).toBeUndefined();
  });

  it('computes the expected URL from the pair', async () => {
    const pair = oidcPair({ redirect_uris: [strict('https://desk.example.com/sub/api/auth/oauth2/')] }, 'https://desk.example.com/sub');
    const check = redirectUriCheck({ expected: (p) => `${p.application.meta_launch_url}/api/auth/oauth2`, shape: 's' });
    const result = await check.run(fakeContext(pair).ctx);
    expect(result.fix?.describe[0]?.after).toBe('https://desk.example.com/sub/api/auth/oauth2');
  });
});

describe('grant types', () => {
  it('passes with authorization_code', () => {
    expect(evaluateGrantTypes(['authorization_code']).status).toBe('pass');
  });

  it('adds authorization_code and refresh_token to what is there', () => {
    const result = evaluateGrantTypes(['client_credentials']);
    expect(result.status).toBe('fail');
    expect(result.fix?.patch).toEqual({ grant_types: ['client_credentials', 'authorization_code', 'refresh_token'] });
    expect(evaluateGrantTypes([]).fix?.describe).toEqual([{ field: 'Grant types', before: '(none)', after: 'authorization_code, refresh_token' }]);
  });
});

describe('signing key', () => {
  const jwks = { keys: [{ kty: 'RSA', alg: 'RS256', use: 'sig', kid: 'k1' }] };

  it('passes with an RSA key published as RS256', () => {
    expect(evaluateSigningKey(keypair.pk, keypair, jwks, ['RS256']).status).toBe('pass');
  });

  it('fails without a signing key, on an empty JWKS and on an unaccepted algorithm', () => {
    expect(evaluateSigningKey(null, null, {}, ['RS256']).actual).toMatch(/HS256/);
    expect(evaluateSigningKey(keypair.pk, keypair, {}, ['RS256'])).toMatchObject({ status: 'fail', actual: 'The JWKS is empty ({})' });
    expect(evaluateSigningKey(keypair.pk, keypair, { keys: [{ alg: 'RSA-OAEP-256', use: 'enc' }] }, ['RS256']).status).toBe('fail');
    expect(evaluateSigningKey(keypair.pk, keypair, { keys: [{ alg: 'RS384', use: 'sig' }] }, ['RS256']).status).toBe('fail');
  });

  it('reads the JWKS the provider publishes', async () => {
    const pair = oidcPair();
    const { ctx, calls } = fakeContext(pair, { public: { [pair.setupUrls.jwks!]: jwks } });
    expect((await signingKeyCheck({ algorithms: ['RS256'] }).run(ctx)).status).toBe('pass');
    expect(calls.map((call) => call.path)).toEqual([`${BASE}/application/o/app/jwks/`]);
  });
});

describe('encryption key and claims in the ID token', () => {
  it('passes without an encryption key and offers to clear one', () => {
    expect(evaluateEncryptionKey(null).status).toBe('pass');
    const result = evaluateEncryptionKey('kp-1');
    expect(result.status).toBe('fail');
    expect(result.fix?.patch).toEqual({ encryption_key: null });
  });

  it('passes with claims in the ID token and offers to turn them on', () => {
    expect(evaluateIdTokenClaims(true).status).toBe('pass');
    expect(evaluateIdTokenClaims(undefined).status).toBe('pass');
    expect(evaluateIdTokenClaims(false).fix?.patch).toEqual({ include_claims_in_id_token: true });
  });
});

describe('discovery document', () => {
  const pair = oidcPair();
  const document = {
    issuer: pair.setupUrls.issuer,
    authorization_endpoint: pair.setupUrls.authorize,
    token_endpoint: pair.setupUrls.token,
    userinfo_endpoint: pair.setupUrls.user_info,
    jwks_uri: pair.setupUrls.jwks,
  };

  it('passes when every URL matches the setup URLs', () => {
    expect(evaluateDiscovery(document, pair.setupUrls).status).toBe('pass');
  });

  it('lists the fields that differ', () => {
    const result = evaluateDiscovery({ ...document, issuer: 'https://other/', jwks_uri: undefined }, pair.setupUrls);
    expect(result.status).toBe('fail');
    expect(result.actual).toContain('issuer: https://other/');
    expect(result.actual).toContain('jwks_uri: (none)');
    expect(evaluateDiscovery('nope', pair.setupUrls).status).toBe('fail');
  });

  it('fails when authentik answers 404, and cannot check when it is unreachable', async () => {
    const url = pair.setupUrls.provider_info!;
    const notFound = fakeContext(pair, { public: { [url]: new AuthentikApiError({ kind: 'not-authentik', status: 404, contentType: 'text/html' }) } });
    expect((await discoveryCheck().run(notFound.ctx)).status).toBe('fail');
    const down = fakeContext(pair, { public: { [url]: new AuthentikApiError({ kind: 'timeout' }) } });
    await expect(discoveryCheck().run(down.ctx)).rejects.toBeInstanceOf(AuthentikApiError);
  });
});

describe('email claim', () => {
  it('passes with an email in the preview', () => {
    expect(evaluateEmailClaim({ email: 'a@b.c' }, admin, true, { source: 'id_token' }).status).toBe('pass');
  });

  it('warns when the admin has no email address', () => {
    const result = evaluateEmailClaim({ sub: 'x' }, { ...admin, email: '' }, true, { source: 'id_token' });
    expect(result.status).toBe('warn');
    expect(result.detail).toMatch(/has no email address/);
  });

  it('fails when the user has an email but the token has none', () => {
    expect(evaluateEmailClaim({ sub: 'x' }, admin, true, { source: 'id_token' }).status).toBe('fail');
    expect(evaluateEmailClaim({ sub: 'x' }, admin, false, { source: 'id_token' }).detail).toMatch(/Include claims/);
  });

  it('cannot tell for userinfo readers when the ID token carries no claims', () => {
    expect(evaluateEmailClaim({ sub: 'x' }, admin, false, { source: 'userinfo' }).status).toBe('unknown');
  });

  it('previews the connected admin, and non-superusers as themselves', async () => {
    const pair = oidcPair();
    const answer = {
      api: {
        '/providers/oauth2/{id}/preview_user/': { preview: { email: 'akadmin@authentik.company' } },
        '/core/users/me/': { user: { pk: 7, email: 'akadmin@authentik.company' } },
      },
    };
    const superuser = fakeContext(pair, answer);
    expect((await emailClaimCheck({ source: 'id_token' }).run(superuser.ctx)).status).toBe('pass');
    expect(superuser.calls.find((call) => call.path.includes('preview'))?.query).toEqual({ for_user: 7 });
    const regular = fakeContext(pair, answer, { pk: 8, is_superuser: false, email: 'alice@x' });
    await emailClaimCheck({ source: 'id_token' }).run(regular.ctx);
    expect(regular.calls.find((call) => call.path.includes('preview'))?.query).toEqual({});
  });

  it('reads the user again, so an email added since connecting counts', async () => {
    const pair = oidcPair();
    const { ctx } = fakeContext(pair, {
      api: { '/providers/oauth2/{id}/preview_user/': { preview: { sub: 'x' } }, '/core/users/me/': { user: { pk: 7, email: '' } } },
    });
    expect((await emailClaimCheck({ source: 'id_token' }).run(ctx)).status).toBe('warn');
  });
});

describe('the OpenID checks as the admin reads them in the list', () => {
  const made = () => [
    redirectUriCheck({ shape: 'https://<app>/callback', expected: () => 'https://app.example.com/callback' }),
    grantTypesCheck(),
    signingKeyCheck(),
    encryptionKeyCheck(),
    idTokenClaimsCheck(),
    discoveryCheck(),
    emailClaimCheck({ source: 'id_token' }),
  ];

  it('each has its id, the fields it looks at, a title and a reason', () => {
    expect(made().map(({ id, fields, title, why }) => ({ id, fields, title, why }))).toMatchInlineSnapshot(`
      [
        {
          "fields": undefined,
          "id": "redirect-uri",
          "title": "The redirect URI is exactly the one the app sends",
          "why": "authentik compares the redirect URI character by character; any difference stops every login.",
        },
        {
          "fields": undefined,
          "id": "grant-types",
          "title": "The authorization code grant is allowed",
          "why": "The app signs users in with the authorization code flow; without that grant every login is refused.",
        },
        {
          "fields": undefined,
          "id": "signing-key",
          "title": "Tokens are signed with a published RSA or EC key",
          "why": "The app verifies each ID token with the keys authentik publishes; with no usable key, no token verifies.",
        },
        {
          "fields": undefined,
          "id": "encryption-key",
          "title": "ID tokens are not encrypted",
          "why": "An encrypted ID token cannot be verified by an app that expects a signed one.",
        },
        {
          "fields": undefined,
          "id": "id-token-claims",
          "title": "The ID token carries the user’s claims",
          "why": "The app reads the email address from the ID token; without the claims it cannot identify the user.",
        },
        {
          "fields": undefined,
          "id": "discovery",
          "title": "The discovery document is served and matches",
          "why": "The app or its library may read the OpenID configuration; if it is missing or points elsewhere, logins fail.",
        },
        {
          "fields": undefined,
          "id": "email-claim",
          "title": "Your login would carry an email address",
          "why": "The app identifies users by their email address; without it the login cannot be matched to an account.",
        },
      ]
    `);
  });

  it('an app may word each its own way', () => {
    const text = { title: 'Own title', why: 'Own reason' };
    const worded = [
      redirectUriCheck({ ...text, shape: 'x' }),
      grantTypesCheck(text),
      signingKeyCheck(text),
      encryptionKeyCheck(text),
      idTokenClaimsCheck(text),
      discoveryCheck(text),
      emailClaimCheck({ ...text, source: 'userinfo' }),
    ];
    for (const check of worded) expect({ title: check.title, why: check.why }).toEqual(text);
  });

  it('on a SAML pair each says it applies to OpenID providers only', async () => {
    for (const check of made()) expect(await check.run(fakeContext(samlPair()).ctx)).toEqual({ status: 'unknown', detail: 'This check applies to OAuth2/OpenID providers only.' });
  });

  it('on an OpenID pair the pair checks read the provider the wizard created', async () => {
    // (The signing key check reads the JWKS; it has its own tests above.)
    const pairChecks = made().filter((check) => ['redirect-uri', 'grant-types', 'encryption-key', 'id-token-claims'].includes(check.id));
    const results = await Promise.all(pairChecks.map((check) => check.run(fakeContext(oidcPair()).ctx)));
    expect(results).toMatchInlineSnapshot(`
      [
        {
          "actual": "https://app.example.com/callback",
          "expected": "https://app.example.com/callback",
          "status": "pass",
        },
        {
          "actual": "authorization_code, refresh_token",
          "expected": "Includes authorization_code",
          "status": "pass",
        },
        {
          "actual": "No encryption key",
          "expected": "No encryption key",
          "status": "pass",
        },
        {
          "actual": "Include claims in id_token: on",
          "expected": "Include claims in id_token: on",
          "status": "pass",
        },
      ]
    `);
  });

  it('a redirect URI rule without an exact URL checks the shape, and a pattern the URL must fit', async () => {
    const byShape = redirectUriCheck({ shape: 'https://<team>.example.com/callback', pattern: /^https:\/\/[a-z]+\.example\.com\/callback$/ });
    expect(await byShape.run(fakeContext(oidcPair({ redirect_uris: [{ matching_mode: 'strict', url: 'https://acme.example.com/callback', redirect_uri_type: 'authorization' }] })).ctx)).toEqual({
      status: 'pass',
      expected: 'https://<team>.example.com/callback',
      actual: 'https://acme.example.com/callback',
    });
    expect((await byShape.run(fakeContext(oidcPair({ redirect_uris: [{ matching_mode: 'strict', url: 'https://evil.test/callback', redirect_uri_type: 'authorization' }] })).ctx)).status).toBe('fail');
    const noPattern = redirectUriCheck({ shape: 'anything' });
    expect((await noPattern.run(fakeContext(oidcPair()).ctx)).status).toBe('fail');
  });
});

describe('every OpenID verdict, word for word', () => {
  const setupUrls = oidcPair().setupUrls;

  it('grant types', () => {
    expect([evaluateGrantTypes([]), evaluateGrantTypes(['refresh_token'])]).toMatchInlineSnapshot(`
      [
        {
          "actual": "(none)",
          "detail": "Without the authorization code grant authentik answers every login with “unauthorized_client”.",
          "expected": "Includes authorization_code",
          "fix": {
            "describe": [
              {
                "after": "authorization_code, refresh_token",
                "before": "(none)",
                "field": "Grant types",
              },
            ],
            "label": "Allow the authorization code grant",
            "patch": {
              "grant_types": [
                "authorization_code",
                "refresh_token",
              ],
            },
          },
          "status": "fail",
        },
        {
          "actual": "refresh_token",
          "detail": "Without the authorization code grant authentik answers every login with “unauthorized_client”.",
          "expected": "Includes authorization_code",
          "fix": {
            "describe": [
              {
                "after": "refresh_token, authorization_code",
                "before": "refresh_token",
                "field": "Grant types",
              },
            ],
            "label": "Allow the authorization code grant",
            "patch": {
              "grant_types": [
                "refresh_token",
                "authorization_code",
              ],
            },
          },
          "status": "fail",
        },
      ]
    `);
  });

  it('encryption key and claims in the ID token', () => {
    expect([evaluateEncryptionKey('pk-enc'), evaluateEncryptionKey(null), evaluateIdTokenClaims(false), evaluateIdTokenClaims(undefined)]).toMatchInlineSnapshot(`
      [
        {
          "actual": "Encryption key pk-enc",
          "detail": "With an encryption key authentik sends the ID token encrypted (JWE), which the app cannot read.",
          "expected": "No encryption key",
          "fix": {
            "describe": [
              {
                "after": "(none)",
                "before": "pk-enc",
                "field": "Encryption key",
              },
            ],
            "label": "Clear the encryption key",
            "patch": {
              "encryption_key": null,
            },
          },
          "status": "fail",
        },
        {
          "actual": "No encryption key",
          "expected": "No encryption key",
          "status": "pass",
        },
        {
          "actual": "Include claims in id_token: off",
          "detail": "The ID token then carries only the subject, not the email address the app reads from it.",
          "expected": "Include claims in id_token: on",
          "fix": {
            "describe": [
              {
                "after": "on",
                "before": "off",
                "field": "Include claims in id_token",
              },
            ],
            "label": "Put the claims into the ID token",
            "patch": {
              "include_claims_in_id_token": true,
            },
          },
          "status": "fail",
        },
        {
          "actual": "Include claims in id_token: on",
          "expected": "Include claims in id_token: on",
          "status": "pass",
        },
      ]
    `);
  });

  it('signing key', () => {
    const jwks = { keys: [{ kid: 'k1', alg: 'RS256', use: 'sig' }] };
    expect([
      evaluateSigningKey(null, null, jwks, ['RS256', 'ES256']),
      evaluateSigningKey(keypair.pk, { ...keypair, key_type: 'dsa' as never }, jwks, ['RS256']),
      evaluateSigningKey(keypair.pk, keypair, { keys: [] }, ['RS256']),
      evaluateSigningKey(keypair.pk, keypair, { keys: [{ kid: 'e1', alg: 'RS256', use: 'enc' }, { alg: 'HS256' }, { kid: 'x' }] }, ['RS256']),
      evaluateSigningKey(keypair.pk, keypair, jwks, ['RS256']),
      evaluateSigningKey(keypair.pk, null, { keys: [{ alg: 'ES256' }] }, ['ES256']),
    ]).toMatchInlineSnapshot(`
      [
        {
          "actual": "No signing key: tokens are signed with HS256 and the client secret, and no keys are published",
          "detail": "Select an RSA or EC certificate with a private key as the provider’s signing key (System › Certificates has authentik’s self-signed one).",
          "expected": "An RSA or EC signing key, published with RS256/ES256",
          "status": "fail",
        },
        {
          "actual": "“authentik Self-signed Certificate” is a DSA key",
          "detail": "Choose an RSA or EC keypair as the signing key.",
          "expected": "An RSA or EC signing key, published with RS256",
          "status": "fail",
        },
        {
          "actual": "The JWKS is empty ({})",
          "detail": "authentik publishes no keys for this provider, so the app cannot verify any token. Check that the signing keypair has a private key.",
          "expected": "An RSA or EC signing key, published with RS256",
          "status": "fail",
        },
        {
          "actual": "Published keys: RS256 (enc), HS256 (no use), ? (no use)",
          "detail": "None of the published keys uses an algorithm the app accepts.",
          "expected": "An RSA or EC signing key, published with RS256",
          "status": "fail",
        },
        {
          "actual": "“authentik Self-signed Certificate”, RS256, key id k1",
          "expected": "An RSA or EC signing key, published with RS256",
          "status": "pass",
        },
        {
          "actual": "ES256, key id ?",
          "expected": "An RSA or EC signing key, published with ES256",
          "status": "pass",
        },
      ]
    `);
  });

  it('discovery document', () => {
    const good = { issuer: setupUrls.issuer, authorization_endpoint: setupUrls.authorize, token_endpoint: setupUrls.token, userinfo_endpoint: setupUrls.user_info, jwks_uri: setupUrls.jwks };
    expect([
      evaluateDiscovery('<html>', setupUrls),
      evaluateDiscovery(good, setupUrls),
      evaluateDiscovery({ ...good, issuer: 'https://other.example/', token_endpoint: 7, userinfo_endpoint: undefined }, setupUrls),
      evaluateDiscovery({ ...good, authorization_endpoint: 'x', jwks_uri: 'y' }, setupUrls),
    ]).toMatchInlineSnapshot(`
      [
        {
          "actual": "Not a JSON object",
          "detail": "authentik answered something that is not a discovery document.",
          "expected": "issuer and endpoints equal the values on the configuration screen",
          "status": "fail",
        },
        {
          "actual": "issuer https://authentik.company/application/o/app/",
          "expected": "issuer and endpoints equal the values on the configuration screen",
          "status": "pass",
        },
        {
          "actual": "issuer: https://other.example/ (expected https://authentik.company/application/o/app/)
      token_endpoint: (none) (expected https://authentik.company/application/o/token/)
      userinfo_endpoint: (none) (expected https://authentik.company/application/o/userinfo/)",
          "detail": "Clients that read the discovery document would use other URLs than the ones entered in the app. Check the provider’s issuer mode and authentik’s external address (reverse proxy headers).",
          "expected": "issuer and endpoints equal the values on the configuration screen",
          "status": "fail",
        },
        {
          "actual": "authorization_endpoint: x (expected https://authentik.company/application/o/authorize/)
      jwks_uri: y (expected https://authentik.company/application/o/app/jwks/)",
          "detail": "Clients that read the discovery document would use other URLs than the ones entered in the app. Check the provider’s issuer mode and authentik’s external address (reverse proxy headers).",
          "expected": "issuer and endpoints equal the values on the configuration screen",
          "status": "fail",
        },
      ]
    `);
  });

  it('email claim', () => {
    const withEmail = { ...admin, email: 'akadmin@authentik.company' };
    expect([
      evaluateEmailClaim({ email: 'a@b.c' }, withEmail, true, { source: 'id_token' }),
      evaluateEmailClaim({ email: '  ' }, { ...admin, email: '' }, true, { source: 'id_token' }),
      evaluateEmailClaim({}, withEmail, false, { source: 'userinfo' }),
      evaluateEmailClaim({}, withEmail, true, { source: 'userinfo' }),
      evaluateEmailClaim({ email: 3 }, withEmail, false, { source: 'id_token' }),
    ]).toMatchInlineSnapshot(`
      [
        {
          "actual": "email: a@b.c",
          "expected": "A non-empty email claim",
          "status": "pass",
        },
        {
          "actual": "No email claim for your user",
          "detail": "Your own authentik account has no email address, so the preview of your token cannot show one. Add an email address to your user (Directory › Users › Edit) and check again; everyone who signs in to the app needs one.",
          "expected": "A non-empty email claim",
          "status": "warn",
        },
        {
          "detail": "authentik’s preview shows the ID token, which carries no claims for this provider; the app reads the userinfo endpoint instead, which the preview does not show.",
          "expected": "A non-empty email claim",
          "status": "unknown",
        },
        {
          "actual": "No email claim",
          "detail": "Your user has an email address, but the token has none: the provider lacks the “email” scope mapping. Add authentik’s default email scope mapping to the provider.",
          "expected": "A non-empty email claim",
          "status": "fail",
        },
        {
          "actual": "No email claim",
          "detail": "The provider leaves the claims out of the ID token (see “Include claims in id_token”).",
          "expected": "A non-empty email claim",
          "status": "fail",
        },
      ]
    `);
  });

  it('the email check previews the token of the connected admin, as that admin, and reads their address again', async () => {
    const answers = { api: { '/providers/oauth2/{id}/preview_user/': { preview: {} }, '/core/users/me/': { user: { email: 'new@authentik.company' } } } };
    const superuser = fakeContext(oidcPair({ include_claims_in_id_token: false }), answers);
    expect(await emailClaimCheck({ source: 'id_token' }).run(superuser.ctx)).toMatchObject({ status: 'fail', detail: 'The provider leaves the claims out of the ID token (see “Include claims in id_token”).' });
    expect(superuser.calls.map((call) => [call.path, call.query])).toEqual([
      ['/providers/oauth2/{id}/preview_user/', { for_user: 7 }],
      ['/core/users/me/', undefined],
    ]);
    const regular = fakeContext(oidcPair(), { api: { ...answers.api, '/core/users/me/': { user: {} } } }, { pk: 8, is_superuser: false, username: 'bob', email: 'old@x' });
    expect((await emailClaimCheck({ source: 'id_token' }).run(regular.ctx)).status).toBe('warn');
    expect(regular.calls[0]?.query).toEqual({});
  });
});

describe('redirect URI verdicts and their fixes, word for word', () => {
  const rule = { expected: 'https://app.example.com/callback', shape: 'https://<app>/callback', typed: true };
  const strict = (url: string, type: 'authorization' | 'logout' = 'authorization') => ({ matching_mode: 'strict' as const, url, redirect_uri_type: type });
  const regex = (url: string) => ({ matching_mode: 'regex' as const, url, redirect_uri_type: 'authorization' as const });

  it('none, a trailing slash, a regex, another URL; only logout entries count as none', () => {
    expect([
      evaluateRedirectUris([strict('https://app.example.com/logged-out', 'logout')], rule),
      evaluateRedirectUris([strict('https://app.example.com/callback//')], rule),
      evaluateRedirectUris([regex('https://app\\.example\\.com/.*'), strict('https://app.example.com/logged-out', 'logout')], rule),
      evaluateRedirectUris([strict('https://app.example.com/other')], rule),
      evaluateRedirectUris([strict('https://app.example.com/other')], { expected: null, shape: 'https://<app>/callback', pattern: /\/callback$/ }),
      evaluateRedirectUris([regex('.*')], { expected: null, shape: 'https://<app>/callback' }),
      evaluateRedirectUris([{ matching_mode: 'strict', url: 'https://app.example.com/callback' } as never], rule),
    ]).toMatchInlineSnapshot(`
      [
        {
          "actual": "(none)",
          "detail": "The provider has no login redirect URI, so authentik refuses every login with “Redirect URI Error”.",
          "expected": "https://app.example.com/callback",
          "fix": {
            "describe": [
              {
                "after": "https://app.example.com/callback",
                "before": "(none)",
                "field": "Redirect URI (Strict, Authorization)",
              },
            ],
            "label": "Add the redirect URI",
            "patch": {
              "redirect_uris": [
                {
                  "matching_mode": "strict",
                  "redirect_uri_type": "logout",
                  "url": "https://app.example.com/logged-out",
                },
                {
                  "matching_mode": "strict",
                  "redirect_uri_type": "authorization",
                  "url": "https://app.example.com/callback",
                },
              ],
            },
          },
          "status": "fail",
        },
        {
          "actual": "https://app.example.com/callback//",
          "detail": "The redirect URI ends with a slash, but the app sends it without one. authentik compares the whole string, so every login fails with “Redirect URI Error”.",
          "expected": "https://app.example.com/callback",
          "fix": {
            "describe": [
              {
                "after": "https://app.example.com/callback",
                "before": "https://app.example.com/callback//",
                "field": "Redirect URI",
              },
            ],
            "label": "Remove the trailing slash",
            "patch": {
              "redirect_uris": [
                {
                  "matching_mode": "strict",
                  "redirect_uri_type": "authorization",
                  "url": "https://app.example.com/callback",
                },
              ],
            },
          },
          "status": "fail",
        },
        {
          "actual": "https://app\\.example\\.com/.* (regex)",
          "detail": "The redirect URI is a regular expression. A loose expression lets other addresses receive login codes; use the exact URL with Strict matching.",
          "expected": "https://app.example.com/callback",
          "fix": {
            "describe": [
              {
                "after": "https://app.example.com/callback (strict)",
                "before": "https://app\\.example\\.com/.* (regex)",
                "field": "Redirect URI",
              },
            ],
            "label": "Use the exact URL (Strict)",
            "patch": {
              "redirect_uris": [
                {
                  "matching_mode": "strict",
                  "redirect_uri_type": "authorization",
                  "url": "https://app.example.com/callback",
                },
                {
                  "matching_mode": "strict",
                  "redirect_uri_type": "logout",
                  "url": "https://app.example.com/logged-out",
                },
              ],
            },
          },
          "status": "fail",
        },
        {
          "actual": "https://app.example.com/other",
          "detail": "The app sends a different redirect URI, so authentik refuses the login with “Redirect URI Error”. Put the exact URL the app shows into the provider.",
          "expected": "https://app.example.com/callback",
          "status": "fail",
        },
        {
          "actual": "https://app.example.com/other",
          "detail": "The redirect URI does not have the shape the app sends, so authentik would refuse the login with “Redirect URI Error”.",
          "expected": "https://<app>/callback",
          "status": "fail",
        },
        {
          "actual": ".* (regex)",
          "detail": "The redirect URI is a regular expression. A loose expression lets other addresses receive login codes; use the exact URL with Strict matching.",
          "expected": "https://<app>/callback",
          "status": "fail",
        },
        {
          "actual": "https://app.example.com/callback",
          "expected": "https://app.example.com/callback",
          "status": "pass",
        },
      ]
    `);
  });

  it('a regex entry that happens to match is still not a strict pass', () => {
    expect(evaluateRedirectUris([regex('https://app.example.com/callback')], rule).status).toBe('fail');
  });
});
