/**
 * What differs between the simulated authentik releases, as the simulator knows it — its own facts,
 * never the wizard's release table:
 * - `schemaFacts`: what a release's official OpenAPI schema shows (fields, query parameters, limits),
 *   derived from that schema at run time, so it cannot be typed wrong;
 * - `serverRules`: what no schema shows (model defaults, serializer checks), each read from the
 *   authentik source file or pull request cited beside it (repository goauthentik/authentik).
 */
import { loadOpenApiDocument } from './contract/schema-loader.ts';
import type { JsonObject, OpenApiParameter } from './contract/schema-loader.ts';
import type { ReleaseId } from './releases.ts';
import { isAtLeast } from './releases.ts';

/** Optional SAML provider fields that appeared inside the window. */
export const SAML_OPTIONAL_FIELDS = [
  'default_name_id_policy',
  'sls_url',
  'sls_binding',
  'logout_method',
  'sign_logout_request',
  'sign_logout_response',
] as const;
export type SamlOptionalField = (typeof SAML_OPTIONAL_FIELDS)[number];

const OAUTH2_LOGOUT_FIELDS = ['backchannel_logout_uri', 'logout_uri', 'logout_method'] as const;

/** Facts a release's official schema shows. */
export interface SchemaFacts {
  /** Keypair field with the key's algorithm. */
  keypairTypeField: 'private_key_type' | 'key_type';
  /** `?key_type=` is a parameter of the keypair list (otherwise it is ignored: the list is not filtered). */
  keypairKeyTypeFilter: boolean;
  /** `?include_details=` is a parameter of the keypair list. */
  keypairIncludeDetails: boolean;
  /** OAuth2 provider has `grant_types`. */
  oauth2GrantTypes: boolean;
  /** `redirect_uris[].redirect_uri_type` exists. */
  redirectUriType: boolean;
  /** What `redirect_uri_type` an entry gets when the request leaves it out (the schema's `default`). */
  redirectUriTypeDefault: string | null;
  /** The OAuth2 logout fields of the release. */
  oauth2LogoutFields: ReadonlyArray<(typeof OAUTH2_LOGOUT_FIELDS)[number]>;
  oauth2RefreshTokenThreshold: boolean;
  oauth2SetupUrlsDcrRegistration: boolean;
  /** The SAML entity ID field a request writes. */
  samlIssuerField: 'issuer' | 'issuer_override';
  samlUrlIssuer: boolean;
  samlUrlUnified: boolean;
  samlFields: readonly SamlOptionalField[];
  /** `download_url` is a required key of the SAML metadata answer. */
  samlMetadataDownloadUrlRequired: boolean;
  /** `Application.slug` maximum length (null: no limit in the schema). */
  applicationSlugMaxLength: number | null;
  applicationMetaIconWritable: boolean;
  userSelfRoles: boolean;
  /** `/rbac/permissions/` filters by `user` (authentik/rbac/api/rbac.py before roles took over user permissions). */
  rbacPermissionsUserFilter: boolean;
  userSelfIsCurrent: boolean;
  /** Groups have several parents (`parents`) instead of one (`parent`). */
  groupParentsList: boolean;
  /**
   * The settings' `flags` carry `core_default_app_access` (whether an application without any
   * binding is open to everyone). Before, no API can set it and unbound applications are open.
   */
  settingsFlagCoreDefaultAppAccess: boolean;
  /** `policy_bindings` is a field of the transactional application create. */
  transactionalPolicyBindings: boolean;
  /**
   * `Outpost.service_connection_obj` may be null in the schema. Where it may not (2025.4/2025.6),
   * authentik still answers null for an outpost without a service connection (a fresh embedded
   * outpost): the serializer field has `source="service_connection"`, which is unset; the schema is
   * the inaccurate side there.
   */
  outpostServiceConnectionObjNullable: boolean;
}

const schemaCache = new Map<ReleaseId, SchemaFacts>();

