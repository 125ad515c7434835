/**
 * NetBox: values copied from https://integrations.goauthentik.io/documentation/netbox/ (sections "Create an
 * application and provider", "Configure NetBox Docker" and "Configure a non-Docker installation") and the
 * vendor side: https://netboxlabs.com/docs/netbox/administration/authentication/overview/ (REMOTE_AUTH_BACKEND
 * with python-social-auth, callback `/oauth/complete/<backend>/`) with python-social-auth's source
 * (github.com/python-social-auth/social-core, social_core/backends/open_id_connect.py: name "oidc",
 * OIDC_ENDPOINT without /.well-known/openid-configuration, DEFAULT_SCOPE openid/profile/email,
 * JWT_ALGORITHMS = ["RS256"]), for the example inputs below.
 * Where they disagree: the guide says "Select any available signing key"; social-core verifies RS256
 * only unless SOCIAL_AUTH_OIDC_JWT_ALGORITHMS is changed, so the vendor is followed: RS256.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/documentation/netbox/',
    vendor: 'https://netboxlabs.com/docs/netbox/administration/authentication/overview/',
    followed: 'vendor (social-core source) for the signing key: JWT_ALGORITHMS defaults to RS256 only, so “any available signing key” fails with an EC key',
  },
  inputs: { url: 'https://netbox.company' },
  launchUrl: 'https://netbox.company',
  oidc: {
    redirectUris: [{ url: 'https://netbox.company/oauth/complete/oidc/' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'RS256',
    claims: ['sub', 'preferred_username', 'email', 'name'],
  },
  appSide: {
    REMOTE_AUTH_ENABLED: 'true',
    REMOTE_AUTH_BACKEND: 'social_core.backends.open_id_connect.OpenIdConnectAuth',
    SOCIAL_AUTH_OIDC_OIDC_ENDPOINT: 'https://authentik.company/application/o/netbox/',
    SOCIAL_AUTH_OIDC_SCOPE: 'openid email profile',
    LOGOUT_REDIRECT_URL: 'https://authentik.company/application/o/netbox/end-session/',
  },
});
