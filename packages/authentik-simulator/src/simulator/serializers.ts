/**
 * Turns simulator records into the JSON authentik's serializers produce. Every URL is built from
 * the origin of the current request (Host + X-Forwarded-Proto), as authentik does.
 */
import { createHash } from 'node:crypto';
import type { components } from '../schema.gen.ts';
import { releaseFacts, schemaFacts, serverRules } from '../release-facts.ts';
import { userUid } from './seed.ts';
import type {
  SimApplication,
  SimFlow,
  SimGroup,
  SimKeypair,
  SimOAuth2Provider,
  SimPolicyBinding,
  SimProvider,
  SimProxyProvider,
  SimSamlMapping,
  SimSamlProvider,
  SimScopeMapping,
  SimUser,
  SimulatorState,
} from './types.ts';

type Schemas = components['schemas'];

export const PROVIDER_META = {
  oauth2: {
    component: 'ak-provider-oauth2-form',
    verbose_name: 'OAuth2/OpenID Provider',
    verbose_name_plural: 'OAuth2/OpenID Providers',
    meta_model_name: 'authentik_providers_oauth2.oauth2provider',
    app: 'authentik_providers_oauth2',
    model: 'oauth2provider',
  },
  saml: {
    component: 'ak-provider-saml-form',
    verbose_name: 'SAML Provider',
    verbose_name_plural: 'SAML Providers',
    meta_model_name: 'authentik_providers_saml.samlprovider',
    app: 'authentik_providers_saml',
    model: 'samlprovider',
  },
  proxy: {
    component: 'ak-provider-proxy-form',
    verbose_name: 'Proxy Provider',
    verbose_name_plural: 'Proxy Providers',
    meta_model_name: 'authentik_providers_proxy.proxyprovider',
    app: 'authentik_providers_proxy',
    model: 'proxyprovider',
  },
} as const;

export function serializeFlow(flow: SimFlow): Schemas['Flow'] {
  return {
    pk: flow.pk,
    policybindingmodel_ptr_id: flow.pk,
    name: flow.name,
    slug: flow.slug,
    title: flow.title,
    designation: flow.designation,
    background: flow.background ?? '',
    background_url: '/static/dist/assets/images/flow_background.jpg',
    background_themed_urls: null,
    stages: [],
    policies: [],
    cache_count: 0,
    policy_engine_mode: flow.policy_engine_mode,
    compatibility_mode: flow.compatibility_mode,
    export_url: `/api/v3/flows/instances/${flow.slug}/export/`,
    layout: flow.layout,
    denied_action: flow.denied_action,
    authentication: flow.authentication,
  };
}

/**
 * A keypair as every release would show it: `key_type` (from the certificate, 2025.12+) and
 * `private_key_type` (from the private key, null without one, before 2025.12); the contract keeps
 * the one the release has. `details: false` is `?include_details=false` before 2026.2.
 */
export function serializeKeypair(keypair: SimKeypair, details = true): Schemas['CertificateKeyPair'] & { private_key_type: string | null } {
  const base = `/api/v3/crypto/certificatekeypairs/${keypair.pk}`;
  return {
    pk: keypair.pk,
    name: keypair.name,
    fingerprint_sha256: details ? keypair.fingerprintSha256 : null,
    fingerprint_sha1: details ? keypair.fingerprintSha1 : null,
    cert_expiry: details ? keypair.certExpiry : null,
    cert_subject: details ? keypair.certSubject : null,
    private_key_available: keypair.privateKeyPem !== '',
    key_type: keypair.keyType,
    private_key_type: details && keypair.privateKeyPem !== '' ? keypair.keyType : null,
    certificate_download_url: `${base}/view_certificate/?download`,
    private_key_download_url: `${base}/view_private_key/?download`,
    managed: keypair.managed,
  };
}

export function serializeScopeMapping(mapping: SimScopeMapping): Schemas['ScopeMapping'] {
  return {
    pk: mapping.pk,
    managed: mapping.managed,
    name: mapping.name,
    expression: mapping.expression,
    component: 'ak-property-mapping-provider-scope-form',
    verbose_name: 'Scope Mapping',
    verbose_name_plural: 'Scope Mappings',
    meta_model_name: 'authentik_providers_oauth2.scopemapping',
    scope_name: mapping.scope_name,
    description: mapping.description,
  };
}

