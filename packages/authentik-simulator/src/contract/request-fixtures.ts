/**
 * Small transactional request bodies for contract tests — written out here instead of built by
 * the wizard's integration definitions, so contract tests do not depend on them. The pks are
 * well-formed but made up (the contract checks shape, not existence).
 */
export const FLOW_AUTHZ = '2f0f5b3e-6a6c-4c8e-9a51-0d6b1d1e0a01';
export const FLOW_INVALIDATION = '2f0f5b3e-6a6c-4c8e-9a51-0d6b1d1e0a02';
export const KEYPAIR = '2f0f5b3e-6a6c-4c8e-9a51-0d6b1d1e0a03';
export const TRANSACTIONAL_PATH = '/core/transactional/applications/';

type Fields = Record<string, unknown>;

/** An OAuth2 provider body every release 2025.4 … 2026.8 accepts, plus `extra` fields. */
export function oauth2Request(extra: Fields = {}, redirect: Fields = {}) {
  return {
    app: { name: 'osTicket', slug: 'osticket' },
    provider_model: 'authentik_providers_oauth2.oauth2provider',
    provider: {
      name: 'Provider for osTicket',
      authorization_flow: FLOW_AUTHZ,
      invalidation_flow: FLOW_INVALIDATION,
      client_type: 'confidential',
      redirect_uris: [{ matching_mode: 'strict', url: 'https://osticket.company/api/auth/oauth2', ...redirect }],
      signing_key: KEYPAIR,
      ...extra,
    },
  };
}

/** A SAML provider body every release accepts (no issuer field at all), plus `extra` fields. */
export function samlRequest(extra: Fields = {}) {
  return {
    app: { name: 'YouTrack', slug: 'youtrack' },
    provider_model: 'authentik_providers_saml.samlprovider',
    provider: {
      name: 'Provider for YouTrack',
      authorization_flow: FLOW_AUTHZ,
      invalidation_flow: FLOW_INVALIDATION,
      acs_url: 'https://youtrack.company/hub/api/rest/saml2/acs',
      audience: 'https://youtrack.company/hub',
      signing_kp: KEYPAIR,
      sign_assertion: true,
      ...extra,
    },
  };
}

export function transactional(body: unknown) {
  return { method: 'put', apiPath: TRANSACTIONAL_PATH, body };
}
