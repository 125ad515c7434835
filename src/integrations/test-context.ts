/**
 * Shared test fixtures for the integration definitions: what a default authentik 2026.8 install
 * answers for flows, keypairs and managed mappings, and how it reports a pair after creation.
 * Shapes are the API's (typed from schema.gen); ids and fingerprints are made up.
 * Used only by the definition tests.
 */
import type {
  Application,
  AuthentikSettings,
  CertificateKeyPair,
  CreatedPair,
  DiscoveredContext,
  Flow,
  OAuth2Provider,
  OAuth2ProviderRequest,
  SAMLPropertyMapping,
  SAMLProvider,
  SAMLProviderRequest,
  ScopeMapping,
  TransactionApplicationRequest,
} from '../features/wizard/engine/types';

/** The authentik base URL the setup URLs are built from. */
export const AK = 'https://authentik.company';

function flow(pk: string, slug: string, name: string, designation: Flow['designation']): Flow {
  return {
    pk,
    policybindingmodel_ptr_id: pk,
    name,
    slug,
    title: name,
    designation,
    background: '',
    background_url: '/static/dist/assets/images/flow_background.jpg',
    background_themed_urls: null,
    stages: [],
    policies: [],
    cache_count: 0,
    policy_engine_mode: 'any',
    compatibility_mode: false,
    export_url: `/api/v3/flows/instances/${slug}/export/`,
    layout: 'stacked',
    denied_action: 'message_continue',
    authentication: designation === 'invalidation' ? 'none' : 'require_authenticated',
  };
}

export const authorizationFlow = flow(
  '0b2f6c1e-8d3a-4c55-9a61-3e0f7d2b9a01',
  'default-provider-authorization-implicit-consent',
  'Authorize Application',
  'authorization',
);
export const invalidationFlow = flow('0b2f6c1e-8d3a-4c55-9a61-3e0f7d2b9a02', 'default-provider-invalidation-flow', 'Logout', 'invalidation');

/** authentik's generated self-signed certificate (RSA). */
export const rsaKey: CertificateKeyPair = {
  pk: '5d1e7a90-31c4-4b8e-a1f2-6c0d9e8b7a03',
  name: 'authentik Self-signed Certificate',
  fingerprint_sha256: '3f:a9:0c:7e:12:bd:44:e8:9a:01:5c:6f:d2:7b:88:c3:19:e4:a0:5b:7c:2d:96:f1:0e:83:4a:b6:d5:21:c8:7f',
  fingerprint_sha1: '8e:21:4c:9b:07:d3:a6:5f:e2:10:bb:47:93:c8:2a:6d:f4:05:1e:7c',
  cert_expiry: '2027-05-04T10:11:12Z',
  cert_subject: 'CN=authentik Self-signed Certificate,OU=Self-signed,O=authentik',
  private_key_available: true,
  key_type: 'rsa',
  certificate_download_url: '/api/v3/crypto/certificatekeypairs/5d1e7a90-31c4-4b8e-a1f2-6c0d9e8b7a03/view_certificate/?download',
  private_key_download_url: '/api/v3/crypto/certificatekeypairs/5d1e7a90-31c4-4b8e-a1f2-6c0d9e8b7a03/view_private_key/?download',
  managed: null,
};

/** An imported EC P-256 keypair. */
export const ecKey: CertificateKeyPair = {
  pk: '7c4b2e18-9f60-4d3a-b8e5-2a1f0c9d6e04',
  name: 'sso-ec-p256',
  fingerprint_sha256: 'c1:07:5e:ab:93:2f:d8:46:10:ee:7a:b2:5c:09:f4:38:6d:a1:e2:57:0b:c9:84:3e:f6:12:7d:a8:59:b0:e3:4c',
  fingerprint_sha1: '2b:9c:70:e1:4d:a3:58:f6:0c:b1:e7:29:d4:6a:83:5f:1e:c0:97:ab',
  cert_expiry: '2028-01-01T00:00:00Z',
  cert_subject: 'CN=sso.company',
  private_key_available: true,
  key_type: 'ec',
  certificate_download_url: '/api/v3/crypto/certificatekeypairs/7c4b2e18-9f60-4d3a-b8e5-2a1f0c9d6e04/view_certificate/?download',
  private_key_download_url: '/api/v3/crypto/certificatekeypairs/7c4b2e18-9f60-4d3a-b8e5-2a1f0c9d6e04/view_private_key/?download',
  managed: null,
};

function scope(pk: string, scopeName: string, name: string, expression: string): ScopeMapping {
  return {
    pk,
    managed: `goauthentik.io/providers/oauth2/scope-${scopeName}`,
    name,
    expression,
    component: 'ak-property-mapping-provider-scope-form',
    verbose_name: 'Scope Mapping',
    verbose_name_plural: 'Scope Mappings',
    meta_model_name: 'authentik_providers_oauth2.scopemapping',
    scope_name: scopeName,
    description: '',
  };
}

