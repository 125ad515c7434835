/**
 * wg-easy (15.4+) signs users in with OpenID Connect (openid-client, PKCE), configured by
 * environment variables. It calls back to https://<host>/api/auth/oidc/callback, or …/link when an
 * existing user links the account, and requires a verified email address.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/networking/wg-easy/',
    vendor: 'https://wg-easy.github.io/wg-easy/latest/advanced/config/external-authentication/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'wg-easy URL',
      help: help.url,
      example: 'https://wg-easy.company',
      pages: ['login', 'api', 'admin', 'clients', 'me', 'setup', 'cnf'],
    },
  },
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/api/auth/oidc/callback', '{url}/api/auth/oidc/link'],
    signingKey: 'any',
    scopes: ['openid', 'profile'],
    customScopes: ['email-verified'],
  },
  screen: [
    {
      title: 'Environment',
      location: 'The wg-easy container’s .env (then restart the container)',
      format: 'env',
      fields: [
        { label: 'OAUTH_PROVIDERS', value: 'oidc' },
        { label: 'OAUTH_OIDC_NAME', value: 'authentik' },
        { label: 'OAUTH_OIDC_SERVER', value: '{issuer}', help: help.server },
        { label: 'OAUTH_OIDC_CLIENT_ID', value: '{client_id}' },
        { label: 'OAUTH_OIDC_CLIENT_SECRET', value: '{client_secret}', secret: true },
        { label: 'OAUTH_AUTO_REGISTER', value: 'true', help: help.register },
      ],
      notes: [notes.version, notes.admin, notes.only],
    },
  ],
  checks: { 'redirect-uri': { title: 'Both wg-easy callbacks are registered', why: why.redirect }, 'custom-mappings': { why: why.email } },
  manualTest,
  /**
   * wg-easy: values copied from https://integrations.goauthentik.io/networking/wg-easy/ (sections "Create
   * a custom scope mapping" (email_verified True), "Create an application and provider": redirect URIs
   * `https://wg-easy.company/api/auth/oidc/callback` and `https://wg-easy.company/api/auth/oidc/link`;
   * "wg-easy configuration": the .env block) and wg-easy's source
   * (https://github.com/wg-easy/wg-easy/blob/master/src/server/api/auth/[provider]/index.get.ts:
   * redirect_uri = `https://<host>/api/auth/<provider>/callback`, or `/link` when linking; PKCE S256) with
   * https://wg-easy.github.io/wg-easy/latest/advanced/config/external-authentication/, for the example
   * inputs below. They agree.
   */
  expected: {
    inputs: { url: 'https://wg-easy.company' },
    launchUrl: 'https://wg-easy.company',
    oidc: {
      redirectUris: ['https://wg-easy.company/api/auth/oidc/callback', 'https://wg-easy.company/api/auth/oidc/link'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['email', 'email_verified'],
    },
    appSide: {
      OAUTH_PROVIDERS: 'oidc',
      OAUTH_OIDC_NAME: 'authentik',
      OAUTH_OIDC_SERVER: 'https://authentik.company/application/o/wg-easy/',
      OAUTH_AUTO_REGISTER: 'true',
    },
  },
});
