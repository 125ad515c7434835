/**
 * Provider records: the defaults a blueprint/API create applies, and the validation authentik's
 * provider serializers perform beyond the JSON schema (existence of related objects, uniqueness,
 * regex redirect URIs, timedelta strings, SAML signing rules).
 */
import { randomInt } from 'node:crypto';
import type { ServerRules } from '../release-facts.ts';
import type { components } from '../schema.gen.ts';
import { serverRules } from '../release-facts.ts';
import { NEWEST_RELEASE } from '../releases.ts';
import type { RedirectUri, SimOAuth2Provider, SimProvider, SimProxyProvider, SimSamlProvider, SimulatorState } from './types.ts';
import { proxyDefaults, proxyValidate } from './proxy-model.ts';

type Schemas = components['schemas'];

export type ProviderKind = SimProvider['kind'];

export const PROVIDER_MODELS: Readonly<Record<string, ProviderKind>> = {
  'authentik_providers_oauth2.oauth2provider': 'oauth2',
  'authentik_providers_saml.samlprovider': 'saml',
  'authentik_providers_proxy.proxyprovider': 'proxy',
};

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** authentik's `generate_id(length)`: random ASCII letters and digits. */
export function generateId(length = 40): string {
  let out = '';
  for (let index = 0; index < length; index += 1) out += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  return out;
}

type FieldErrors = Record<string, unknown>;

const DOES_NOT_EXIST = (value: unknown) => `Invalid pk "${String(value)}" - object does not exist.`;

const TIMEDELTA_KEYS = new Set(['microseconds', 'milliseconds', 'seconds', 'minutes', 'hours', 'days', 'weeks']);

/** authentik's `timedelta_string_validator` (`hours=1;minutes=2`). */
export function isTimedeltaString(value: string): boolean {
  let valid = 0;
  for (const pair of value.split(';')) {
    const parts = pair.split('=');
    if (parts.length !== 2) return false;
    const [key, raw] = parts as [string, string];
    if (!TIMEDELTA_KEYS.has(key.toLowerCase())) continue;
    const trimmed = raw.trim();
    if (trimmed === '' || !Number.isFinite(Number(trimmed))) return false;
    valid += 1;
  }
  return valid > 0;
}

