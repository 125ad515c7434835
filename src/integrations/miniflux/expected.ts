/**
 * Miniflux: values copied from https://integrations.goauthentik.io/media/miniflux/ (sections "Create an
 * application and provider in authentik" and "Miniflux configuration") and Miniflux's
 * https://miniflux.app/docs/howto.html#oauth2-and-openid-connect-authentication with its source
 * (internal/oauth2/oidc.go: go-oidc NewProvider on OAUTH2_OIDC_DISCOVERY_ENDPOINT, scopes
 * `openid profile email`, PKCE code_verifier, the profile read from the userinfo endpoint, the
 * account keyed by `sub` and named after preferred_username, else email, name), for the example inputs
 * below. Miniflux never verifies an ID token signature, so any signing key works. They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/media/miniflux/',
    vendor: 'https://miniflux.app/docs/howto.html#oauth2-and-openid-connect-authentication',
  },
  inputs: { url: 'https://miniflux.company' },
  launchUrl: 'https://miniflux.company',
  oidc: {
    redirectUris: [{ url: 'https://miniflux.company/oauth2/oidc/callback' }],
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
});
