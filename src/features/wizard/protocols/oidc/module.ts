/** The OAuth2 / OpenID Connect protocol module. */
import { unwrap } from '../../../../lib/authentik/client';
import type { CustomScopeSpec, OidcSettings } from '../../definition/format';
import { COMMON_REASONS } from '../common-checks';
import { EMAIL_VERIFIED } from './mapping-library';
import { fill, templateShape } from '../../definition/templates';
import type { CreatedPair, OAuth2Provider } from '../../model/types';
import { customPk, mappingPks, releaseOf, requireSigningKey } from '../build-helpers';
import { scopeManagedId } from '../../definition/managed';
import type { ProtocolModule } from '../types';
import {
  ASYMMETRIC_ALGORITHMS,
  discoveryCheck,
  emailClaimCheck,
  encryptionKeyCheck,
  grantTypesCheck,
  idTokenClaimsCheck,
  redirectUriCheck,
  signingKeyCheck,
} from './checks';
import { redirectErrorsCheck } from './events';
import { authorizationFlowCheck, scopesCheck, withAccepted } from '../login-checks';
import { redirectUriTypesCheck } from './release-traps';

type Settings = { protocol: 'oidc' } & OidcSettings;
type OidcPair = Extract<CreatedPair, { protocol: 'oidc' }>;

const MODEL = 'authentik_providers_oauth2.oauth2provider';
const RSA_ALGORITHMS = ASYMMETRIC_ALGORITHMS.filter((alg) => alg.startsWith('RS') || alg.startsWith('PS'));
const EC_ALGORITHMS = ASYMMETRIC_ALGORITHMS.filter((alg) => alg.startsWith('ES'));

const GRANT_NAMES: Record<string, string> = {
  authorization_code: 'authorization code',
  refresh_token: 'refresh token',
  implicit: 'implicit',
  client_credentials: 'client credentials',
};

function loginRedirect(provider: OAuth2Provider, type: 'authorization' | 'logout' = 'authorization'): string {
  return provider.redirect_uris.find((uri) => (uri.redirect_uri_type ?? 'authorization') === type)?.url ?? '';
}

/** The first login redirect template: the one the app sends and the checks expect. */
function loginTemplate(settings: Settings): string | undefined {
  return settings.redirectUris.find((uri) => (uri.type ?? 'authorization') === 'authorization')?.url;
}

/** The scopes an app gets unless its definition names others. */
export const DEFAULT_SCOPES = ['openid', 'email', 'profile'] as const;

const LIBRARY: Readonly<Record<string, CustomScopeSpec>> = { 'email-verified': EMAIL_VERIFIED };

