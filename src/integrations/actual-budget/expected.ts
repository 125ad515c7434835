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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/miscellaneous/actual-budget/',
    vendor: 'https://actualbudget.org/docs/config/oauth-auth/',
  },
  inputs: { url: 'https://actual.company' },
  launchUrl: 'https://actual.company',
  oidc: {
    redirectUris: [{ url: 'https://actual.company/openid/callback' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'any',
    claims: ['preferred_username', 'name', 'email'],
  },
  appSide: {
    ACTUAL_OPENID_DISCOVERY_URL: 'https://authentik.company/application/o/actual-budget/',
    ACTUAL_OPENID_SERVER_HOSTNAME: 'https://actual.company',
  },
});