export const scopeMappings: Record<string, ScopeMapping> = Object.fromEntries(
  [
    scope('a1000000-0000-4000-8000-000000000001', 'openid', "authentik default OAuth Mapping: OpenID 'openid'", 'return {}'),
    scope('a1000000-0000-4000-8000-000000000002', 'email', "authentik default OAuth Mapping: OpenID 'email'", 'return {"email": request.user.email}'),
    scope(
      'a1000000-0000-4000-8000-000000000003',
      'profile',
      "authentik default OAuth Mapping: OpenID 'profile'",
      'return {"name": request.user.name}',
    ),
    scope('a1000000-0000-4000-8000-000000000004', 'offline_access', "authentik default OAuth Mapping: OpenID 'offline_access'", 'return {}'),
    scope('a1000000-0000-4000-8000-000000000005', 'entitlements', 'authentik default OAuth Mapping: Application Entitlements', 'return {}'),
  ].map((mapping) => [mapping.managed ?? '', mapping]),
);

function saml(pk: string, key: string, name: string, samlName: string): SAMLPropertyMapping {
  return {
    pk,
    managed: `goauthentik.io/providers/saml/${key}`,
    name: `authentik default SAML Mapping: ${name}`,
    expression: 'return request.user.username',
    component: 'ak-property-mapping-provider-saml-form',
    verbose_name: 'SAML Provider Property Mapping',
    verbose_name_plural: 'SAML Provider Property Mappings',
    meta_model_name: 'authentik_providers_saml.samlpropertymapping',
    saml_name: samlName,
    friendly_name: null,
  };
}