export const oidc: ProtocolModule<Settings, OidcPair> = {
  id: 'oidc',
  defaults: {
    checkOrder: [
      'provider-assigned',
      'application-access',
      'authorization-flow',
      'redirect-uri',
      'grant-types',
      'scopes',
      'signing-key',
      'encryption-key',
      'id-token-claims',
      'email-claim',
      'discovery',
      'redirect-errors',
      'username-changes',
      'public-authentik',
      'certificate-expiry',
      'custom-mappings',
    ],
    checks: [
      'provider-assigned',
      'application-access',
      'authorization-flow',
      'redirect-uri',
      'grant-types',
      'scopes',
      'discovery',
      'redirect-errors',
    ],
    reasons: {
      ...COMMON_REASONS,
      'redirect-uri': (app) => `${app} sends its redirect URI exactly; authentik refuses any other string with “Redirect URI Error”.`,
      'grant-types': (app) => `${app} signs users in with the authorization code flow.`,
      'authorization-flow': (app) =>
        `authentik runs the provider’s authorization flow whenever ${app} asks for a login; only an authorization flow sends the user back.`,
      scopes: (app) => `${app} asks for these scopes; a scope the provider does not offer leaves out the claims it matches users by.`,
      'signing-key': (app) => `${app} verifies the ID token with the keys authentik publishes.`,
      'encryption-key': (app) => `${app} cannot read an encrypted ID token.`,
      'id-token-claims': (app) => `${app} reads the user’s claims from the ID token.`,
      'email-claim': (app) => `${app} matches and creates accounts by the email address authentik sends.`,
      discovery: (app) => `The endpoints entered in ${app} must be the ones authentik announces for this provider.`,
      'redirect-errors': (app) => `When a login hits “Redirect URI Error”, authentik records the callback ${app} really sent.`,
    },
    httpReason: 'sign-in codes must not travel over plain http.',
    errors: (app) => [
      {
        message: 'Redirect URI Error (on an authentik page)',
        meaning: `${app} sent another redirect URI than the provider lists: another host, http instead of https, a sub-path or a trailing slash.`,
        checkId: 'redirect-errors',
      },
      {
        message: 'unauthorized_client / Invalid grant_type for provider',
        meaning: 'The provider does not allow the authorization code grant.',
        checkId: 'grant-types',
      },
    ],
  },
  resolve: ({ scopes, customScopes, redirectUris, ...rest }) => ({
    ...rest,
    redirectUris: redirectUris.map((uri) => (typeof uri === 'string' ? { url: uri } : uri)),
    scopes: scopes ?? DEFAULT_SCOPES,
    ...(customScopes ? { customScopes: customScopes.map((scope) => (typeof scope === 'string' ? LIBRARY[scope]! : scope)) } : {}),
  }),
  valueKeys: [
    'client_id',
    'client_secret',
    'redirect_uri',
    'logout_redirect_uri',
    'issuer',
    'discovery_url',
    'authorize_url',
    'token_url',
    'userinfo_url',
    'end_session_url',
    'jwks_url',
  ],
  label: 'OAuth2 / OpenID Connect',
  providerModel: MODEL,
  export: {
    mappingModel: 'authentik_providers_oauth2.scopemapping',
    mappingResource: 'authentik_property_mapping_provider_scope',
    resource: 'authentik_provider_oauth2',
    rename: { redirect_uris: 'allowed_redirect_uris' },
    notInTerraform: [],
    generated: { client_id: { length: 40 } },
    configDataSource: 'authentik_provider_oauth2_config',
    outputs: [
      { name: 'client_id', value: '{provider}.client_id', description: 'Client ID' },
      { name: 'client_secret', value: '{provider}.client_secret', description: 'Client secret (generated by authentik)', sensitive: true },
      { name: 'issuer', value: '{config}.issuer_url', description: 'Issuer' },
      { name: 'discovery_url', value: '{config}.provider_info_url', description: 'OpenID configuration URL' },
      { name: 'authorize_url', value: '{config}.authorize_url', description: 'Authorization endpoint' },
      { name: 'token_url', value: '{config}.token_url', description: 'Token endpoint' },
      { name: 'userinfo_url', value: '{config}.user_info_url', description: 'Userinfo endpoint' },
      { name: 'jwks_url', value: '{config}.jwks_url', description: 'JWKS URL' },
      { name: 'end_session_url', value: '{config}.logout_url', description: 'End session endpoint' },
    ],
    secretNote: [
      'No secret is in this file: the client ID and client secret are left for authentik to generate',
      'when it creates the provider. Read them afterwards on the provider’s page in authentik.',
    ],
    notes: () => [],
  },
  discovery: (settings) => ({
    signingKey: settings.signingKey === 'none' ? 'none' : settings.signingKeyOptional ? 'optional' : 'required',
    keyType: settings.signingKey === 'rsa' || settings.signingKey === 'ec' ? settings.signingKey : null,
    scopeMappings: settings.scopes.map(scopeManagedId),
    samlMappings: [],
    customMappings: (settings.customScopes ?? []).map((mapping) => ({
      kind: 'scope' as const,
      name: mapping.name,
      expression: mapping.expression,
      body: { name: mapping.name, scope_name: mapping.scope, expression: mapping.expression, description: mapping.description ?? '' },
      describe: `scope ${mapping.scope}`,
    })),
  }),
  build: ({ settings, values, providerName, context, appName }) => {
    const key =
      settings.signingKey === 'none'
        ? null
        : settings.signingKeyOptional
          ? context.signingKey
          : requireSigningKey(
              context.signingKey,
              settings.signingKey,
              `${appName} verifies logins with the keys authentik publishes, so the provider needs a signing key.`,
              appName,
            );
    const release = releaseOf(context);
    // Before 2026.5 there are no redirect URI types: every entry is a login redirect, so a post-logout URI is left out.
    const redirects = settings.redirectUris.filter((uri) => release.redirectUriType || (uri.type ?? 'authorization') === 'authorization');
    return {
      name: providerName,
      authorization_flow: context.authorizationFlow.pk,
      invalidation_flow: context.invalidationFlow.pk,
      client_type: settings.clientType ?? 'confidential',
      ...(release.oauth2GrantTypes ? { grant_types: ['authorization_code', 'refresh_token'] } : {}),
      redirect_uris: redirects.map((uri) => ({
        matching_mode: uri.match ?? 'strict',
        url: fill(uri.url, values),
        ...(release.redirectUriType ? { redirect_uri_type: uri.type ?? 'authorization' } : {}),
      })),
      signing_key: key?.pk ?? null,
      encryption_key: null,
      include_claims_in_id_token: settings.claimsInIdToken ?? true,
      issuer_mode: 'per_provider',
      sub_mode: settings.subject ?? 'hashed_user_id',
      property_mappings: [
        ...mappingPks(context.scopeMappings, settings.scopes.map(scopeManagedId), 'scope'),
        ...(settings.customScopes ?? []).map((mapping) => customPk(context, mapping.name)),
      ],
      access_code_validity: settings.validity?.accessCode ?? 'minutes=1',
      access_token_validity: settings.validity?.accessToken ?? 'minutes=5',
      refresh_token_validity: settings.validity?.refreshToken ?? 'days=30',
    };
  },
  templates: (settings) => ({ 'provider.redirect_uris': settings.redirectUris.map((uri) => uri.url) }),
  preview: (settings) => {
    const first = settings.redirectUris.find((uri) => uri.type !== 'logout');
    return first ? { label: 'Redirect URI', template: first.url } : undefined;
  },
  read: async (client, application, pk, signal) => {
    const [provider, setupUrls] = await Promise.all([
      unwrap(client.api.GET('/providers/oauth2/{id}/', { params: { path: { id: pk } }, signal })),
      unwrap(client.api.GET('/providers/oauth2/{id}/setup_urls/', { params: { path: { id: pk } }, signal })),
    ]);
    return { protocol: 'oidc', application, provider, setupUrls, signingKey: null, settings: null };
  },
  patch: async (client, pair, body) => {
    const provider = await unwrap(client.api.PATCH('/providers/oauth2/{id}/', { params: { path: { id: pair.provider.pk } }, body }));
    return { ...pair, provider };
  },
  summary: (p, name, context) => {
    const SUBJECT_WORDS: Record<string, string> = {
      hashed_user_id: 'a hashed user ID',
      user_id: 'the user ID',
      user_uuid: 'the user UUID',
      user_username: 'the username',
      user_email: 'the email address',
      user_upn: 'the UPN',
    };
    const redirects = (p.redirect_uris as { matching_mode: string; url: string; redirect_uri_type?: string }[] | undefined) ?? [];
    const grants = (p.grant_types as string[] | undefined) ?? [];
    const mappings = (p.property_mappings as string[] | undefined) ?? [];
    return [
      { label: 'Client type', value: String(p.client_type ?? 'confidential') },
      ...redirects.map((r) => ({
        label: `Redirect URI (${r.matching_mode}${r.redirect_uri_type === 'logout' ? ', post logout' : ''})`,
        value: r.url,
      })),
      { label: 'Grant types', value: grants.map((g) => GRANT_NAMES[g] ?? g).join(', ') || 'none' },
      { label: 'Signing key', value: name(p.signing_key) },
      { label: 'Encryption key', value: p.encryption_key ? name(p.encryption_key) : 'none (ID tokens are signed, not encrypted)' },
      { label: 'Claims in the ID token', value: p.include_claims_in_id_token === false ? 'no' : 'yes' },
      {
        label: 'The app knows each user by',
        value: SUBJECT_WORDS[String(p.sub_mode ?? 'hashed_user_id')] ?? String(p.sub_mode),
        term: 'Subject mode',
      },
      { label: 'Scopes', value: mappings.map((pk) => Object.values(context.scopeMappings).find((m) => m.pk === pk)?.scope_name ?? pk).join(' ') },
      { label: 'Client ID and secret', value: 'generated by authentik; shown after creation' },
    ];
  },
  values: ({ provider, setupUrls }) => ({
    client_id: provider.client_id ?? '',
    client_secret: provider.client_secret ?? '',
    redirect_uri: loginRedirect(provider),
    logout_redirect_uri: loginRedirect(provider, 'logout'),
    issuer: setupUrls.issuer ?? '',
    discovery_url: setupUrls.provider_info ?? '',
    authorize_url: setupUrls.authorize,
    token_url: setupUrls.token,
    userinfo_url: setupUrls.user_info,
    end_session_url: setupUrls.logout ?? '',
    jwks_url: setupUrls.jwks ?? '',
  }),
  host: () => null,
  signingKeyPk: (pair) => pair.provider.signing_key ?? null,
  mappingPks: (pair) => pair.provider.property_mappings ?? [],
  roundTrip: {},
  isPlaceholder: () => false,
  releaseNotes: (caps) => [
    ...(caps.oauth2GrantTypes ? [] : [`authentik ${caps.release}: grant types do not exist yet, so the provider allows every grant; none is sent.`]),
    ...(caps.redirectUriType
      ? []
      : [
          `authentik ${caps.release}: redirect URI types do not exist yet; every redirect URI counts as a login redirect, so post-logout URIs are left out.`,
        ]),
  ],
  checks: {
    'redirect-uri': (spec, env) => {
      const template = loginTemplate(env.settings) ?? '';
      const accepted = env.accepts.flatMap((shape) =>
        (shape.redirectUris ?? []).map((url) => ({ pattern: env.pattern(url), shape: templateShape(url, {}, env.labels), why: shape.why })),
      );
      const check = redirectUriCheck({
        ...spec,
        expected: (pair) => {
          const values = env.recover(pair);
          const filled = fill(template, values);
          return template !== '' && templateShape(template, values) === filled ? filled : null;
        },
        pattern: env.pattern(template),
        shape: templateShape(template, {}, env.labels),
      });
      if (accepted.length === 0) return check;
      return withAccepted(check, (pair) => {
        if (pair.protocol !== 'oidc') return null;
        for (const uri of pair.provider.redirect_uris) {
          if (uri.matching_mode !== 'strict' || (uri.redirect_uri_type ?? 'authorization') !== 'authorization') continue;
          const fit = accepted.find((entry) => entry.pattern.test(uri.url));
          if (fit) return { status: 'pass', expected: fit.shape, actual: uri.url, detail: `Another setup the app supports: ${fit.why}` };
        }
        return null;
      });
    },
    'grant-types': (spec) => grantTypesCheck(spec),
    'authorization-flow': (spec) => authorizationFlowCheck(spec),
    scopes: (spec, env) => scopesCheck({ ...spec, needed: env.settings.scopes }),
    'signing-key': (spec, env) =>
      signingKeyCheck({
        ...spec,
        algorithms:
          (spec.algorithms as string[] | undefined) ??
          (env.settings.signingKey === 'rsa' ? RSA_ALGORITHMS : env.settings.signingKey === 'ec' ? EC_ALGORITHMS : ASYMMETRIC_ALGORITHMS),
      }),
    'encryption-key': (spec) => encryptionKeyCheck(spec),
    'id-token-claims': (spec) => idTokenClaimsCheck(spec),
    'email-claim': (spec) => emailClaimCheck({ ...spec, source: spec.source === 'id_token' ? 'id_token' : 'userinfo' }),
    discovery: (spec) => discoveryCheck(spec),
    'redirect-errors': (spec) => redirectErrorsCheck(spec),
  },
  signatures: (settings) =>
    settings.redirectUris
      .filter((uri) => (uri.type ?? 'authorization') === 'authorization')
      .map((uri) => ({ field: 'redirect_uris', what: 'Redirect URI', template: uri.url })),
  signatureValues: (pair, field) =>
    field === 'redirect_uris'
      ? pair.provider.redirect_uris.filter((uri) => (uri.redirect_uri_type ?? 'authorization') === 'authorization').map((uri) => uri.url)
      : [],
  releaseTraps: () => [grantTypesCheck(), redirectUriTypesCheck()],
};
