/** The patch release each simulated release reports as `version_current` (the one whose schema is used). */
export const RELEASE_VERSIONS: Readonly<Record<ReleaseId, string>> = {
  '2025.4': '2025.4.1',
  '2025.6': '2025.6.4',
  '2025.8': '2025.8.6',
  '2025.10': '2025.10.4',
  '2025.12': '2025.12.6',
  '2026.2': '2026.2.0',
  '2026.5': '2026.5.6',
  '2026.8': '2026.8.3',
};

/**
 * The state of a freshly installed authentik (of the given release): default flows, the automatically created
 * keypairs, the managed property mappings, the bootstrap admin, plus two extra users and three
 * API tokens for tests. Object pks are random on every seed, like on a real install.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { ReleaseId } from '../releases.ts';
import { NEWEST_RELEASE } from '../releases.ts';
import { SEED_KEYS, keypairFromMaterial } from './keys.ts';
import { embeddedOutpost } from './outposts.ts';
import type { SimFlow, SimSamlMapping, SimScopeMapping, SimulatorState } from './types.ts';

export interface SeedTokens {
  superuser: string;
  regular: string;
  expired: string;
}

export const AKADMIN_PK = 7;
export const ALICE_PK = 8;
export const BOB_PK = 9;
export const ANONYMOUS_PK = 1;

function flow(
  slug: string,
  name: string,
  title: string,
  designation: SimFlow['designation'],
  authentication: NonNullable<SimFlow['authentication']>,
): SimFlow {
  return {
    pk: randomUUID(),
    slug,
    name,
    title,
    designation,
    authentication,
    background: '',
    policy_engine_mode: 'any',
    compatibility_mode: false,
    layout: 'stacked',
    denied_action: 'message_continue',
  };
}

function defaultFlows(): SimFlow[] {
  return [
    flow('default-authentication-flow', 'Welcome to authentik!', 'Welcome to authentik!', 'authentication', 'none'),
    flow('default-invalidation-flow', 'Logout', 'Default Invalidation Flow', 'invalidation', 'none'),
    flow(
      'default-provider-authorization-explicit-consent',
      'Authorize Application',
      'Redirecting to %(app)s',
      'authorization',
      'require_authenticated',
    ),
    flow(
      'default-provider-authorization-implicit-consent',
      'Authorize Application',
      'Redirecting to %(app)s',
      'authorization',
      'require_authenticated',
    ),
    flow('default-provider-invalidation-flow', 'Logout', "You've logged out of %(app)s.", 'invalidation', 'none'),
    flow('default-source-authentication', 'Welcome to authentik!', 'Welcome to authentik!', 'authentication', 'require_unauthenticated'),
    flow(
      'default-source-enrollment',
      'Welcome to authentik! Please select a username.',
      'Welcome to authentik! Please select a username.',
      'enrollment',
      'require_unauthenticated',
    ),
    flow('default-user-settings-flow', 'User settings', 'Update your info', 'stage_configuration', 'require_authenticated'),
    flow('default-password-change', 'Change Password', 'Change password', 'stage_configuration', 'require_authenticated'),
  ];
}

const SCOPE_MAPPING_PREFIX = "authentik default OAuth Mapping: OpenID '";

function defaultScopeMappings(): SimScopeMapping[] {
  const mapping = (id: string, scope: string, name: string, description: string, expression: string): SimScopeMapping => ({
    pk: randomUUID(),
    managed: `goauthentik.io/providers/oauth2/scope-${id}`,
    name,
    scope_name: scope,
    description,
    expression,
  });
  return [
    mapping('openid', 'openid', `${SCOPE_MAPPING_PREFIX}openid'`, '', '# Required by OpenID Connect; grants nothing by itself\nreturn {}\n'),
    mapping('email', 'email', `${SCOPE_MAPPING_PREFIX}email'`, 'Email address', 'return {"email": request.user.email, "email_verified": False}\n'),
    mapping(
      'profile',
      'profile',
      `${SCOPE_MAPPING_PREFIX}profile'`,
      'General Profile Information',
      'return {\n    "name": request.user.name,\n    "given_name": request.user.name,\n    "preferred_username": request.user.username,\n    "nickname": request.user.username,\n    "groups": [group.name for group in request.user.ak_groups.all()],\n}\n',
    ),
    mapping(
      'offline_access',
      'offline_access',
      `${SCOPE_MAPPING_PREFIX}offline_access'`,
      'Access to request new tokens without interaction',
      '# Enables issuing refresh tokens\nreturn {}\n',
    ),
    mapping(
      'entitlements',
      'entitlements',
      'authentik default OAuth Mapping: Application Entitlements',
      'Application entitlements',
      'return {"entitlements": [entitlement.name for entitlement in request.user.app_entitlements(provider.application)]}\n',
    ),
    mapping(
      'authentik_api',
      'goauthentik.io/api',
      'authentik default OAuth Mapping: authentik API access',
      'authentik API Access on behalf of your user',
      'return {}\n',
    ),
    // blueprints/system/providers-proxy.yaml: the scope the outpost requests for user attributes
    {
      pk: randomUUID(),
      managed: 'goauthentik.io/providers/proxy/scope-proxy',
      name: 'authentik default OAuth Mapping: Proxy outpost',
      scope_name: 'ak_proxy',
      description: '',
      expression:
        'return {\n    "ak_proxy": {\n        "user_attributes": request.user.group_attributes(request),\n        "is_superuser": request.user.is_superuser,\n    }\n}\n',
    },
  ];
}

function defaultSamlMappings(): SimSamlMapping[] {
  const mapping = (id: string, name: string, samlName: string, expression: string): SimSamlMapping => ({
    pk: randomUUID(),
    managed: `goauthentik.io/providers/saml/${id}`,
    name: `authentik default SAML Mapping: ${name}`,
    saml_name: samlName,
    friendly_name: null,
    expression,
  });
  return [
    mapping(
      'upn',
      'UPN',
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn',
      "return request.user.attributes.get('upn', request.user.email)\n",
    ),
    mapping('name', 'Name', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name', 'return request.user.name\n'),
    mapping('email', 'Email', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress', 'return request.user.email\n'),
    mapping('username', 'Username', 'http://schemas.goauthentik.io/2021/02/saml/username', 'return request.user.username\n'),
    mapping('uid', 'User ID', 'http://schemas.goauthentik.io/2021/02/saml/uid', 'return request.user.pk\n'),
    mapping('groups', 'Groups', 'http://schemas.xmlsoap.org/claims/Group', 'for group in request.user.ak_groups.all():\n    yield group.name\n'),
    mapping(
      'ms-windowsaccountname',
      'WindowsAccountname (Username)',
      'http://schemas.microsoft.com/ws/2008/06/identity/claims/windowsaccountname',
      'return request.user.username\n',
    ),
  ];
}

/** authentik's `User.uid`: a SHA-256 over the user pk and the install id. */
export function userUid(state: Pick<SimulatorState, 'installId'>, userPk: number): string {
  return createHash('sha256').update(`${userPk}-${state.installId}`).digest('hex');
}

