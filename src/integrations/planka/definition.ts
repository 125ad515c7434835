/**
 * Planka signs users in with OpenID Connect (openid-client), configured by OIDC_* environment
 * variables. It discovers authentik from OIDC_ISSUER, calls back to BASE_URL + /oidc-callback, reads
 * the user from userinfo and verifies the ID token as RS256 unless OIDC_ID_TOKEN_SIGNED_RESPONSE_ALG
 * says otherwise, so the provider signs with an RSA key.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/planka/',
    vendor: 'https://docs.planka.cloud/docs/configuration/oidc',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Planka URL',
      help: help.url,
      example: 'https://planka.company',
      pages: [
        'boards',
        'projects',
        'cards',
        'login',
        'oidc-callback',
        'api',
        'attachments',
        'settings',
        'static',
        'favicons',
        'user-avatars',
        'background-images',
      ],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/oidc-callback'], signingKey: 'rsa' },
  screen: [
    {
      title: 'Environment',
      location: 'Planka’s environment (docker-compose.yml or .env), then restart Planka',
      format: 'env',
      fields: [
        { label: 'OIDC_ISSUER', value: '{issuer}' },
        { label: 'OIDC_CLIENT_ID', value: '{client_id}' },
        { label: 'OIDC_CLIENT_SECRET', value: '{client_secret}', secret: true },
        { label: 'OIDC_ADMIN_ROLES', value: 'Planka Admins', help: help.admins, optional: true },
        { label: 'OIDC_ENFORCED', value: 'false', help: help.enforced },
      ],
      notes: [notes.baseUrl, notes.rsa],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Planka’s /oidc-callback', why: why.redirect },
    'signing-key': { title: 'ID tokens are signed with an RSA key (RS256)', why: why.rsa },
    'email-claim': { source: 'userinfo', why: 'Planka creates and matches users by the email address from userinfo.' },
    discovery: { why: 'Planka reads every endpoint from OIDC_ISSUER’s discovery document.' },
  },
  manualTest,
  /**
   * Planka: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/planka/
   * (sections "Create an application and provider in authentik", "Create a group in authentik" and "Planka
   * configuration") and from the vendor: https://docs.planka.cloud/docs/configuration/oidc with Planka's
   * source (github.com/plankanban/planka, server/config/custom.js: oidcRedirectUri = BASE_URL +
   * "/oidc-callback", OIDC_SCOPES default "openid email profile", OIDC_CLAIMS_SOURCE default userinfo,
   * OIDC_ROLES_ATTRIBUTE default groups; server/api/hooks/oidc/index.js: id_token_signed_response_alg is
   * only set from OIDC_ID_TOKEN_SIGNED_RESPONSE_ALG, so openid-client's default RS256 applies), for the
   * example inputs below.
   * Where they disagree: the guide allows "any available signing key"; Planka verifies RS256 unless
   * OIDC_ID_TOKEN_SIGNED_RESPONSE_ALG is set, which the guide does not set. The vendor source is followed:
   * an RSA key.
   */
  expected: {
    sources: {
      followed:
        'vendor source for the key type: without OIDC_ID_TOKEN_SIGNED_RESPONSE_ALG Planka accepts RS256 ID tokens only; the guide allows any key',
    },
    inputs: { url: 'https://planka.company' },
    launchUrl: 'https://planka.company',
    oidc: {
      redirectUris: ['https://planka.company/oidc-callback'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'RS256',
      claims: ['email', 'name', 'preferred_username', 'groups'],
    },
    appSide: { OIDC_ISSUER: 'https://authentik.company/application/o/planka/', OIDC_ADMIN_ROLES: 'Planka Admins' },
  },
});