export const samlMappings: Record<string, SAMLPropertyMapping> = Object.fromEntries(
  [
    saml('b2000000-0000-4000-8000-000000000001', 'upn', 'UPN', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn'),
    saml('b2000000-0000-4000-8000-000000000002', 'name', 'Name', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name'),
    saml('b2000000-0000-4000-8000-000000000003', 'email', 'Email', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress'),
    saml('b2000000-0000-4000-8000-000000000004', 'username', 'Username', 'http://schemas.goauthentik.io/2021/02/saml/username'),
    saml('b2000000-0000-4000-8000-000000000005', 'uid', 'User ID', 'http://schemas.goauthentik.io/2021/02/saml/uid'),
    saml('b2000000-0000-4000-8000-000000000006', 'groups', 'Groups', 'http://schemas.xmlsoap.org/claims/Group'),
  ].map((mapping) => [mapping.managed ?? '', mapping]),
);

/** What discovery finds on a fresh install; override e.g. `{ signingKey: null }`. */
export function discoveredContext(overrides: Partial<DiscoveredContext> = {}): DiscoveredContext {
  return { authorizationFlow, invalidationFlow, signingKey: rsaKey, scopeMappings, samlMappings, ...overrides };
}

export function authentikSettings(overrides: Partial<AuthentikSettings> = {}): AuthentikSettings {
  return {
    avatars: 'gravatar,initials',
    default_user_change_name: true,
    default_user_change_email: false,
    default_user_change_username: false,
    event_retention: 'days=365',
    footer_links: [],
    gdpr_compliance: true,
    impersonation: true,
    impersonation_require_reason: true,
    default_token_duration: 'minutes=30',
    default_token_length: 60,
    pagination_default_page_size: 20,
    pagination_max_page_size: 100,
    flags: {
      core_default_app_access: true,
      enterprise_audit_include_expanded_diff: false,
      flows_continuous_login: false,
      flows_refresh_others: false,
    },
    ...overrides,
  };
}

const PROVIDER_PK = 42;

function application(request: TransactionApplicationRequest, component: string, verbose: string): Application {
  const { app } = request;
  const provider = request.provider as OAuth2ProviderRequest | SAMLProviderRequest;
  return {
    pk: 'e5000000-0000-4000-8000-000000000001',
    pbm_uuid: 'e5000000-0000-4000-8000-000000000001',
    name: app.name,
    slug: app.slug,
    provider: PROVIDER_PK,
    provider_obj: {
      pk: PROVIDER_PK,
      name: provider.name,
      authentication_flow: null,
      authorization_flow: provider.authorization_flow,
      invalidation_flow: provider.invalidation_flow,
      property_mappings: provider.property_mappings ?? [],
      component,
      assigned_application_slug: app.slug,
      assigned_application_name: app.name,
      assigned_backchannel_application_slug: null,
      assigned_backchannel_application_name: null,
      verbose_name: verbose,
      verbose_name_plural: `${verbose}s`,
      meta_model_name: request.provider_model,
    },
    backchannel_providers: [],
    backchannel_providers_obj: [],
    launch_url: app.meta_launch_url ? app.meta_launch_url : null,
    open_in_new_tab: app.open_in_new_tab ?? false,
    meta_launch_url: app.meta_launch_url ?? '',
    meta_icon: '',
    meta_icon_url: null,
    meta_icon_themed_urls: null,
    meta_description: '',
    meta_publisher: '',
    policy_engine_mode: app.policy_engine_mode ?? 'any',
    group: '',
    meta_hide: false,
  };
}

function keyByPk(pk: string | null | undefined): CertificateKeyPair | null {
  return [rsaKey, ecKey].find((key) => key.pk === pk) ?? null;
}

export const GENERATED_CLIENT_ID = 'hT4qXw9LmZ2rV7bN1cKp0sYdE6fJ3gAuQiR8oWxe';
export const GENERATED_CLIENT_SECRET = 'Sx'.repeat(64);

/** The pair authentik reports after applying an OAuth2 request: generated credentials, setup URLs. */
export function createdOidcPair(request: TransactionApplicationRequest, settings: AuthentikSettings | null = authentikSettings()): CreatedPair {
  const sent = request.provider as OAuth2ProviderRequest;
  if (sent.provider_model !== 'authentik_providers_oauth2.oauth2provider') throw new Error('not an OAuth2 request');
  const slug = request.app.slug;
  const { provider_model: _model, ...fields } = sent;
  const provider: OAuth2Provider = {
    ...fields,
    pk: PROVIDER_PK,
    component: 'ak-provider-oauth2-form',
    assigned_application_slug: slug,
    assigned_application_name: request.app.name,
    assigned_backchannel_application_slug: null,
    assigned_backchannel_application_name: null,
    verbose_name: 'OAuth2/OpenID Provider',
    verbose_name_plural: 'OAuth2/OpenID Providers',
    meta_model_name: 'authentik_providers_oauth2.oauth2provider',
    client_id: sent.client_id ?? GENERATED_CLIENT_ID,
    client_secret: sent.client_secret ?? GENERATED_CLIENT_SECRET,
    redirect_uris: sent.redirect_uris.map((uri) => ({ ...uri })),
  };
  return {
    protocol: 'oidc',
    application: application(request, 'ak-provider-oauth2-form', 'OAuth2/OpenID Provider'),
    provider,
    setupUrls: {
      issuer: `${AK}/application/o/${slug}/`,
      authorize: `${AK}/application/o/authorize/`,
      token: `${AK}/application/o/token/`,
      user_info: `${AK}/application/o/userinfo/`,
      provider_info: `${AK}/application/o/${slug}/.well-known/openid-configuration`,
      logout: `${AK}/application/o/${slug}/end-session/`,
      jwks: `${AK}/application/o/${slug}/jwks/`,
      dcr_registration: null,
    },
    signingKey: keyByPk(sent.signing_key),
    settings,
  };
}

/** The pair authentik reports after applying a SAML request, with the read-only url_* fields. */
export function createdSamlPair(request: TransactionApplicationRequest, settings: AuthentikSettings | null = authentikSettings()): CreatedPair {
  const sent = request.provider as SAMLProviderRequest;
  if (sent.provider_model !== 'authentik_providers_saml.samlprovider') throw new Error('not a SAML request');
  const slug = request.app.slug;
  const base = `${AK}/application/saml/${slug}`;
  const { provider_model: _model, ...fields } = sent;
  const provider: SAMLProvider = {
    ...fields,
    pk: PROVIDER_PK,
    component: 'ak-provider-saml-form',
    assigned_application_slug: slug,
    assigned_application_name: request.app.name,
    assigned_backchannel_application_slug: null,
    assigned_backchannel_application_name: null,
    verbose_name: 'SAML Provider',
    verbose_name_plural: 'SAML Providers',
    meta_model_name: 'authentik_providers_saml.samlprovider',
    url_download_metadata: `${AK}/api/v3/providers/saml/${PROVIDER_PK}/metadata/?download`,
    url_issuer: sent.issuer_override ? sent.issuer_override : `${base}/metadata/`,
    url_unified: `${base}/`,
    url_unified_init: `${base}/init/`,
    url_sso_post: `${base}/sso/binding/post/`,
    url_sso_redirect: `${base}/sso/binding/redirect/`,
    url_sso_init: `${base}/sso/binding/init/`,
    url_slo_post: `${base}/slo/binding/post/`,
    url_slo_redirect: `${base}/slo/binding/redirect/`,
  };
  return {
    protocol: 'saml',
    application: application(request, 'ak-provider-saml-form', 'SAML Provider'),
    provider,
    signingKey: keyByPk(sent.signing_kp),
    settings,
  };
}

/** A SAML pair after a PATCH of some provider fields (as authentik would report it). */
export function patchedSamlPair(pair: CreatedPair, patch: Partial<SAMLProvider>): CreatedPair {
  if (pair.protocol !== 'saml') throw new Error('not a SAML pair');
  return { ...pair, provider: { ...pair.provider, ...patch } };
}
