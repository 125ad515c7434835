/**
 * Proxy providers (forward auth and the outpost as a reverse proxy), as authentik stores them.
 *
 * Sources (repository goauthentik/authentik):
 * - authentik/providers/proxy/models.py: `ProxyProvider(OutpostModel, OAuth2Provider)`, the field
 *   defaults (`mode` "proxy", `internal_host_ssl_validation` true, `intercept_header_auth` true,
 *   `cookie_domain` "", `skip_path_regex` ""), `get_cookie_secret()` (32 upper-case letters and
 *   digits) and `set_oauth_defaults()`: confidential client, no signing key, the managed scopes
 *   openid/profile/email/proxy added to `property_mappings`, and `redirect_uris` replaced by
 *   `_get_callback_url(external_host)` — two strict URIs with `?X-authentik-auth-callback=true`.
 * - authentik/providers/proxy/api.py, `ProxyProviderSerializer`: `validate_basic_auth_enabled()`
 *   (a field check) and `validate()`, which reads only the submitted attrs: `mode` missing counts as
 *   "proxy", so a create or PATCH without `mode` and without `internal_host` is refused; `create()`
 *   and `update()` both call `set_oauth_defaults()`.
 */
import { randomInt } from 'node:crypto';
import type { RedirectUri, SimProxyProvider, SimulatorState } from './types.ts';

const COOKIE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function cookieSecret(): string {
  let out = '';
  for (let index = 0; index < 32; index += 1) out += COOKIE_ALPHABET[randomInt(COOKIE_ALPHABET.length)];
  return out;
}

/** Model defaults of a new proxy provider (before `set_oauth_defaults()`). */
export function proxyDefaults(
  generateId: (length: number) => string,
): Omit<SimProxyProvider, 'pk' | 'name' | 'authorization_flow' | 'invalidation_flow' | 'external_host'> {
  return {
    kind: 'proxy',
    authentication_flow: null,
    property_mappings: [],
    internal_host: '',
    internal_host_ssl_validation: true,
    certificate: null,
    skip_path_regex: '',
    basic_auth_enabled: false,
    basic_auth_password_attribute: '',
    basic_auth_user_attribute: '',
    mode: 'proxy',
    intercept_header_auth: true,
    cookie_domain: '',
    jwt_federation_sources: [],
    jwt_federation_providers: [],
    access_token_validity: 'hours=24',
    refresh_token_validity: 'days=30',
    client_id: generateId(40),
    client_secret: generateId(128),
    cookie_secret: cookieSecret(),
    redirect_uris: [],
  };
}

/** The managed scope mappings `set_oauth_defaults()` adds. */
export const PROXY_MANAGED_SCOPES = [
  'goauthentik.io/providers/oauth2/scope-openid',
  'goauthentik.io/providers/oauth2/scope-profile',
  'goauthentik.io/providers/oauth2/scope-email',
  'goauthentik.io/providers/proxy/scope-proxy',
] as const;

/** Python `urljoin(uri, "outpost.goauthentik.io/callback")`: relative to the last path segment. */
function joinCallback(uri: string): string {
  try {
    return new URL('outpost.goauthentik.io/callback', uri).toString();
  } catch {
    return `${uri}outpost.goauthentik.io/callback`;
  }
}

/** `_get_callback_url(external_host)`. */
export function proxyCallbackUris(externalHost: string): RedirectUri[] {
  return [
    { matching_mode: 'strict', url: `${joinCallback(externalHost)}?X-authentik-auth-callback=true`, redirect_uri_type: 'authorization' },
    { matching_mode: 'strict', url: `${externalHost}?X-authentik-auth-callback=true`, redirect_uri_type: 'authorization' },
  ];
}

/** `set_oauth_defaults()`, run after every create and update through the API or a blueprint. */
export function setOauthDefaults(state: SimulatorState, provider: SimProxyProvider): void {
  const managed = state.scopeMappings.filter((mapping) => (PROXY_MANAGED_SCOPES as readonly string[]).includes(mapping.managed ?? ''));
  const pks = new Set(provider.property_mappings);
  for (const mapping of managed) pks.add(mapping.pk);
  provider.property_mappings = [...pks];
  provider.redirect_uris = proxyCallbackUris(provider.external_host);
}

/**
 * The serializer's own checks. `fields`: `validate_basic_auth_enabled` (reads the raw request);
 * `object`: `validate()`, only when every field passed, on the submitted attrs only.
 */
export function proxyValidate(data: Record<string, unknown>, raw: Record<string, unknown>, stage: 'fields' | 'object'): Record<string, unknown> {
  if (stage === 'fields') {
    if (data.basic_auth_enabled === true && ((raw.basic_auth_password_attribute ?? '') === '' || (raw.basic_auth_user_attribute ?? '') === '')) {
      return { basic_auth_enabled: ['User and password attributes must be set when basic auth is enabled.'] };
    }
    return {};
  }
  const mode = 'mode' in data ? data.mode : 'proxy';
  if (mode === 'proxy' && (data.internal_host ?? '') === '') {
    return { internal_host: ['Internal host cannot be empty when forward auth is disabled.'] };
  }
  return {};
}
