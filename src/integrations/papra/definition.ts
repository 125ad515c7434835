/**
 * Papra signs users in through a custom OAuth2 provider of type "oidc" (Better Auth's generic OAuth
 * plugin), declared in the AUTH_PROVIDERS_CUSTOMS environment variable. It reads authentik's
 * discovery document and calls back to <Papra URL>/api/auth/oauth2/callback/<providerId>; the
 * providerId here is "authentik".
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { PROVIDERS, help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/documentation/papra/',
    vendor: 'https://docs.papra.app/guides/setup-custom-oauth2-providers/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Papra URL',
      help: help.url,
      example: 'https://papra.company',
      pages: [
        'organizations',
        'login',
        'register',
        'settings',
        'api',
        'admin',
        'invitations',
        'reset-password',
        'request-password-reset',
        'email-validation',
      ],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/api/auth/oauth2/callback/authentik'], signingKey: 'any' },
  screen: [
    {
      title: 'Environment',
      location: 'Papra’s environment (.env or the compose file), then restart Papra',
      format: 'env',
      fields: [{ label: 'AUTH_PROVIDERS_CUSTOMS', value: PROVIDERS, secret: true, help: help.providers }],
      notes: [notes.oneLine, notes.baseUrl],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Papra’s callback for providerId authentik', why: why.redirect },
    'email-claim': { source: 'userinfo', why: 'Papra creates the account, and links an existing one, by the email address authentik sends.' },
    discovery: { why: 'Papra reads every endpoint from the discoveryUrl.' },
  },
  manualTest,
  /**
   * Papra: values copied from https://integrations.goauthentik.io/documentation/papra/ (sections "Create an
   * application and provider in authentik" and "Papra configuration") and from the vendor:
   * https://docs.papra.app/guides/setup-custom-oauth2-providers/ ("Configuration": AUTH_PROVIDERS_CUSTOMS
   * fields providerId, providerName, providerIconUrl, clientId, clientSecret, type, discoveryUrl, scopes)
   * with Papra's source (apps/papra-server/src/modules/app/auth/auth.services.ts: Better Auth genericOAuth
   * with the custom providers, baseURL = the server base URL; Better Auth's generic OAuth plugin sends
   * `${baseURL}/oauth2/callback/${providerId}` under /api/auth), for the example inputs below. They agree.
   */
  expected: {
    inputs: { url: 'https://papra.company' },
    launchUrl: 'https://papra.company',
    oidc: {
      redirectUris: ['https://papra.company/api/auth/oauth2/callback/authentik'],
      scopes: ['openid', 'profile', 'email'],
      signing: 'any',
      claims: ['sub', 'email', 'name'],
    },
  },
});