/** The facts of one release, read from its official schema (parsed once per process). */
export function schemaFacts(release: ReleaseId): SchemaFacts {
  const cached = schemaCache.get(release);
  if (cached) return cached;
  const doc = loadOpenApiDocument(release);
  const props = (name: string): Record<string, JsonObject> => {
    const schema = doc.components.schemas[name];
    if (!schema) throw new Error(`authentik ${release}: the schema has no component ${name}`);
    return (schema.properties ?? {}) as Record<string, JsonObject>;
  };
  const has = (name: string, property: string) => property in props(name);
  // the loader rewrites a nullable `$ref` into `x-nullable-ref` (see contract/schema-loader.ts)
  const nullable = (schema: JsonObject): boolean => schema.nullable === true || schema['x-nullable-ref'] === true;
  const required = (name: string) => (doc.components.schemas[name]?.required ?? []) as string[];
  const keypairParams = (doc.paths['/crypto/certificatekeypairs/']?.get?.parameters ?? []).map((parameter) =>
    '$ref' in parameter ? String(parameter.$ref).split('/').pop()! : (parameter as OpenApiParameter).name,
  );
  const slug = props('ApplicationRequest').slug ?? {};
  const uriType = props('RedirectURIRequest').redirect_uri_type ?? {};
  const facts: SchemaFacts = Object.freeze({
    keypairTypeField: has('CertificateKeyPair', 'key_type') ? 'key_type' : 'private_key_type',
    keypairKeyTypeFilter: keypairParams.includes('key_type'),
    keypairIncludeDetails: keypairParams.includes('include_details'),
    oauth2GrantTypes: has('OAuth2ProviderRequest', 'grant_types'),
    redirectUriType: has('RedirectURIRequest', 'redirect_uri_type'),
    redirectUriTypeDefault: typeof uriType.default === 'string' ? uriType.default : null,
    oauth2LogoutFields: OAUTH2_LOGOUT_FIELDS.filter((field) => has('OAuth2ProviderRequest', field)),
    oauth2RefreshTokenThreshold: has('OAuth2ProviderRequest', 'refresh_token_threshold'),
    oauth2SetupUrlsDcrRegistration: has('OAuth2ProviderSetupURLs', 'dcr_registration'),
    samlIssuerField: has('SAMLProviderRequest', 'issuer_override') ? 'issuer_override' : 'issuer',
    samlUrlIssuer: has('SAMLProvider', 'url_issuer'),
    samlUrlUnified: has('SAMLProvider', 'url_unified') && has('SAMLProvider', 'url_unified_init'),
    samlFields: SAML_OPTIONAL_FIELDS.filter((field) => has('SAMLProviderRequest', field)),
    samlMetadataDownloadUrlRequired: required('SAMLMetadata').includes('download_url'),
    applicationSlugMaxLength: typeof slug.maxLength === 'number' ? slug.maxLength : null,
    applicationMetaIconWritable: has('ApplicationRequest', 'meta_icon'),
    userSelfRoles: has('UserSelf', 'roles'),
    rbacPermissionsUserFilter: (doc.paths['/rbac/permissions/']?.get?.parameters ?? []).some(
      (parameter) => !('$ref' in parameter) && (parameter as OpenApiParameter).name === 'user',
    ),
    userSelfIsCurrent: has('UserSelf', 'is_current'),
    groupParentsList: has('GroupRequest', 'parents'),
    settingsFlagCoreDefaultAppAccess: 'core_default_app_access' in ((props('SettingsRequest').flags?.properties ?? {}) as Record<string, unknown>),
    transactionalPolicyBindings: has('TransactionApplicationRequest', 'policy_bindings'),
    outpostServiceConnectionObjNullable: nullable(props('Outpost').service_connection_obj ?? {}),
  });
  schemaCache.set(release, facts);
  return facts;
}

/** Facts no schema shows: what the server does with what it was given. */
export interface ServerRules {
  /** What an OAuth2 provider created without `grant_types` allows: every grant, or none (`[]`). */
  oauth2GrantTypesWhenOmitted: 'all' | 'none';
  /** The SAML `issuer` a provider gets when the field is omitted (releases that have the field). */
  samlIssuerModelDefault: string;
  /** `sp_binding` when omitted. */
  samlSpBindingDefault: 'redirect' | 'post';
  /** A SAML signing keypair must be RSA, EC or DSA. */
  samlSigningKeyTypeCheck: boolean;
  /** Providers always answer `assigned_backchannel_application_*`; before, the keys are absent when unset. */
  providerAssignedBackchannelAlways: boolean;
  /**
   * Forwarded headers (`X-Forwarded-Host`, `-Proto`, `-For`) are used only when the request comes
   * from `listen.trusted_proxy_cidrs`; before, the outpost's host lookup took them from anyone.
   */
  forwardedHeadersOnlyFromTrustedProxies: boolean;
}

/** The server rules of one release, each with where it was read. */
export function serverRules(release: ReleaseId): ServerRules {
  const since = (first: ReleaseId) => isAtLeast(release, first);
  return {
    // authentik/providers/oauth2/migrations/0032_oauth2provider_grant_types.py adds the field
    // (PR #20363 "providers/oauth2: Configure allowed grant types", merged after 2026.2), and
    // 0033_alter_oauth2provider_grant_types.py sets `default=list`: an API/blueprint create that
    // omits it allows no grant. Before, there is no field and the provider allows every grant.
    oauth2GrantTypesWhenOmitted: since('2026.5') ? 'none' : 'all',
    // authentik/providers/saml/models.py: `issuer = models.TextField(default="authentik")`, until
    // authentik/providers/saml/migrations/0022_remove_samlprovider_issuer_and_more.py (2026.5)
    // renames it to `issuer_override` with default "" (then the entity ID is the metadata URL).
    samlIssuerModelDefault: 'authentik',
    // authentik/providers/saml/migrations/0003_samlprovider_sp_binding.py: default "redirect";
    // 0021_alter_samlprovider_sp_binding.py (generated 2025-10-21, shipped in 2025.12): default "post".
    samlSpBindingDefault: since('2025.12') ? 'post' : 'redirect',
    // authentik/providers/saml/api/providers.py, SAMLProviderSerializer.validate(): "Only RSA, EC,
    // and DSA key types are supported for SAML signing." It reads `signing_kp.key_type`, the keypair
    // field that exists from 2025.12 on (schema: CertificateKeyPair.key_type).
    samlSigningKeyTypeCheck: since('2025.12'),
    // authentik/core/api/providers.py, ProviderSerializer: `assigned_backchannel_application_slug`
    // / `_name` are ReadOnlyFields on `backchannel_application`; before 2025.8 an unset relation
    // leaves the keys out of the answer, from 2025.8 on they are always answered (null when unset).
    providerAssignedBackchannelAlways: since('2025.8'),
    // PR #25637 "website/docs: trusted proxy addresses change" (website/docs/install-config/
    // reverse-proxy.mdx) documents the stricter handling introduced in 2026.8: forwarded headers are
    // accepted only from a trusted proxy network (AUTHENTIK_LISTEN__TRUSTED_PROXY_CIDRS; the default
    // list in authentik/lib/default.yml is loopback and the private ranges).
    forwardedHeadersOnlyFromTrustedProxies: since('2026.8'),
  };
}

export type ReleaseFacts = SchemaFacts & ServerRules & { release: ReleaseId };

/** Everything the simulator knows about one release. */
export function releaseFacts(release: ReleaseId): ReleaseFacts {
  return { release, ...schemaFacts(release), ...serverRules(release) };
}
