/**
 * Actual Budget's sync server signs users in with OpenID Connect (openid-client), configured by
 * ACTUAL_OPENID_* environment variables. It calls back to <server hostname>/openid/callback with
 * PKCE, validates the ID token and identifies users by preferred_username from userinfo.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/miscellaneous/actual-budget/',
    vendor: 'https://actualbudget.org/docs/config/oauth-auth/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Actual Budget URL',
      help: help.url,
      example: 'https://actual.company',
      preview: 'Redirect URI: {url}/openid/callback',
      pages: ['openid', 'openid-cb', 'budget', 'accounts', 'login', 'settings', 'reports', 'schedules', 'payees', 'rules', 'bootstrap', 'config-server', 'user-directory', 'user-access', 'account', 'sync', 'admin'],
    },
  },
  launchUrl: '{url}',
  provider: { protocol: 'oidc', redirectUris: [{ url: '{url}/openid/callback' }], signingKey: 'any' },
  screen: [
    {
      title: 'Environment',
      location: 'The Actual server’s .env or the compose file’s environment: (then restart)',
      format: 'env',
      fields: [
        { label: 'ACTUAL_OPENID_DISCOVERY_URL', value: '{issuer}', help: help.discovery },
        { label: 'ACTUAL_OPENID_CLIENT_ID', value: '{client_id}' },
        { label: 'ACTUAL_OPENID_CLIENT_SECRET', value: '{client_secret}', secret: true },
        { label: 'ACTUAL_OPENID_SERVER_HOSTNAME', value: '{url}', help: help.hostname },
      ],
      notes: [notes.owner, notes.users, notes.other],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Actual’s /openid/callback', why: why.redirect },
    'signing-key': { why: 'Actual validates the ID token with the keys authentik publishes.' },
    'username-changes': { why: 'Actual finds users by preferred_username; a renamed authentik user no longer matches their Actual user.' },
  },
  manualTest,
});
