/**
 * The public OAuth2/OIDC surface below /application/o/: discovery document, JWKS, the
 * `<slug>/` redirect and a minimal `authorize/` that checks client_id and redirect_uri exactly like
 * authentik and records the `configuration_error` event on a mismatch.
 */
import { createHash } from 'node:crypto';
import type { RequestInfo } from './context.ts';
import { modelRef, recordEvent } from './context.ts';
import type { HttpResult } from './http.ts';
import { errorPage, json, notFoundPage, redirect } from './http.ts';
import { oauth2Issuer } from './preview.ts';
import { compilePythonRegex } from './provider-model.ts';
import { keypairKid } from './serializers.ts';
import type { SimKeypair, SimOAuth2Provider, SimulatorState } from './types.ts';

export function oauth2ProviderForSlug(state: SimulatorState, slug: string): SimOAuth2Provider | null {
  const app = state.applications.find((entry) => entry.slug === slug);
  if (!app) return null;
  const provider = state.providers.find((entry) => entry.pk === app.provider);
  return provider?.kind === 'oauth2' ? provider : null;
}

function base64url(buffer: Buffer): string {
  return buffer.toString('base64url');
}

/** RS256 / ES256 / HS256, as `JWTAlgorithms.from_private_key` picks them. */
export function signingAlgorithm(keypair: SimKeypair | undefined): string {
  if (!keypair || !keypair.privateKeyPem) return 'HS256';
  if (keypair.keyType === 'ec') {
    const curve = keypair.publicJwk.crv;
    return curve === 'P-384' ? 'ES384' : curve === 'P-521' ? 'ES512' : 'ES256';
  }
  return 'RS256';
}

function jwkFor(keypair: SimKeypair, use: 'sig' | 'enc'): Record<string, unknown> | null {
  if (!keypair.privateKeyPem) return null;
  const der = Buffer.from(keypair.certificateDerBase64, 'base64');
  const jwk: Record<string, unknown> = { kid: keypairKid(keypair), use };
  const pub = keypair.publicJwk;
  if (keypair.keyType === 'ec') {
    Object.assign(jwk, { kty: 'EC', alg: use === 'sig' ? signingAlgorithm(keypair) : 'ECDH-ES', crv: pub.crv, x: pub.x, y: pub.y });
  } else {
    Object.assign(jwk, { kty: 'RSA', alg: use === 'sig' ? 'RS256' : 'RSA-OAEP-256', n: pub.n, e: pub.e });
  }
  jwk.x5c = [keypair.certificateDerBase64];
  jwk.x5t = base64url(createHash('sha1').update(der).digest());
  jwk['x5t#S256'] = base64url(createHash('sha256').update(der).digest());
  return jwk;
}

export function jwksDocument(state: SimulatorState, provider: SimOAuth2Provider): Record<string, unknown> {
  const keys: Array<Record<string, unknown>> = [];
  const signing = state.keypairs.find((keypair) => keypair.pk === provider.signing_key);
  const encryption = state.keypairs.find((keypair) => keypair.pk === provider.encryption_key);
  const signingJwk = signing ? jwkFor(signing, 'sig') : null;
  if (signingJwk) keys.push(signingJwk);
  const encryptionJwk = encryption ? jwkFor(encryption, 'enc') : null;
  if (encryptionJwk) keys.push(encryptionJwk);
  return keys.length > 0 ? { keys } : {};
}

const SCOPE_CLAIMS: Record<string, string[]> = {
  email: ['email', 'email_verified'],
  profile: ['name', 'given_name', 'preferred_username', 'nickname', 'groups'],
  entitlements: ['entitlements'],
};

export function discoveryDocument(state: SimulatorState, provider: SimOAuth2Provider, slug: string, origin: string): Record<string, unknown> {
  const scopes = provider.property_mappings
    .map((pk) => state.scopeMappings.find((mapping) => mapping.pk === pk)?.scope_name)
    .filter((scope): scope is string => Boolean(scope));
  const scopesSupported = [...new Set(['openid', ...scopes])];
  const claims = ['sub', 'iss', 'aud', 'exp', 'iat', 'auth_time', 'acr', 'amr', 'nonce'];
  for (const scope of scopesSupported) claims.push(...(SCOPE_CLAIMS[scope] ?? []));
  const signing = state.keypairs.find((keypair) => keypair.pk === provider.signing_key);
  const app = `${origin}/application/o`;
  return {
    issuer: oauth2Issuer(state, provider, origin),
    authorization_endpoint: `${app}/authorize/`,
    token_endpoint: `${app}/token/`,
    userinfo_endpoint: `${app}/userinfo/`,
    end_session_endpoint: `${app}/${slug}/end-session/`,
    introspection_endpoint: `${app}/introspect/`,
    revocation_endpoint: `${app}/revoke/`,
    device_authorization_endpoint: `${app}/device/`,
    backchannel_logout_supported: true,
    backchannel_logout_session_supported: true,
    response_types_supported: ['code', 'id_token', 'id_token token', 'code token', 'code id_token', 'code id_token token'],
    response_modes_supported: ['query', 'fragment', 'form_post'],
    jwks_uri: `${app}/${slug}/jwks/`,
    grant_types_supported: [...provider.grant_types],
    id_token_signing_alg_values_supported: [signingAlgorithm(signing)],
    subject_types_supported: ['public'],
    token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
    acr_values_supported: ['goauthentik.io/providers/oauth2/default'],
    scopes_supported: scopesSupported,
    request_parameter_supported: false,
    claims_supported: [...new Set(claims)],
    claims_parameter_supported: false,
    code_challenge_methods_supported: ['plain', 'S256'],
  };
}