export function createSeedState(tokens: SeedTokens, release: ReleaseId = NEWEST_RELEASE): SimulatorState {
  const adminsGroup = { pk: randomUUID(), name: 'authentik Admins', parents: [], isSuperuser: true, attributes: {} };
  const now = Date.now();
  const state: SimulatorState = {
    release,
    installId: randomUUID(),
    users: [
      {
        pk: AKADMIN_PK,
        uuid: randomUUID(),
        username: 'akadmin',
        name: 'authentik Default Admin',
        email: 'akadmin@authentik.company',
        isActive: true,
        isSuperuser: true,
        groups: [adminsGroup.pk],
        permissions: [],
        attributes: {},
        type: 'internal',
      },
      {
        pk: ALICE_PK,
        uuid: randomUUID(),
        username: 'alice',
        name: 'Alice Example',
        email: 'alice@authentik.company',
        isActive: true,
        isSuperuser: false,
        groups: [],
        permissions: [],
        attributes: {},
        type: 'internal',
      },
      {
        pk: BOB_PK,
        uuid: randomUUID(),
        username: 'bob',
        name: 'Bob Without Email',
        email: '',
        isActive: true,
        isSuperuser: false,
        groups: [],
        permissions: [],
        attributes: {},
        type: 'internal',
      },
    ],
    groups: [adminsGroup],
    tokens: [
      { identifier: 'wizard-akadmin', key: tokens.superuser, userPk: AKADMIN_PK, intent: 'api', expiring: false, expires: null },
      { identifier: 'wizard-alice', key: tokens.regular, userPk: ALICE_PK, intent: 'api', expiring: false, expires: null },
      {
        identifier: 'wizard-expired',
        key: tokens.expired,
        userPk: AKADMIN_PK,
        intent: 'api',
        expiring: true,
        expires: new Date(now - 3600 * 1000).toISOString(),
      },
    ],
    flows: defaultFlows(),
    keypairs: [
      keypairFromMaterial(SEED_KEYS.selfSigned, { pk: randomUUID(), name: 'authentik Self-signed Certificate', managed: null }),
      keypairFromMaterial(SEED_KEYS.jwt, {
        pk: randomUUID(),
        name: 'authentik Internal JWT Certificate',
        managed: 'goauthentik.io/crypto/jwt-managed',
      }),
      keypairFromMaterial(SEED_KEYS.certificateOnly, { pk: randomUUID(), name: 'SP signing certificate (imported)', managed: null }),
    ],
    scopeMappings: defaultScopeMappings(),
    samlMappings: defaultSamlMappings(),
    policies: [],
    providers: [],
    outposts: [embeddedOutpost()],
    applications: [],
    policyBindings: [],
    events: [],
    settings: {
      avatars: 'gravatar,initials',
      default_user_change_name: true,
      default_user_change_email: false,
      default_user_change_username: false,
      event_retention: 'days=365',
      reputation_lower_limit: -5,
      reputation_upper_limit: 5,
      footer_links: [],
      gdpr_compliance: true,
      impersonation: true,
      impersonation_require_reason: true,
      default_token_duration: 'days=1',
      default_token_length: 60,
      pagination_default_page_size: 20,
      pagination_max_page_size: 100,
      flags: {
        core_default_app_access: true,
        enterprise_audit_include_expanded_diff: false,
        flows_continuous_login: false,
        flows_refresh_others: false,
        // a flag of 2025.8 … 2026.2 (required there); the contract leaves it out for other releases
        policies_buffered_access_view: false,
      },
    },
    version: {
      version_current: RELEASE_VERSIONS[release],
      version_latest: RELEASE_VERSIONS[release],
      version_latest_valid: true,
      build_hash: '4c1f0d1a9e3b27d5c8f6a2e0b9d7c3f1a5e8b2d4',
      outdated: false,
      outpost_outdated: false,
    },
    brand: { pk: randomUUID(), domain: 'authentik-default', name: 'Default brand' },
    nextProviderPk: 1,
    pendingApplyFailures: 0,
  };
  return state;
}
