/**
 * Beszel: values copied from https://integrations.goauthentik.io/monitoring/beszel/ (sections "Create an
 * email verification scope mapping in authentik", "Create an application and provider in authentik",
 * "Beszel configuration", "User creation and password login") and Beszel's https://beszel.dev/guide/oauth
 * (source henrygd/beszel-docs en/guide/oauth.md: callback `<your-beszel-url>/api/oauth2-redirect`,
 * provider added on the users collection's OAuth2 options, USER_CREATION=true for automatic users,
 * DISABLE_PASSWORD_AUTH=true), for the example inputs below. With "Fetch user info from: User info URL"
 * PocketBase reads the userinfo endpoint and does not verify an ID token, so any signing key works.
 * They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/monitoring/beszel/',
    vendor: 'https://beszel.dev/guide/oauth',
  },
  inputs: { url: 'https://beszel.company' },
  launchUrl: 'https://beszel.company',
  oidc: {
    redirectUris: [{ url: 'https://beszel.company/api/oauth2-redirect' }],
    scopes: ['openid', 'profile', 'email'],
    signing: 'any',
    claims: ['email', 'email_verified'],
  },
  appSide: {
    'Display name': 'authentik',
    'Auth URL': 'https://authentik.company/application/o/authorize/',
    'Token URL': 'https://authentik.company/application/o/token/',
    'Fetch user info from': 'User info URL',
    'User info URL': 'https://authentik.company/application/o/userinfo/',
  },
});
