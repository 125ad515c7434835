/**
 * Open WebUI signs users in with OpenID Connect, configured by environment variables. It reads
 * authentik's discovery document, calls back to <WEBUI_URL>/oauth/oidc/callback and takes the
 * user (email, name) from the verified ID token.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/miscellaneous/open-webui/',
    vendor: 'https://docs.openwebui.com/features/authentication-access/auth/sso/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Open WebUI URL',
      help: help.url,
      example: 'https://chat.company',
      pages: ['c', 'auth', 'admin', 'workspace', 'oauth', 'api', 's', 'notes', 'channels', 'playground'],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/oauth/oidc/callback'], signingKey: 'any' },
  screen: [
    {
      title: 'Environment',
      location: '.env or the compose file’s environment:',
      format: 'env',
      fields: [
        { label: 'WEBUI_URL', value: '{url}' },
        { label: 'OAUTH_CLIENT_ID', value: '{client_id}' },
        { label: 'OAUTH_CLIENT_SECRET', value: '{client_secret}', secret: true },
        { label: 'OAUTH_PROVIDER_NAME', value: 'authentik' },
        { label: 'OPENID_PROVIDER_URL', value: '{discovery_url}', help: help.provider },
        { label: 'OPENID_REDIRECT_URI', value: '{redirect_uri}' },
        { label: 'ENABLE_OAUTH_SIGNUP', value: 'true' },
        { label: 'OAUTH_MERGE_ACCOUNTS_BY_EMAIL', value: 'true', help: help.merge },
      ],
      notes: [notes.persistent, notes.names, notes.login],
    },
  ],
  checks: {
    'provider-assigned': { why: 'Without the link authentik serves no discovery document for OPENID_PROVIDER_URL.' },
    'redirect-uri': { title: 'The redirect URI is OPENID_REDIRECT_URI', why: why.redirect },
    'signing-key': {},
    'encryption-key': { why: why.encryption },
    'id-token-claims': { why: 'Open WebUI takes the email address and name from the ID token.' },
    'email-claim': { source: 'id_token', why: 'Open WebUI creates and merges accounts by email address; without one the login fails.' },
    discovery: { why: 'Open WebUI reads every endpoint from OPENID_PROVIDER_URL.' },
  },
  manualTest,
  /**
   * Open WebUI: values copied from https://integrations.goauthentik.io/miscellaneous/open-webui/ (sections
   * "Create an application and provider" and "Open WebUI configuration") and
   * https://docs.openwebui.com/features/authentication-access/auth/sso/ ("OIDC": redirect URI
   * `<open-webui>/oauth/oidc/callback`, OAUTH_SCOPES defaults to `openid email profile`, the `email` claim
   * is required, `name` and `picture` are used if present), for the example inputs below. The guide's
   * host `openwebui.company` is replaced by the example input `chat.company`.
   */
  expected: {
    inputs: { url: 'https://chat.company' },
    oidc: {
      redirectUris: ['https://chat.company/oauth/oidc/callback'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['email', 'name'],
    },
    appSide: {
      WEBUI_URL: 'https://chat.company',
      OAUTH_PROVIDER_NAME: 'authentik',
      OPENID_PROVIDER_URL: 'https://authentik.company/application/o/open-webui/.well-known/openid-configuration',
      OPENID_REDIRECT_URI: 'https://chat.company/oauth/oidc/callback',
      ENABLE_OAUTH_SIGNUP: 'true',
      OAUTH_MERGE_ACCOUNTS_BY_EMAIL: 'true',
    },
  },
});