export function serializeSamlMapping(mapping: SimSamlMapping): Schemas['SAMLPropertyMapping'] {
  return {
    pk: mapping.pk,
    managed: mapping.managed,
    name: mapping.name,
    expression: mapping.expression,
    component: 'ak-property-mapping-provider-saml-form',
    verbose_name: 'SAML Provider Property Mapping',
    verbose_name_plural: 'SAML Provider Property Mappings',
    meta_model_name: 'authentik_providers_saml.samlpropertymapping',
    saml_name: mapping.saml_name,
    friendly_name: mapping.friendly_name,
  };
}

/** The application a provider is attached to (as its main provider). */
export function applicationOf(state: SimulatorState, provider: SimProvider): SimApplication | undefined {
  return state.applications.find((app) => app.provider === provider.pk);
}

function backchannelApplicationOf(state: SimulatorState, provider: SimProvider): SimApplication | undefined {
  return state.applications.find((app) => app.backchannel_providers.includes(provider.pk));
}

export function serializeProviderBase(state: SimulatorState, provider: SimProvider): Schemas['Provider'] {
  const meta = PROVIDER_META[provider.kind];
  const app = applicationOf(state, provider);
  const backchannel = backchannelApplicationOf(state, provider);
  const base: Schemas['Provider'] = {
    pk: provider.pk,
    name: provider.name,
    authentication_flow: provider.authentication_flow,
    authorization_flow: provider.authorization_flow,
    invalidation_flow: provider.invalidation_flow,
    property_mappings: [...provider.property_mappings],
    component: meta.component,
    assigned_application_slug: app?.slug ?? null,
    assigned_application_name: app?.name ?? null,
    assigned_backchannel_application_slug: backchannel?.slug ?? null,
    assigned_backchannel_application_name: backchannel?.name ?? null,
    verbose_name: meta.verbose_name,
    verbose_name_plural: meta.verbose_name_plural,
    meta_model_name: meta.meta_model_name,
  };
  if (!backchannel && !serverRules(state.release).providerAssignedBackchannelAlways) {
    // before 2025.8 the keys are absent (not null) when unset, although the schema marks them required
    const partial = base as Partial<Record<keyof Schemas['Provider'], unknown>>;
    delete partial.assigned_backchannel_application_slug;
    delete partial.assigned_backchannel_application_name;
  }
  return base;
}

export function serializeOAuth2Provider(
  state: SimulatorState,
  provider: SimOAuth2Provider,
): Schemas['OAuth2Provider'] & { backchannel_logout_uri: string } {
  const base = serializeProviderBase(state, provider);
  return {
    ...base,
    authorization_flow: provider.authorization_flow,
    invalidation_flow: provider.invalidation_flow,
    client_type: provider.client_type,
    grant_types: [...provider.grant_types],
    client_id: provider.client_id,
    client_secret: provider.client_secret,
    access_code_validity: provider.access_code_validity,
    access_token_validity: provider.access_token_validity,
    refresh_token_validity: provider.refresh_token_validity,
    refresh_token_threshold: provider.refresh_token_threshold,
    include_claims_in_id_token: provider.include_claims_in_id_token,
    signing_key: provider.signing_key,
    encryption_key: provider.encryption_key,
    redirect_uris: provider.redirect_uris.map((uri) => ({ ...uri })),
    logout_uri: provider.logout_uri,
    backchannel_logout_uri: provider.backchannel_logout_uri,
    logout_method: provider.logout_method,
    sub_mode: provider.sub_mode,
    issuer_mode: provider.issuer_mode,
    jwt_federation_sources: [...provider.jwt_federation_sources],
    jwt_federation_providers: [...provider.jwt_federation_providers],
  };
}

/** authentik's default issuer when no override and no application is known. */
export const SAML_DEFAULT_ISSUER = 'authentik';

export function samlUrls(origin: string, slug: string) {
  const base = `${origin}/application/saml/${slug}`;
  return {
    metadata: `${base}/metadata/`,
    unified: `${base}/`,
    unifiedInit: `${base}/init/`,
    ssoPost: `${base}/sso/binding/post/`,
    ssoRedirect: `${base}/sso/binding/redirect/`,
    ssoInit: `${base}/sso/binding/init/`,
    sloPost: `${base}/slo/binding/post/`,
    sloRedirect: `${base}/slo/binding/redirect/`,
  };
}

