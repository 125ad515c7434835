/**
 * Checks of an OAuth2/OpenID provider: redirect URIs, grant types, keys, claims, the discovery
 * document and what a user's ID token would carry.
 */
import { unwrap } from '../../../../lib/authentik/client';
import type { components } from '../../../../lib/authentik/schema.gen';
import { keyTypeOf } from '../../../../lib/authentik/keys';
import type { CertificateKeyPair, CreatedPair, OAuth2Provider, OAuth2ProviderSetupURLs } from '../../model/types';
import { pairCheck, type Check, type CheckResult, type CheckText, type CheckUser } from '../../model/checks/types';
import { isNotFound, isRecord, notApplicable, publicJson, shown, type OidcPair } from '../../model/checks/util';

type RedirectUri = OAuth2Provider['redirect_uris'][number];
type GrantType = NonNullable<OAuth2Provider['grant_types']>[number];

function oidc(pair: CreatedPair): OidcPair | null {
  return pair.protocol === 'oidc' ? pair : null;
}

function loginUris(uris: readonly RedirectUri[]): RedirectUri[] {
  return uris.filter((uri) => (uri.redirect_uri_type ?? 'authorization') === 'authorization');
}

/** An entry as a PATCH sends it back: with a type only where the release has types (2026.5+). */
type RedirectRequest = Omit<components['schemas']['RedirectURIRequest'], 'redirect_uri_type'> & {
  redirect_uri_type?: RedirectUri['redirect_uri_type'];
};

function asRequest(uri: RedirectUri): RedirectRequest {
  return {
    matching_mode: uri.matching_mode,
    url: uri.url,
    ...(uri.redirect_uri_type !== undefined ? { redirect_uri_type: uri.redirect_uri_type } : {}),
  };
}