/** Translate Python `re` syntax that JavaScript spells differently, then try to compile. */
export function compilePythonRegex(pattern: string): RegExp | null {
  const translated = pattern.replace(/\(\?P</g, '(?<').replace(/\(\?P=(\w+)\)/g, '\\k<$1>');
  try {
    return new RegExp(`^(?:${translated})$`);
  } catch {
    return null;
  }
}

/** Every grant type; what a provider allows before 2026.5, when there is no grant_types field. */
export const ALL_GRANT_TYPES: SimOAuth2Provider['grant_types'] = [
  'authorization_code',
  'implicit',
  'hybrid',
  'refresh_token',
  'client_credentials',
  'password',
  'urn:ietf:params:oauth:grant-type:device_code',
  'urn:ietf:params:oauth:grant-type:token-exchange',
];

type Caps = Pick<ServerRules, 'oauth2GrantTypesWhenOmitted' | 'samlSpBindingDefault' | 'samlIssuerModelDefault'>;
const NEWEST_DEFAULTS: Caps = serverRules(NEWEST_RELEASE);

/** Field defaults of authentik/providers/oauth2/models.py (OAuth2Provider); release-dependent ones from `serverRules`. */
function oauth2Defaults(
  caps: Caps = NEWEST_DEFAULTS,
): Omit<SimOAuth2Provider, 'pk' | 'name' | 'authorization_flow' | 'invalidation_flow' | 'redirect_uris'> {
  return {
    kind: 'oauth2',
    authentication_flow: null,
    property_mappings: [],
    client_type: 'confidential',
    // Since 2026.5 the model default is an empty list: API/blueprint-created providers allow no grant.
    // Before, there is no field and every grant is allowed.
    grant_types: caps.oauth2GrantTypesWhenOmitted === 'none' ? [] : [...ALL_GRANT_TYPES],
    backchannel_logout_uri: '',
    client_id: generateId(40),
    client_secret: generateId(128),
    access_code_validity: 'minutes=1',
    access_token_validity: 'hours=1',
    refresh_token_validity: 'days=30',
    refresh_token_threshold: 'seconds=0',
    include_claims_in_id_token: true,
    signing_key: null,
    encryption_key: null,
    logout_uri: '',
    logout_method: 'backchannel',
    sub_mode: 'hashed_user_id',
    issuer_mode: 'per_provider',
    jwt_federation_sources: [],
    jwt_federation_providers: [],
  };
}

/** Field defaults of authentik/providers/saml/models.py (SAMLProvider); release-dependent ones from `serverRules`. */
function samlDefaults(caps: Caps = NEWEST_DEFAULTS): Omit<SimSamlProvider, 'pk' | 'name' | 'authorization_flow' | 'invalidation_flow' | 'acs_url'> {
  return {
    kind: 'saml',
    authentication_flow: null,
    property_mappings: [],
    sls_url: '',
    audience: '',
    issuer: caps.samlIssuerModelDefault,
    issuer_override: '',
    assertion_valid_not_before: 'minutes=-5',
    assertion_valid_not_on_or_after: 'minutes=5',
    session_valid_not_on_or_after: 'minutes=86400',
    name_id_mapping: null,
    authn_context_class_ref_mapping: null,
    digest_algorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
    signature_algorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    signing_kp: null,
    verification_kp: null,
    encryption_kp: null,
    sign_assertion: true,
    sign_response: true,
    sign_logout_request: false,
    sign_logout_response: false,
    sp_binding: caps.samlSpBindingDefault,
    sls_binding: 'redirect',
    logout_method: 'frontchannel_iframe',
    default_relay_state: '',
    default_name_id_policy: 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified',
  };
}

/** Relation fields where DRF turns '' into null. */
const NULLABLE_RELATIONS = new Set([
  'authentication_flow',
  'signing_key',
  'encryption_key',
  'signing_kp',
  'verification_kp',
  'encryption_kp',
  'name_id_mapping',
  'authn_context_class_ref_mapping',
  'certificate',
]);

/**
 * Keys of the writable fields per provider kind in any release (unknown keys in a request are
 * ignored, as DRF does; keys the simulated release does not know were already dropped by the contract).
 */
const WRITABLE: Record<ProviderKind, ReadonlySet<string>> = {
  oauth2: new Set(['name', ...Object.keys(oauth2Defaults()), 'authorization_flow', 'invalidation_flow', 'redirect_uris']),
  saml: new Set(['name', ...Object.keys(samlDefaults()), 'authorization_flow', 'invalidation_flow', 'acs_url']),
  // client_id, client_secret, cookie_secret and redirect_uris are read-only in the proxy serializer
  proxy: new Set(
    ['name', ...Object.keys(proxyDefaults(generateId)), 'authorization_flow', 'invalidation_flow', 'external_host'].filter(
      (key) => !['client_id', 'client_secret', 'cookie_secret', 'redirect_uris'].includes(key),
    ),
  ),
};

function normalize(kind: ProviderKind, data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === 'kind' || key === 'pk' || !WRITABLE[kind].has(key)) continue;
    out[key] = value === '' && NULLABLE_RELATIONS.has(key) ? null : value;
  }
  if (kind === 'oauth2' && Array.isArray(out.redirect_uris)) {
    out.redirect_uris = (out.redirect_uris as Array<Schemas['RedirectURIRequest']>).map((uri): RedirectUri => ({
      matching_mode: uri.matching_mode,
      url: uri.url,
      redirect_uri_type: uri.redirect_uri_type ?? 'authorization',
    }));
  }
  return out;
}

/** A new provider record from validated request data, with the release's model defaults for omitted fields. */
export function buildProvider(kind: ProviderKind, pk: number, data: Record<string, unknown>, caps: Caps = NEWEST_DEFAULTS): SimProvider {
  const fields = normalize(kind, data);
  if (kind === 'oauth2') return { ...oauth2Defaults(caps), ...fields, pk, kind: 'oauth2' } as SimOAuth2Provider;
  if (kind === 'proxy') return { ...proxyDefaults(generateId), ...fields, pk, kind: 'proxy' } as SimProxyProvider;
  return { ...samlDefaults(caps), ...fields, pk, kind: 'saml' } as SimSamlProvider;
}

/** Apply a validated partial update in place. */
export function patchProvider(provider: SimProvider, data: Record<string, unknown>): void {
  Object.assign(provider, normalize(provider.kind, data));
}

function exists<T extends { pk: unknown }>(items: T[], pk: unknown): boolean {
  return items.some((item) => item.pk === pk);
}

export interface SemanticOptions {
  /** Fields that already failed schema validation (DRF reports only the first problem per field). */
  skip: ReadonlySet<string>;
  /** pk of the provider being updated (excluded from uniqueness checks). */
  selfPk?: number;
}

/**
 * Field-level checks of the provider serializer that the JSON schema cannot express, followed by
 * the serializer's `validate()` when every field passed. Returns DRF field errors (empty = valid).
 */