/**
 * The SAML entity ID. Before 2026.5: the `issuer` field (default `authentik`). From 2026.5:
 * `issuer_override`, else the public metadata URL of the application.
 */
export function samlIssuer(state: SimulatorState, provider: SimSamlProvider, origin: string): string {
  if (releaseFacts(state.release).samlIssuerField === 'issuer') return provider.issuer;
  if (provider.issuer_override) return provider.issuer_override;
  const app = applicationOf(state, provider);
  return app ? samlUrls(origin, app.slug).metadata : SAML_DEFAULT_ISSUER;
}

export function serializeSamlProvider(
  state: SimulatorState,
  provider: SimSamlProvider,
  origin: string,
): Schemas['SAMLProvider'] & { issuer: string } {
  const base = serializeProviderBase(state, provider);
  const app = applicationOf(state, provider);
  const urls = app ? samlUrls(origin, app.slug) : null;
  return {
    ...base,
    authorization_flow: provider.authorization_flow,
    invalidation_flow: provider.invalidation_flow,
    acs_url: provider.acs_url,
    sls_url: provider.sls_url,
    audience: provider.audience,
    issuer_override: provider.issuer_override,
    issuer: provider.issuer,
    assertion_valid_not_before: provider.assertion_valid_not_before,
    assertion_valid_not_on_or_after: provider.assertion_valid_not_on_or_after,
    session_valid_not_on_or_after: provider.session_valid_not_on_or_after,
    name_id_mapping: provider.name_id_mapping,
    authn_context_class_ref_mapping: provider.authn_context_class_ref_mapping,
    digest_algorithm: provider.digest_algorithm,
    signature_algorithm: provider.signature_algorithm,
    signing_kp: provider.signing_kp,
    verification_kp: provider.verification_kp,
    encryption_kp: provider.encryption_kp,
    sign_assertion: provider.sign_assertion,
    sign_response: provider.sign_response,
    sign_logout_request: provider.sign_logout_request,
    sign_logout_response: provider.sign_logout_response,
    sp_binding: provider.sp_binding,
    sls_binding: provider.sls_binding,
    logout_method: provider.logout_method,
    default_relay_state: provider.default_relay_state,
    default_name_id_policy: provider.default_name_id_policy,
    url_download_metadata: urls ? urls.metadata : `${origin}/api/v3/providers/saml/${provider.pk}/metadata/?download`,
    url_issuer: samlIssuer(state, provider, origin),
    url_unified: urls ? urls.unified : '-',
    url_unified_init: urls ? urls.unifiedInit : '-',
    url_sso_post: urls ? urls.ssoPost : '-',
    url_sso_redirect: urls ? urls.ssoRedirect : '-',
    url_sso_init: urls ? urls.ssoInit : '-',
    url_slo_post: urls ? urls.sloPost : '-',
    url_slo_redirect: urls ? urls.sloRedirect : '-',
  };
}

/** authentik/providers/proxy/api.py `ProxyProviderSerializer`; `outpost_set` lists the outposts' `str()`. */
export function serializeProxyProvider(state: SimulatorState, provider: SimProxyProvider): Schemas['ProxyProvider'] {
  const base = serializeProviderBase(state, provider);
  return {
    ...base,
    authorization_flow: provider.authorization_flow,
    invalidation_flow: provider.invalidation_flow,
    client_id: provider.client_id,
    internal_host: provider.internal_host,
    external_host: provider.external_host,
    internal_host_ssl_validation: provider.internal_host_ssl_validation,
    certificate: provider.certificate,
    skip_path_regex: provider.skip_path_regex,
    basic_auth_enabled: provider.basic_auth_enabled,
    basic_auth_password_attribute: provider.basic_auth_password_attribute,
    basic_auth_user_attribute: provider.basic_auth_user_attribute,
    mode: provider.mode,
    intercept_header_auth: provider.intercept_header_auth,
    redirect_uris: provider.redirect_uris.map((uri) => ({ ...uri })),
    cookie_domain: provider.cookie_domain,
    jwt_federation_sources: [...provider.jwt_federation_sources],
    jwt_federation_providers: [...provider.jwt_federation_providers],
    access_token_validity: provider.access_token_validity,
    refresh_token_validity: provider.refresh_token_validity,
    outpost_set: state.outposts.filter((outpost) => outpost.providers.includes(provider.pk)).map((outpost) => `Outpost ${outpost.name}`),
  };
}

