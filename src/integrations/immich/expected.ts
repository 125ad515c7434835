/**
 * Immich: values copied from https://integrations.goauthentik.io/media/immich/ (sections "Create an
 * application and provider in authentik" and "Immich configuration") and
 * https://docs.immich.app/administration/oauth ("Prerequisites" › redirect URIs, "Enable OAuth"
 * settings table: Scope default "openid email profile", Signing Algorithm default RS256, Storage Label
 * Claim default preferred_username; "Authentik Example"), for the example inputs below.
 * Where they disagree: the guide says "Select any available signing key", but Immich verifies the ID
 * token with its Signing Algorithm, RS256 by default (and in Immich's own authentik example), so an EC
 * key fails; the vendor is followed (RS256). The launch URL is the guide's optional
 * `/auth/login?autoLaunch=1` form.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/media/immich/',
    vendor: 'https://docs.immich.app/administration/oauth',
    followed: 'vendor for the signing algorithm: Immich expects RS256 unless its Signing Algorithm is changed, so the key must be RSA',
  },
  inputs: { url: 'https://photos.company' },
  launchUrl: 'https://photos.company/auth/login?autoLaunch=1',
  oidc: {
    redirectUris: [
      { url: 'app.immich:///oauth-callback' },
      { url: 'https://photos.company/auth/login' },
      { url: 'https://photos.company/user-settings' },
    ],
    scopes: ['openid', 'email', 'profile'],
    signing: 'RS256',
    claims: ['email', 'name', 'preferred_username'],
  },
  appSide: {
    'Issuer URL': 'https://authentik.company/application/o/immich/',
    Scope: 'openid email profile',
    'Signing Algorithm': 'RS256',
    'Storage Label Claim': 'preferred_username',
  },
});