/** A new login entry, typed like the provider's other entries (or by the rule when it has none). */
function loginEntry(url: string, typed: boolean): RedirectRequest {
  return { matching_mode: 'strict', url, ...(typed ? { redirect_uri_type: 'authorization' as const } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Redirect URIs

export interface RedirectUriRule {
  /** The exact URL the app sends, when the pair tells (e.g. from the launch URL); else null. */
  expected: string | null;
  /** What a correct URL looks like, when the exact one is unknown. */
  pattern?: RegExp;
  /** The expected shape in words, e.g. "https://<team>.example.com/callback". */
  shape: string;
  /** The release has redirect URI types (2026.5+), so new entries carry one. */
  typed?: boolean;
}

export function evaluateRedirectUris(uris: readonly RedirectUri[], rule: RedirectUriRule): CheckResult {
  const expected = rule.expected ?? rule.shape;
  const login = loginUris(uris);
  const fits = (url: string) => (rule.expected !== null ? url === rule.expected : (rule.pattern?.test(url) ?? false));
  if (login.length === 0) {
    return {
      status: 'fail',
      expected,
      actual: '(none)',
      detail: 'The provider has no login redirect URI, so authentik refuses every login with “Redirect URI Error”.',
      ...(rule.expected !== null
        ? {
            fix: {
              label: 'Add the redirect URI',
              describe: [{ field: 'Redirect URI (Strict, Authorization)', before: '(none)', after: rule.expected }],
              patch: { redirect_uris: [...uris.map(asRequest), loginEntry(rule.expected, rule.typed ?? true)] },
            },
          }
        : {}),
    };
  }
  const good = login.find((uri) => uri.matching_mode === 'strict' && fits(uri.url));
  if (good) return { status: 'pass', expected, actual: good.url };

  const actual = login.map((uri) => (uri.matching_mode === 'regex' ? `${uri.url} (regex)` : uri.url)).join('\n');
  for (const uri of login) {
    const stripped = uri.url.replace(/\/+$/, '');
    if (uri.matching_mode === 'strict' && stripped !== uri.url && fits(stripped)) {
      return {
        status: 'fail',
        expected,
        actual,
        detail:
          'The redirect URI ends with a slash, but the app sends it without one. authentik compares the whole string, so every login fails with “Redirect URI Error”.',
        fix: {
          label: 'Remove the trailing slash',
          describe: [{ field: 'Redirect URI', before: uri.url, after: stripped }],
          patch: { redirect_uris: uris.map((entry) => (entry === uri ? { ...asRequest(entry), url: stripped } : asRequest(entry))) },
        },
      };
    }
  }
  const regex = login.find((uri) => uri.matching_mode === 'regex');
  if (regex) {
    return {
      status: 'fail',
      expected,
      actual,
      detail:
        'The redirect URI is a regular expression. A loose expression lets other addresses receive login codes; use the exact URL with Strict matching.',
      ...(rule.expected !== null
        ? {
            fix: {
              label: 'Use the exact URL (Strict)',
              describe: [{ field: 'Redirect URI', before: `${regex.url} (regex)`, after: `${rule.expected} (strict)` }],
              patch: {
                redirect_uris: uris.map((entry) =>
                  entry === regex ? loginEntry(rule.expected ?? '', entry.redirect_uri_type !== undefined) : asRequest(entry),
                ),
              },
            },
          }
        : {}),
    };
  }
  return {
    status: 'fail',
    expected,
    actual,
    detail:
      rule.expected !== null
        ? 'The app sends a different redirect URI, so authentik refuses the login with “Redirect URI Error”. Put the exact URL the app shows into the provider.'
        : 'The redirect URI does not have the shape the app sends, so authentik would refuse the login with “Redirect URI Error”.',
  };
}

export function redirectUriCheck(options: CheckText & { expected?: (pair: OidcPair) => string | null; pattern?: RegExp; shape: string }): Check {
  return pairCheck({
    id: 'redirect-uri',
    title: options.title ?? 'The redirect URI is exactly the one the app sends',
    why: options.why ?? 'authentik compares the redirect URI character by character; any difference stops every login.',
    evaluate: (pair) => {
      const found = oidc(pair);
      if (!found) return notApplicable('OAuth2/OpenID');
      const rule: RedirectUriRule = { expected: options.expected?.(found) ?? null, shape: options.shape, typed: 'grant_types' in found.provider };
      if (options.pattern) rule.pattern = options.pattern;
      return evaluateRedirectUris(found.provider.redirect_uris, rule);
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Grant types

const CODE_GRANTS: GrantType[] = ['authorization_code', 'refresh_token'];

export function evaluateGrantTypes(grantTypes: readonly GrantType[] | undefined): CheckResult {
  const current = grantTypes ?? [];
  const expected = 'Includes authorization_code';
  const list = current.length > 0 ? current.join(', ') : '(none)';
  if (current.includes('authorization_code')) return { status: 'pass', expected, actual: list };
  const after = [...new Set([...current, ...CODE_GRANTS])];
  return {
    status: 'fail',
    expected,
    actual: list,
    detail: 'Without the authorization code grant authentik answers every login with “unauthorized_client”.',
    fix: {
      label: 'Allow the authorization code grant',
      describe: [{ field: 'Grant types', before: list, after: after.join(', ') }],
      patch: { grant_types: after },
    },
  };
}

export function grantTypesCheck(text: CheckText = {}): Check {
  return pairCheck({
    id: 'grant-types',
    title: text.title ?? 'The authorization code grant is allowed',
    why: text.why ?? 'The app signs users in with the authorization code flow; without that grant every login is refused.',
    evaluate: (pair) => {
      const found = oidc(pair);
      if (!found) return notApplicable('OAuth2/OpenID');
      // Before 2026.5 the setting does not exist and authentik allows every grant.
      if (!('grant_types' in found.provider))
        return {
          status: 'pass',
          expected: 'Includes authorization_code',
          actual: 'This authentik release has no grant types: every grant is allowed',
        };
      return evaluateGrantTypes(found.provider.grant_types);
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Signing key and the published keys (JWKS)

export const ASYMMETRIC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512'];

export function evaluateSigningKey(
  signingKeyPk: string | null | undefined,
  keypair: CertificateKeyPair | null,
  jwks: unknown,
  algorithms: readonly string[],
): CheckResult {
  const expected = `An RSA or EC signing key, published with ${algorithms.join('/')}`;
  if (!signingKeyPk) {
    return {
      status: 'fail',
      expected,
      actual: 'No signing key: tokens are signed with HS256 and the client secret, and no keys are published',
      detail:
        'Select an RSA or EC certificate with a private key as the provider’s signing key (System › Certificates has authentik’s self-signed one).',
    };
  }
  const type = keypair ? keyTypeOf(keypair) : null;
  if (keypair && type !== null && type !== 'rsa' && type !== 'ec') {
    return {
      status: 'fail',
      expected,
      actual: `“${keypair.name}” is a ${type.toUpperCase()} key`,
      detail: 'Choose an RSA or EC keypair as the signing key.',
    };
  }
  const keys = isRecord(jwks) && Array.isArray(jwks.keys) ? jwks.keys.filter(isRecord) : [];
  if (keys.length === 0) {
    return {
      status: 'fail',
      expected,
      actual: 'The JWKS is empty ({})',
      detail: 'authentik publishes no keys for this provider, so the app cannot verify any token. Check that the signing keypair has a private key.',
    };
  }
  const usable = keys.find((key) => key.use !== 'enc' && typeof key.alg === 'string' && algorithms.includes(key.alg));
  if (!usable) {
    const found = keys.map((key) => `${String(key.alg ?? '?')} (${String(key.use ?? 'no use')})`).join(', ');
    return { status: 'fail', expected, actual: `Published keys: ${found}`, detail: 'None of the published keys uses an algorithm the app accepts.' };
  }
  const name = keypair ? `“${keypair.name}”, ` : '';
  return { status: 'pass', expected, actual: `${name}${String(usable.alg)}, key id ${String(usable.kid ?? '?')}` };
}

export function signingKeyCheck(options: CheckText & { algorithms?: readonly string[] } = {}): Check {
  const algorithms = options.algorithms ?? ASYMMETRIC_ALGORITHMS;
  return {
    id: 'signing-key',
    title: options.title ?? 'Tokens are signed with a published RSA or EC key',
    why: options.why ?? 'The app verifies each ID token with the keys authentik publishes; with no usable key, no token verifies.',
    run: async (ctx) => {
      const found = oidc(ctx.pair);
      if (!found) return notApplicable('OAuth2/OpenID');
      if (!found.provider.signing_key) return evaluateSigningKey(null, null, {}, algorithms);
      if (!found.setupUrls.jwks) return { status: 'fail', detail: 'authentik reports no JWKS URL: the provider has no application.' };
      return evaluateSigningKey(found.provider.signing_key, found.signingKey, await publicJson(ctx, found.setupUrls.jwks), algorithms);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// No encryption key

export function evaluateEncryptionKey(encryptionKeyPk: string | null | undefined): CheckResult {
  const expected = 'No encryption key';
  if (!encryptionKeyPk) return { status: 'pass', expected, actual: 'No encryption key' };
  return {
    status: 'fail',
    expected,
    actual: `Encryption key ${encryptionKeyPk}`,
    detail: 'With an encryption key authentik sends the ID token encrypted (JWE), which the app cannot read.',
    fix: {
      label: 'Clear the encryption key',
      describe: [{ field: 'Encryption key', before: encryptionKeyPk, after: '(none)' }],
      patch: { encryption_key: null },
    },
  };
}

export function encryptionKeyCheck(text: CheckText = {}): Check {
  return pairCheck({
    id: 'encryption-key',
    title: text.title ?? 'ID tokens are not encrypted',
    why: text.why ?? 'An encrypted ID token cannot be verified by an app that expects a signed one.',
    evaluate: (pair) => {
      const found = oidc(pair);
      return found ? evaluateEncryptionKey(found.provider.encryption_key) : notApplicable('OAuth2/OpenID');
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Claims in the ID token

export function evaluateIdTokenClaims(includeClaims: boolean | undefined): CheckResult {
  const expected = 'Include claims in id_token: on';
  if (includeClaims !== false) return { status: 'pass', expected, actual: expected };
  return {
    status: 'fail',
    expected,
    actual: 'Include claims in id_token: off',
    detail: 'The ID token then carries only the subject, not the email address the app reads from it.',
    fix: {
      label: 'Put the claims into the ID token',
      describe: [{ field: 'Include claims in id_token', before: 'off', after: 'on' }],
      patch: { include_claims_in_id_token: true },
    },
  };
}

export function idTokenClaimsCheck(text: CheckText = {}): Check {
  return pairCheck({
    id: 'id-token-claims',
    title: text.title ?? 'The ID token carries the user’s claims',
    why: text.why ?? 'The app reads the email address from the ID token; without the claims it cannot identify the user.',
    evaluate: (pair) => {
      const found = oidc(pair);
      return found ? evaluateIdTokenClaims(found.provider.include_claims_in_id_token) : notApplicable('OAuth2/OpenID');
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Discovery document

const DISCOVERY_FIELDS: ReadonlyArray<readonly [string, keyof OAuth2ProviderSetupURLs]> = [
  ['issuer', 'issuer'],
  ['authorization_endpoint', 'authorize'],
  ['token_endpoint', 'token'],
  ['userinfo_endpoint', 'user_info'],
  ['jwks_uri', 'jwks'],
];

export function evaluateDiscovery(document: unknown, setupUrls: OAuth2ProviderSetupURLs): CheckResult {
  const expected = 'issuer and endpoints equal the values on the configuration screen';
  if (!isRecord(document))
    return { status: 'fail', expected, actual: 'Not a JSON object', detail: 'authentik answered something that is not a discovery document.' };
  const differences: string[] = [];
  for (const [field, key] of DISCOVERY_FIELDS) {
    const want = setupUrls[key];
    const got = document[field];
    if (typeof want === 'string' && got !== want)
      differences.push(`${field}: ${typeof got === 'string' ? got : shown(undefined)} (expected ${want})`);
  }
  if (differences.length === 0) return { status: 'pass', expected, actual: `issuer ${String(document.issuer)}` };
  return {
    status: 'fail',
    expected,
    actual: differences.join('\n'),
    detail:
      'Clients that read the discovery document would use other URLs than the ones entered in the app. Check the provider’s issuer mode and authentik’s external address (reverse proxy headers).',
  };
}

export function discoveryCheck(text: CheckText = {}): Check {
  return {
    id: 'discovery',
    title: text.title ?? 'The discovery document is served and matches',
    why: text.why ?? 'The app or its library may read the OpenID configuration; if it is missing or points elsewhere, logins fail.',
    run: async (ctx) => {
      const found = oidc(ctx.pair);
      if (!found) return notApplicable('OAuth2/OpenID');
      const url = found.setupUrls.provider_info;
      if (!url) return { status: 'fail', detail: 'authentik reports no discovery URL: the provider has no application.' };
      try {
        return evaluateDiscovery(await publicJson(ctx, url), found.setupUrls);
      } catch (error) {
        if (isNotFound(error))
          return {
            status: 'fail',
            expected: `HTTP 200 at ${url}`,
            actual: 'HTTP 404',
            detail: 'authentik serves no discovery document at this address.',
          };
        throw error;
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The email claim a user would receive

export interface EmailClaimOptions {
  /** Where the app reads the email from: the ID token, or the userinfo endpoint. */
  source: 'id_token' | 'userinfo';
}

export function evaluateEmailClaim(
  preview: Record<string, unknown>,
  user: CheckUser,
  includeClaims: boolean,
  options: EmailClaimOptions,
): CheckResult {
  const expected = 'A non-empty email claim';
  const email = preview.email;
  if (typeof email === 'string' && email.trim() !== '') return { status: 'pass', expected, actual: `email: ${email}` };
  if (!user.email) {
    return {
      status: 'warn',
      expected,
      actual: 'No email claim for your user',
      detail:
        'Your own authentik account has no email address, so the preview of your token cannot show one. Add an email address to your user (Directory › Users › Edit) and check again; everyone who signs in to the app needs one.',
    };
  }
  if (options.source === 'userinfo' && !includeClaims) {
    return {
      status: 'unknown',
      expected,
      detail:
        'authentik’s preview shows the ID token, which carries no claims for this provider; the app reads the userinfo endpoint instead, which the preview does not show.',
    };
  }
  return {
    status: 'fail',
    expected,
    actual: 'No email claim',
    detail: includeClaims
      ? 'Your user has an email address, but the token has none: the provider lacks the “email” scope mapping. Add authentik’s default email scope mapping to the provider.'
      : 'The provider leaves the claims out of the ID token (see “Include claims in id_token”).',
  };
}

export function emailClaimCheck(options: CheckText & EmailClaimOptions): Check {
  return {
    id: 'email-claim',
    title: options.title ?? 'Your login would carry an email address',
    why: options.why ?? 'The app identifies users by their email address; without it the login cannot be matched to an account.',
    run: async ({ pair, client, user, signal }) => {
      const found = oidc(pair);
      if (!found) return notApplicable('OAuth2/OpenID');
      const query = user.is_superuser ? { for_user: user.pk } : {};
      // The user is read again: an email address added since connecting counts.
      const [answer, me] = await Promise.all([
        unwrap(client.api.GET('/providers/oauth2/{id}/preview_user/', { params: { path: { id: found.provider.pk }, query }, signal })),
        unwrap(client.api.GET('/core/users/me/', { signal })),
      ]);
      return evaluateEmailClaim(
        answer.preview,
        { ...user, email: me.user.email ?? '' },
        found.provider.include_claims_in_id_token !== false,
        options,
      );
    },
  };
}
