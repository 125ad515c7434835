/**
 * Audiobookshelf: values copied from https://integrations.goauthentik.io/media/audiobookshelf/
 * (sections "Create an application and provider" and "Audiobookshelf configuration") and
 * https://docs.audiobookshelf.org/docs/documentation/server-management/oidc-authentication
 * (sections "Required Redirect URIs" and "Auto-Discovery Setup"; its older guide
 * https://www.audiobookshelf.org/guides/oidc_authentication lists the Authorize, Token, Userinfo,
 * JWKS and Logout URLs for an authentik issuer), with Audiobookshelf's source
 * (server/auth/OidcAuthStrategy.js: scope "openid profile email", redirect
 * `/auth/openid/callback` or `/auth/openid/mobile-redirect`, post_logout_redirect_uri
 * `<origin>/login`; the signing algorithm is auto-populated from the discovery document), for the
 * example inputs below. They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/media/audiobookshelf/',
    vendor: 'https://docs.audiobookshelf.org/docs/documentation/server-management/oidc-authentication',
  },
  inputs: { url: 'https://audiobookshelf.company' },
  launchUrl: 'https://audiobookshelf.company',
  oidc: {
    redirectUris: [
      { url: 'https://audiobookshelf.company/auth/openid/callback' },
      { url: 'https://audiobookshelf.company/auth/openid/mobile-redirect' },
      { url: 'https://audiobookshelf.company/login', type: 'logout' },
    ],
    scopes: ['openid', 'profile', 'email'],
    signing: 'any',
  },
  appSide: {
    'Issuer URL': 'https://authentik.company/application/o/audiobookshelf/',
    'Authorize URL': 'https://authentik.company/application/o/authorize/',
    'Token URL': 'https://authentik.company/application/o/token/',
    'Userinfo URL': 'https://authentik.company/application/o/userinfo/',
    'JWKS URL': 'https://authentik.company/application/o/audiobookshelf/jwks/',
    'Logout URL': 'https://authentik.company/application/o/audiobookshelf/end-session/',
  },
});
