/**
 * Actual Budget's sync server signs users in with OpenID Connect (openid-client), configured by
 * ACTUAL_OPENID_* environment variables. It calls back to <server hostname>/openid/callback with
 * PKCE, validates the ID token and identifies users by preferred_username from userinfo.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/miscellaneous/actual-budget/', vendor: 'https://actualbudget.org/docs/config/oauth-auth/' },
  inputs: {
    url: {
      type: 'url',
      label: 'Actual Budget URL',
      help: help.url,
      example: 'https://actual.company',
      pages: [
        'openid',
        'openid-cb',
        'budget',
        'accounts',
        'login',
        'settings',
        'reports',
        'schedules',
        'payees',
        'rules',
        'bootstrap',
        'config-server',
        'user-directory',
        'user-access',
        'account',
        'sync',
        'admin',
      ],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/openid/callback'], signingKey: 'any' },
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
  /**
   * Actual Budget: values copied from https://integrations.goauthentik.io/miscellaneous/actual-budget/
   * (sections "Create an application and provider in authentik", "Actual Budget configuration" › With
   * Environment Variables, "User provisioning") and Actual's https://actualbudget.org/docs/config/oauth-auth/
   * with its source (packages/sync-server/src/accounts/openid.ts: redirect_uri
   * `new URL('/openid/callback', server_hostname)`, scope 'openid email profile', PKCE S256,
   * validate_id_token true, identity from userinfo preferred_username, else login, email, id, sub), for the
   * example inputs below. They agree.
   * Note: because the callback is built with an absolute path, a server_hostname with a sub-path still
   * calls back at the root of the host.
   */
  expected: {
    inputs: { url: 'https://actual.company' },
    launchUrl: 'https://actual.company',
    oidc: {
      redirectUris: ['https://actual.company/openid/callback'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['preferred_username', 'name', 'email'],
    },
    appSide: {
      ACTUAL_OPENID_DISCOVERY_URL: 'https://authentik.company/application/o/actual-budget/',
      ACTUAL_OPENID_SERVER_HOSTNAME: 'https://actual.company',
    },
  },
});