export function serializeProvider(state: SimulatorState, provider: SimProvider, origin: string) {
  if (provider.kind === 'proxy') return serializeProxyProvider(state, provider);
  return provider.kind === 'oauth2' ? serializeOAuth2Provider(state, provider) : serializeSamlProvider(state, provider, origin);
}

/** Python `url % user.__dict__` for `%(username)s`-style launch URLs. */
function formatForUser(url: string, user: SimUser | null): string {
  if (!user) return url;
  const fields: Record<string, string> = {
    username: user.username,
    email: user.email,
    name: user.name,
    pk: String(user.pk),
    id: String(user.pk),
    uuid: user.uuid,
  };
  let failed = false;
  const formatted = url.replace(/%\(([^)]*)\)s|%%|%/g, (match, key: string | undefined) => {
    if (match === '%%') return '%';
    if (key === undefined || !(key in fields)) {
      failed = true;
      return match;
    }
    return fields[key]!;
  });
  return failed ? url : formatted;
}

/** Provider-derived launch URL (OAuth2: first redirect URI without its path; SAML: IdP-initiated path). */
function providerLaunchUrl(provider: SimProvider, app: SimApplication): string | null {
  if (provider.kind === 'saml') return `/application/saml/${app.slug}/sso/binding/init/`;
  // authentik/providers/proxy/models.py: `launch_url` is the external host
  if (provider.kind === 'proxy') return provider.external_host;
  const first = provider.redirect_uris[0];
  if (!first) return null;
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*:)?(\/\/[^/?#]*)?[^?#]*(\?[^#]*)?(#.*)?$/.exec(first.url);
  if (!match) return '';
  return `${match[1] ?? ''}${match[2] ?? ''}${match[3] ?? ''}${match[4] ?? ''}`;
}

export function applicationLaunchUrl(state: SimulatorState, app: SimApplication, user: SimUser | null): string | null {
  let url: string | null = null;
  if (app.meta_launch_url) {
    url = app.meta_launch_url;
  } else {
    const provider = state.providers.find((candidate) => candidate.pk === app.provider);
    if (provider) url = providerLaunchUrl(provider, app);
  }
  return url ? formatForUser(url, user) : url;
}

export function serializeApplication(state: SimulatorState, app: SimApplication, user: SimUser | null): Schemas['Application'] {
  const provider = state.providers.find((candidate) => candidate.pk === app.provider);
  const backchannel = state.providers.filter((candidate) => app.backchannel_providers.includes(candidate.pk));
  return {
    pk: app.pk,
    pbm_uuid: app.pk,
    name: app.name,
    slug: app.slug,
    provider: app.provider,
    provider_obj: provider ? serializeProviderBase(state, provider) : null,
    backchannel_providers: [...app.backchannel_providers],
    backchannel_providers_obj: backchannel.map((entry) => serializeProviderBase(state, entry)),
    launch_url: applicationLaunchUrl(state, app, user),
    open_in_new_tab: app.open_in_new_tab,
    meta_launch_url: app.meta_launch_url,
    meta_icon: app.meta_icon,
    meta_icon_url: app.meta_icon ? app.meta_icon : null,
    meta_icon_themed_urls: null,
    meta_description: app.meta_description,
    meta_publisher: app.meta_publisher,
    policy_engine_mode: app.policy_engine_mode,
    group: app.group,
    meta_hide: app.meta_hide,
  };
}

function initialsAvatar(user: SimUser): string {
  const initials = (user.name || user.username)
    .split(/\s+/)
    .filter((part) => part.length > 0)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100" fill="#ededed"/>` +
    `<text x="50" y="50" text-anchor="middle" dominant-baseline="central" font-family="sans-serif" font-size="40" fill="#212121">${initials}</text></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

export function serializeUserSelf(state: SimulatorState, user: SimUser): Schemas['UserSelf'] {
  return {
    pk: user.pk,
    username: user.username,
    name: user.name,
    is_active: user.isActive,
    is_superuser: user.isSuperuser,
    is_current: true,
    groups: user.groups
      .map((pk) => state.groups.find((group) => group.pk === pk))
      .filter((group) => group !== undefined)
      .map((group) => ({ pk: group.pk, name: group.name })),
    // `roles` appeared in 2025.12 (UserSelf in that release's schema); older answers have none.
    ...(schemaFacts(state.release).userSelfRoles ? { roles: (user.roles ?? []).map((role) => ({ pk: role.pk, name: role.name })) } : {}),
    email: user.email,
    avatar: initialsAvatar(user),
    uid: userUid(state, user.pk),
    settings: {},
    type: user.type,
    // authentik/core/api/users.py UserSelfSerializer.get_system_permissions: the user's global permissions
    system_permissions: [...user.permissions],
  } as Schemas['UserSelf'];
}

/** `kid` of a keypair: MD5 of the private key PEM, as authentik computes it ('' without a key). */
export function keypairKid(keypair: SimKeypair): string {
  return keypair.privateKeyPem ? createHash('md5').update(keypair.privateKeyPem).digest('hex') : '';
}

/** A stable small integer for a group (authentik's `num_pk`, a sequence; here derived from the uuid). */
function groupNumPk(group: SimGroup): number {
  return Number.parseInt(group.pk.replace(/-/g, '').slice(0, 7), 16);
}

function partialUser(state: SimulatorState, user: SimUser): Record<string, unknown> {
  return {
    pk: user.pk,
    username: user.username,
    name: user.name,
    is_active: user.isActive,
    last_login: null,
    email: user.email,
    attributes: user.attributes,
    uid: userUid(state, user.pk),
  };
}

function relatedGroup(group: SimGroup): Record<string, unknown> {
  return { pk: group.pk, num_pk: groupNumPk(group), name: group.name, is_superuser: group.isSuperuser, attributes: group.attributes };
}

/**
 * A group as GroupSerializer answers it: the superset of `parent`/`parent_name` (before 2025.12)
 * and `parents`/`parents_obj` (from 2025.12); the contract keeps the release's own fields.
 */
export function serializeGroup(state: SimulatorState, group: SimGroup, includeUsers: boolean): Record<string, unknown> {
  const members = state.users.filter((user) => user.groups.includes(group.pk));
  const parents = group.parents.map((pk) => state.groups.find((entry) => entry.pk === pk)).filter((entry) => entry !== undefined);
  const children = state.groups.filter((entry) => entry.parents.includes(group.pk));
  return {
    pk: group.pk,
    num_pk: groupNumPk(group),
    name: group.name,
    is_superuser: group.isSuperuser,
    parent: group.parents[0] ?? null,
    parent_name: parents[0]?.name ?? null,
    parents: group.parents,
    parents_obj: parents.map(relatedGroup),
    users: members.map((user) => user.pk),
    users_obj: includeUsers ? members.map((user) => partialUser(state, user)) : null,
    attributes: group.attributes,
    roles: [],
    roles_obj: [],
    inherited_roles_obj: [],
    children: children.map((entry) => entry.pk),
    children_obj: children.map((entry) => ({ ...relatedGroup(entry), pk: entry.pk, name: entry.name })),
  };
}

/** A user as UserSerializer answers it (groups_obj left out: `include_groups` is not simulated). */
export function serializeUser(state: SimulatorState, user: SimUser): Record<string, unknown> {
  const when = '2025-01-01T00:00:00.000000Z';
  return {
    ...partialUser(state, user),
    date_joined: when,
    is_superuser: user.isSuperuser,
    groups: user.groups,
    groups_obj: null,
    roles: [],
    roles_obj: null,
    avatar: initialsAvatar(user),
    path: 'users',
    type: user.type,
    uuid: user.uuid,
    password_change_date: when,
    last_updated: when,
  };
}

/** A policy binding as PolicyBindingSerializer answers it (related objects partial). */
export function serializePolicyBinding(state: SimulatorState, binding: SimPolicyBinding): Record<string, unknown> {
  const group = binding.group === null ? undefined : state.groups.find((entry) => entry.pk === binding.group);
  const user = binding.user === null ? undefined : state.users.find((entry) => entry.pk === binding.user);
  return {
    pk: binding.pk,
    policy: binding.policy,
    group: binding.group,
    user: binding.user,
    policy_obj: null,
    group_obj: group ? serializeGroup(state, group, false) : null,
    user_obj: user ? serializeUser(state, user) : null,
    target: binding.target,
    negate: binding.negate,
    enabled: binding.enabled,
    order: binding.order,
    timeout: binding.timeout,
    failure_result: binding.failure_result,
    expires: null,
    expiring: false,
  };
}
