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

/**
 * What a verdict decides — its status, and the fix it offers (the patch, and each field's before and
 * after) — compared exactly. Its wording lives in checks.ts alone: here a verdict only has to name
 * the values the admin must see.
 */
function decided(
  result: { status: string; expected?: string; actual?: string; detail?: string; fix?: { patch: unknown; describe: unknown } },
  ...mentions: string[]
) {
  const said = [result.expected, result.actual, result.detail].filter((text) => text !== undefined).join('\n');
  for (const value of mentions) expect(said, `the verdict names ${value}`).toContain(value);
  return result.fix ? { status: result.status, fix: { patch: result.fix.patch, describe: result.fix.describe } } : { status: result.status };
}

describe('redirect URI', () => {
  it('passes when a strict URI equals the expected one', () => {
    const result = evaluateRedirectUris([strict('https://a.example.com/cb')], { expected: 'https://a.example.com/cb', shape: 'x' });
    expect(result).toMatchObject({ status: 'pass', actual: 'https://a.example.com/cb' });
  });

  it('passes on the pattern when the exact URL is unknown', () => {
    expect(evaluateRedirectUris([strict('https://acme.example.com/callback')], { expected: null, pattern: CALLBACK, shape: 's' }).status).toBe(
      'pass',
    );
  });

  it('offers to strip a trailing slash, keeping the other entries', () => {
    const logout = { matching_mode: 'strict' as const, url: 'https://acme.example.com/bye', redirect_uri_type: 'logout' as const };
    const result = evaluateRedirectUris([strict('https://acme.example.com/callback/'), logout], { expected: null, pattern: CALLBACK, shape: 's' });
    expect(result.status).toBe('fail');
    expect(result.fix?.describe).toEqual([
      { field: 'Redirect URI', before: 'https://acme.example.com/callback/', after: 'https://acme.example.com/callback' },
    ]);
    expect(result.fix?.patch).toEqual({ redirect_uris: [strict('https://acme.example.com/callback'), logout] });
  });

  it('fails without a fix when the URL is simply different', () => {
    const result = evaluateRedirectUris([strict('https://b.example.com/other')], { expected: 'https://b.example.com/cb', shape: 's' });
    expect(result).toMatchObject({ status: 'fail', expected: 'https://b.example.com/cb', actual: 'https://b.example.com/other' });
    expect(result.fix).toBeUndefined();
  });

  it('fails on the shape when only a pattern is known', () => {
    const result = evaluateRedirectUris([strict('https://acme.example.org/callback')], {
      expected: null,
      pattern: CALLBACK,
      shape: 'https://<team>.example.com/callback',
    });
    expect(result).toMatchObject({ status: 'fail', expected: 'https://<team>.example.com/callback' });
  });

  it('replaces a regex with the exact URL when it is known', () => {
    const result = evaluateRedirectUris([{ matching_mode: 'regex', url: 'https://.*', redirect_uri_type: 'authorization' }], {
      expected: 'https://c.example.com/cb',
      shape: 's',
    });
    expect(result.status).toBe('fail');
    expect(result.fix?.patch).toEqual({ redirect_uris: [strict('https://c.example.com/cb')] });
  });

  it('adds the expected URI when there is none, and cannot when it is unknown', () => {
    expect(evaluateRedirectUris([], { expected: 'https://d.example.com/cb', shape: 's' }).fix?.patch).toEqual({
      redirect_uris: [strict('https://d.example.com/cb')],
    });
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
    const notFound = fakeContext(pair, {
      public: { [url]: new AuthentikApiError({ kind: 'not-authentik', status: 404, contentType: 'text/html' }) },
    });
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

  it('each has its id, a title and a reason', () => {
    const checks = made();
    expect(checks.map((check) => check.id)).toEqual([
      'redirect-uri',
      'grant-types',
      'signing-key',
      'encryption-key',
      'id-token-claims',
      'discovery',
      'email-claim',
    ]);
    for (const check of checks) {
      expect(check.fields, check.id).toBeUndefined();
      expect(check.title, check.id).not.toBe('');
      expect(check.why, check.id).toMatch(/\.$/);
    }
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
    for (const check of made()) expect(decided(await check.run(fakeContext(samlPair()).ctx), 'OAuth2/OpenID')).toEqual({ status: 'unknown' });
  });

  it('on an OpenID pair the pair checks read the provider the wizard created', async () => {
    // (The signing key check reads the JWKS; it has its own tests above.)
    const pairChecks = made().filter((check) => ['redirect-uri', 'grant-types', 'encryption-key', 'id-token-claims'].includes(check.id));
    const results = await Promise.all(pairChecks.map((check) => check.run(fakeContext(oidcPair()).ctx)));
    expect([
      decided(results[0]!, 'https://app.example.com/callback'),
      decided(results[1]!, 'authorization_code'),
      decided(results[2]!),
      decided(results[3]!),
    ]).toEqual([{ status: 'pass' }, { status: 'pass' }, { status: 'pass' }, { status: 'pass' }]);
  });

  it('a redirect URI rule without an exact URL checks the shape, and a pattern the URL must fit', async () => {
    const byShape = redirectUriCheck({ shape: 'https://<team>.example.com/callback', pattern: /^https:\/\/[a-z]+\.example\.com\/callback$/ });
    expect(
      await byShape.run(
        fakeContext(
          oidcPair({ redirect_uris: [{ matching_mode: 'strict', url: 'https://acme.example.com/callback', redirect_uri_type: 'authorization' }] }),
        ).ctx,
      ),
    ).toEqual({
      status: 'pass',
      expected: 'https://<team>.example.com/callback',
      actual: 'https://acme.example.com/callback',
    });
    expect(
      (
        await byShape.run(
          fakeContext(
            oidcPair({ redirect_uris: [{ matching_mode: 'strict', url: 'https://evil.test/callback', redirect_uri_type: 'authorization' }] }),
          ).ctx,
        )
      ).status,
    ).toBe('fail');
    const noPattern = redirectUriCheck({ shape: 'anything' });
    expect((await noPattern.run(fakeContext(oidcPair()).ctx)).status).toBe('fail');
  });
});

describe('every OpenID verdict: its status, its fix and the values it names', () => {
  const setupUrls = oidcPair().setupUrls;

  it('grant types', () => {
    expect([decided(evaluateGrantTypes([]), 'unauthorized_client'), decided(evaluateGrantTypes(['refresh_token']), 'refresh_token')]).toEqual([
      {
        status: 'fail',
        fix: {
          patch: { grant_types: ['authorization_code', 'refresh_token'] },
          describe: [{ field: 'Grant types', before: '(none)', after: 'authorization_code, refresh_token' }],
        },
      },
      {
        status: 'fail',
        fix: {
          patch: { grant_types: ['refresh_token', 'authorization_code'] },
          describe: [{ field: 'Grant types', before: 'refresh_token', after: 'refresh_token, authorization_code' }],
        },
      },
    ]);
  });

  it('encryption key and claims in the ID token', () => {
    expect([
      decided(evaluateEncryptionKey('pk-enc'), 'pk-enc'),
      decided(evaluateEncryptionKey(null)),
      decided(evaluateIdTokenClaims(false), 'Include claims in id_token'),
      decided(evaluateIdTokenClaims(undefined)),
    ]).toEqual([
      { status: 'fail', fix: { patch: { encryption_key: null }, describe: [{ field: 'Encryption key', before: 'pk-enc', after: '(none)' }] } },
      { status: 'pass' },
      {
        status: 'fail',
        fix: { patch: { include_claims_in_id_token: true }, describe: [{ field: 'Include claims in id_token', before: 'off', after: 'on' }] },
      },
      { status: 'pass' },
    ]);
  });

  it('signing key', () => {
    const jwks = { keys: [{ kid: 'k1', alg: 'RS256', use: 'sig' }] };
    expect([
      decided(evaluateSigningKey(null, null, jwks, ['RS256', 'ES256']), 'HS256', 'RS256/ES256'),
      decided(evaluateSigningKey(keypair.pk, { ...keypair, key_type: 'dsa' as never }, jwks, ['RS256']), 'authentik Self-signed Certificate', 'DSA'),
      decided(evaluateSigningKey(keypair.pk, keypair, { keys: [] }, ['RS256']), '{}'),
      decided(
        evaluateSigningKey(keypair.pk, keypair, { keys: [{ kid: 'e1', alg: 'RS256', use: 'enc' }, { alg: 'HS256' }, { kid: 'x' }] }, ['RS256']),
        'RS256 (enc)',
        'HS256 (no use)',
      ),
      decided(evaluateSigningKey(keypair.pk, keypair, jwks, ['RS256']), 'authentik Self-signed Certificate', 'RS256', 'k1'),
      decided(evaluateSigningKey(keypair.pk, null, { keys: [{ alg: 'ES256' }] }, ['ES256']), 'ES256'),
    ]).toEqual([{ status: 'fail' }, { status: 'fail' }, { status: 'fail' }, { status: 'fail' }, { status: 'pass' }, { status: 'pass' }]);
  });

  it('discovery document', () => {
    const good = {
      issuer: setupUrls.issuer,
      authorization_endpoint: setupUrls.authorize,
      token_endpoint: setupUrls.token,
      userinfo_endpoint: setupUrls.user_info,
      jwks_uri: setupUrls.jwks,
    };
    expect([
      decided(evaluateDiscovery('<html>', setupUrls)),
      decided(evaluateDiscovery(good, setupUrls), setupUrls.issuer),
      decided(
        evaluateDiscovery({ ...good, issuer: 'https://other.example/', token_endpoint: 7, userinfo_endpoint: undefined }, setupUrls),
        'issuer: https://other.example/',
        setupUrls.issuer,
        'token_endpoint',
        setupUrls.token,
        'userinfo_endpoint',
        setupUrls.user_info,
      ),
      decided(
        evaluateDiscovery({ ...good, authorization_endpoint: 'x', jwks_uri: 'y' }, setupUrls),
        'authorization_endpoint: x',
        setupUrls.authorize,
        'jwks_uri: y',
        setupUrls.jwks,
      ),
    ]).toEqual([{ status: 'fail' }, { status: 'pass' }, { status: 'fail' }, { status: 'fail' }]);
  });

  it('email claim', () => {
    const withEmail = { ...admin, email: 'akadmin@authentik.company' };
    expect([
      decided(evaluateEmailClaim({ email: 'a@b.c' }, withEmail, true, { source: 'id_token' }), 'a@b.c'),
      decided(evaluateEmailClaim({ email: '  ' }, { ...admin, email: '' }, true, { source: 'id_token' }), 'Directory › Users'),
      decided(evaluateEmailClaim({}, withEmail, false, { source: 'userinfo' }), 'userinfo'),
      decided(evaluateEmailClaim({}, withEmail, true, { source: 'userinfo' }), 'email'),
      decided(evaluateEmailClaim({ email: 3 }, withEmail, false, { source: 'id_token' }), 'Include claims in id_token'),
    ]).toEqual([{ status: 'pass' }, { status: 'warn' }, { status: 'unknown' }, { status: 'fail' }, { status: 'fail' }]);
  });

  it('the email check previews the token of the connected admin, as that admin, and reads their address again', async () => {
    const answers = {
      api: { '/providers/oauth2/{id}/preview_user/': { preview: {} }, '/core/users/me/': { user: { email: 'new@authentik.company' } } },
    };
    const superuser = fakeContext(oidcPair({ include_claims_in_id_token: false }), answers);
    expect(decided(await emailClaimCheck({ source: 'id_token' }).run(superuser.ctx), 'Include claims in id_token')).toEqual({ status: 'fail' });
    expect(superuser.calls.map((call) => [call.path, call.query])).toEqual([
      ['/providers/oauth2/{id}/preview_user/', { for_user: 7 }],
      ['/core/users/me/', undefined],
    ]);
    const regular = fakeContext(
      oidcPair(),
      { api: { ...answers.api, '/core/users/me/': { user: {} } } },
      { pk: 8, is_superuser: false, username: 'bob', email: 'old@x' },
    );
    expect((await emailClaimCheck({ source: 'id_token' }).run(regular.ctx)).status).toBe('warn');
    expect(regular.calls[0]?.query).toEqual({});
  });
});

describe('redirect URI verdicts: their status, their fixes and the values they name', () => {
  const rule = { expected: 'https://app.example.com/callback', shape: 'https://<app>/callback', typed: true };
  const strict = (url: string, type: 'authorization' | 'logout' = 'authorization') => ({
    matching_mode: 'strict' as const,
    url,
    redirect_uri_type: type,
  });
  const regex = (url: string) => ({ matching_mode: 'regex' as const, url, redirect_uri_type: 'authorization' as const });

  it('none, a trailing slash, a regex, another URL; only logout entries count as none', () => {
    const loggedOut = strict('https://app.example.com/logged-out', 'logout');
    const callback = strict('https://app.example.com/callback');
    expect([
      decided(evaluateRedirectUris([loggedOut], rule), 'Redirect URI Error', 'https://app.example.com/callback'),
      decided(evaluateRedirectUris([strict('https://app.example.com/callback//')], rule), 'https://app.example.com/callback//'),
      decided(evaluateRedirectUris([regex('https://app\\.example\\.com/.*'), loggedOut], rule), 'https://app\\.example\\.com/.*', 'Strict'),
      decided(
        evaluateRedirectUris([strict('https://app.example.com/other')], rule),
        'https://app.example.com/other',
        'https://app.example.com/callback',
        'Redirect URI Error',
      ),
      decided(
        evaluateRedirectUris([strict('https://app.example.com/other')], { expected: null, shape: 'https://<app>/callback', pattern: /\/callback$/ }),
        'https://app.example.com/other',
        'https://<app>/callback',
      ),
      decided(evaluateRedirectUris([regex('.*')], { expected: null, shape: 'https://<app>/callback' }), '.*', 'https://<app>/callback'),
      decided(
        evaluateRedirectUris([{ matching_mode: 'strict', url: 'https://app.example.com/callback' } as never], rule),
        'https://app.example.com/callback',
      ),
    ]).toEqual([
      {
        status: 'fail',
        fix: {
          patch: { redirect_uris: [loggedOut, callback] },
          describe: [{ field: 'Redirect URI (Strict, Authorization)', before: '(none)', after: 'https://app.example.com/callback' }],
        },
      },
      {
        status: 'fail',
        fix: {
          patch: { redirect_uris: [callback] },
          describe: [{ field: 'Redirect URI', before: 'https://app.example.com/callback//', after: 'https://app.example.com/callback' }],
        },
      },
      {
        status: 'fail',
        fix: {
          patch: { redirect_uris: [callback, loggedOut] },
          describe: [{ field: 'Redirect URI', before: 'https://app\\.example\\.com/.* (regex)', after: 'https://app.example.com/callback (strict)' }],
        },
      },
      { status: 'fail' },
      { status: 'fail' },
      { status: 'fail' },
      { status: 'pass' },
    ]);
  });

  it('a regex entry that happens to match is still not a strict pass', () => {
    expect(evaluateRedirectUris([regex('https://app.example.com/callback')], rule).status).toBe('fail');
  });
});
