/**
 * Miniflux signs users in with its OAuth2 "oidc" provider, configured by OAUTH2_* environment
 * variables. It calls back to OAUTH2_REDIRECT_URL, reads the user from authentik's userinfo
 * endpoint and links accounts by the sub claim.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/media/miniflux/',
    vendor: 'https://miniflux.app/docs/howto.html#oauth2-and-openid-connect-authentication',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Miniflux URL',
      help: help.url,
      example: 'https://miniflux.company',
      pages: [
        'oauth2',
        'unread',
        'feeds',
        'feed',
        'category',
        'categories',
        'history',
        'starred',
        'settings',
        'login',
        'v1',
        'healthcheck',
        'search',
        'integrations',
        'about',
        'users',
        'keys',
      ],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/oauth2/oidc/callback'], signingKey: 'any' },
  screen: [
    {
      title: 'Environment',
      location: '.env, miniflux.conf or the compose file’s environment: (then restart Miniflux)',
      format: 'env',
      fields: [
        { label: 'OAUTH2_PROVIDER', value: 'oidc' },
        { label: 'OAUTH2_CLIENT_ID', value: '{client_id}' },
        { label: 'OAUTH2_CLIENT_SECRET', value: '{client_secret}', secret: true },
        { label: 'OAUTH2_REDIRECT_URL', value: '{redirect_uri}', help: help.redirect },
        { label: 'OAUTH2_OIDC_DISCOVERY_ENDPOINT', value: '{issuer}', help: help.discovery },
        { label: 'OAUTH2_USER_CREATION', value: '1', help: help.creation },
      ],
      notes: [notes.link, notes.restart],
    },
  ],
  checks: { 'redirect-uri': { title: 'The redirect URI is OAUTH2_REDIRECT_URL', why: why.redirect } },
  manualTest,
  /**
   * Miniflux: values copied from https://integrations.goauthentik.io/media/miniflux/ (sections "Create an
   * application and provider in authentik" and "Miniflux configuration") and Miniflux's
   * https://miniflux.app/docs/howto.html#oauth2-and-openid-connect-authentication with its source
   * (internal/oauth2/oidc.go: go-oidc NewProvider on OAUTH2_OIDC_DISCOVERY_ENDPOINT, scopes
   * `openid profile email`, PKCE code_verifier, the profile read from the userinfo endpoint, the
   * account keyed by `sub` and named after preferred_username, else email, name), for the example inputs
   * below. Miniflux never verifies an ID token signature, so any signing key works. They agree.
   */
  expected: {
    inputs: { url: 'https://miniflux.company' },
    launchUrl: 'https://miniflux.company',
    oidc: {
      redirectUris: ['https://miniflux.company/oauth2/oidc/callback'],
      scopes: ['openid', 'profile', 'email'],
      signing: 'any',
      claims: ['sub', 'preferred_username', 'email', 'name'],
    },
    appSide: {
      OAUTH2_PROVIDER: 'oidc',
      OAUTH2_REDIRECT_URL: 'https://miniflux.company/oauth2/oidc/callback',
      OAUTH2_OIDC_DISCOVERY_ENDPOINT: 'https://authentik.company/application/o/miniflux/',
      OAUTH2_USER_CREATION: '1',
    },
  },
});