export function providerSemanticErrors(
  state: SimulatorState,
  kind: ProviderKind,
  raw: Record<string, unknown>,
  options: SemanticOptions,
): FieldErrors {
  const data = normalize(kind, raw);
  const errors: FieldErrors = {};
  const check = (field: string, test: () => string | null) => {
    if (!(field in data) || options.skip.has(field)) return;
    const message = test();
    if (message) errors[field] = [message];
  };
  const relation = (field: string, items: Array<{ pk: unknown }>) =>
    check(field, () => (data[field] === null || exists(items, data[field]) ? null : DOES_NOT_EXIST(data[field])));
  const timedelta = (field: string) =>
    check(field, () => {
      const value = data[field];
      return typeof value === 'string' && !isTimedeltaString(value) ? `${value} is not in the correct format of 'hours=3;minutes=1'.` : null;
    });

  check('name', () =>
    state.providers.some((provider) => provider.name === data.name && provider.pk !== options.selfPk)
      ? 'provider with this name already exists.'
      : null,
  );
  relation('authorization_flow', state.flows);
  relation('invalidation_flow', state.flows);
  relation('authentication_flow', state.flows);
  check('property_mappings', () => {
    const all = [...state.scopeMappings, ...state.samlMappings];
    const missing = (data.property_mappings as unknown[]).find((pk) => !exists(all, pk));
    return missing === undefined ? null : DOES_NOT_EXIST(missing);
  });

  if (kind === 'oauth2') {
    relation('signing_key', state.keypairs);
    relation('encryption_key', state.keypairs);
    check('client_id', () =>
      state.providers.some((provider) => provider.kind === 'oauth2' && provider.client_id === data.client_id && provider.pk !== options.selfPk)
        ? 'OAuth2/OpenID Provider with this Client ID already exists.'
        : null,
    );
    check('redirect_uris', () => {
      const bad = (data.redirect_uris as RedirectUri[]).find((uri) => uri.matching_mode === 'regex' && compilePythonRegex(uri.url) === null);
      return bad ? `Invalid Regex Pattern: ${bad.url}` : null;
    });
    check('jwt_federation_sources', () => {
      const first = (data.jwt_federation_sources as unknown[])[0];
      return first === undefined ? null : DOES_NOT_EXIST(first);
    });
    check('jwt_federation_providers', () => {
      const missing = (data.jwt_federation_providers as unknown[]).find(
        (pk) => !state.providers.some((provider) => provider.kind === 'oauth2' && provider.pk === pk),
      );
      return missing === undefined ? null : DOES_NOT_EXIST(missing);
    });
    ['access_code_validity', 'access_token_validity', 'refresh_token_validity', 'refresh_token_threshold'].forEach(timedelta);
  } else if (kind === 'proxy') {
    relation('certificate', state.keypairs);
    check('jwt_federation_sources', () => {
      const first = (data.jwt_federation_sources as unknown[])[0];
      return first === undefined ? null : DOES_NOT_EXIST(first);
    });
    check('jwt_federation_providers', () => {
      const missing = (data.jwt_federation_providers as unknown[]).find(
        (pk) => !state.providers.some((provider) => provider.kind === 'oauth2' && provider.pk === pk),
      );
      return missing === undefined ? null : DOES_NOT_EXIST(missing);
    });
    ['access_token_validity', 'refresh_token_validity'].forEach(timedelta);
    Object.assign(errors, proxyValidate(data, raw, 'fields'));
  } else {
    relation('signing_kp', state.keypairs);
    relation('verification_kp', state.keypairs);
    relation('encryption_kp', state.keypairs);
    relation('name_id_mapping', state.samlMappings);
    relation('authn_context_class_ref_mapping', state.samlMappings);
    ['assertion_valid_not_before', 'assertion_valid_not_on_or_after', 'session_valid_not_on_or_after'].forEach(timedelta);
  }

  if (Object.keys(errors).length > 0 || options.skip.size > 0) return errors;

  // Serializer.validate(): only runs once every field is valid; looks at the submitted attrs only.
  if (kind === 'proxy') return proxyValidate(data, raw, 'object');
  if (kind === 'saml' && data.signing_kp) {
    if (!data.sign_assertion && !data.sign_response) {
      return {
        non_field_errors: ["With a signing keypair selected, at least one of 'Sign assertion' and 'Sign Response' must be selected."],
      };
    }
    const keypair = state.keypairs.find((entry) => entry.pk === data.signing_kp);
    if (serverRules(state.release).samlSigningKeyTypeCheck && keypair?.keyType && !['rsa', 'ec', 'dsa'].includes(keypair.keyType)) {
      return { signing_kp: ['Only RSA, EC, and DSA key types are supported for SAML signing.'] };
    }
  }
  return errors;
}

/** The concrete records of one kind. */
export function providersOfKind<K extends ProviderKind>(state: SimulatorState, kind: K): Array<Extract<SimProvider, { kind: K }>> {
  return state.providers.filter((provider): provider is Extract<SimProvider, { kind: K }> => provider.kind === kind);
}