function redirectUriMatches(allowed: SimOAuth2Provider['redirect_uris'][number], candidate: string): boolean {
  if (allowed.matching_mode === 'strict') return allowed.url === candidate;
  return compilePythonRegex(allowed.url)?.test(candidate) ?? false;
}

/** Origin (scheme://host[:port]) of a URL, or null. */
function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.origin === 'null' ? null : parsed.origin;
  } catch {
    return null;
  }
}

/** `cors_allow`: ACAO only for origins that match one of the provider's redirect URIs. */
export function corsHeaders(provider: SimOAuth2Provider, origin: string | undefined): Record<string, string> {
  if (!origin) return {};
  const allowed = provider.redirect_uris.some((uri) => {
    if (uri.matching_mode === 'strict') return originOf(uri.url) === origin;
    const regex = compilePythonRegex(uri.url);
    return regex ? regex.test(origin) || regex.test(`${origin}/`) : false;
  });
  if (!allowed) return {};
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' };
}

/** `GET /application/o/authorize/` up to the point where authentik would start the flow. */
export function authorize(info: RequestInfo): HttpResult {
  const { state, query } = info;
  const clientId = query.get('client_id') ?? '';
  const provider = state.providers.find((entry): entry is SimOAuth2Provider => entry.kind === 'oauth2' && entry.client_id === clientId);
  if (!provider) {
    return errorPage(400, 'Client ID Error', 'The client identifier (client_id) is missing or invalid.');
  }
  const redirectUri = query.get('redirect_uri') ?? '';
  const allowed = provider.redirect_uris.filter((uri) => uri.redirect_uri_type === 'authorization');
  if (allowed.length === 0 && redirectUri) {
    // authentik stores the first redirect URI it sees when none is configured
    provider.redirect_uris.push({ matching_mode: 'strict', url: redirectUri, redirect_uri_type: 'authorization' });
  } else if (!allowed.some((uri) => redirectUriMatches(uri, redirectUri))) {
    recordEvent(info, 'configuration_error', 'authentik.providers.oauth2.views.authorize', {
      message:
        `Invalid redirect URI was used. Client used '${redirectUri}'. ` + `Allowed redirect URIs are ${allowed.map((uri) => uri.url).join(',')}`,
      provider: modelRef('authentik_providers_oauth2', 'oauth2provider', provider.pk, provider.name),
    });
    return errorPage(400, 'Redirect URI Error', 'The request fails due to a missing, invalid, or mismatching redirection URI (redirect_uri).');
  }
  const responseType = query.get('response_type') ?? '';
  const needed = responseType.split(' ').includes('code') ? 'authorization_code' : 'implicit';
  if (!provider.grant_types.includes(needed)) {
    let target: URL;
    try {
      target = new URL(redirectUri);
    } catch {
      return errorPage(400, 'Authorization Error', 'Invalid grant_type for provider');
    }
    target.searchParams.set('error', 'unauthorized_client');
    target.searchParams.set('error_description', 'Invalid grant_type for provider');
    const stateParam = query.get('state');
    if (stateParam) target.searchParams.set('state', stateParam);
    return redirect(target.toString());
  }
  const next = `/application/o/authorize/?${query.toString()}`;
  return redirect(`/flows/-/default/authentication/?next=${encodeURIComponent(next)}`);
}

export function wellKnown(state: SimulatorState, slug: string, origin: string, requestOrigin: string | undefined): HttpResult {
  const provider = oauth2ProviderForSlug(state, slug);
  if (!provider) return notFoundPage(`/application/o/${slug}/.well-known/openid-configuration`);
  return json(200, discoveryDocument(state, provider, slug, origin), corsHeaders(provider, requestOrigin));
}

export function jwks(state: SimulatorState, slug: string): HttpResult {
  const provider = oauth2ProviderForSlug(state, slug);
  if (!provider) return notFoundPage(`/application/o/${slug}/jwks/`);
  return json(200, jwksDocument(state, provider), { 'Access-Control-Allow-Origin': '*' });
}
