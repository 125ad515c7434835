/**
 * Bitwarden: values copied from https://integrations.goauthentik.io/security/bitwarden/ (default tab
 * "Log in with OIDC": self-hosted redirect URIs `https://bitwarden.company/sso/oidc-signin`
 * (Authorization) and `https://bitwarden.company/sso/oidc-signedout` (Post Logout), Cloud
 * `https://sso.bitwarden.com/…` and `https://sso.bitwarden.eu/…`; "Bitwarden configuration": Type
 * OpenID Connect, Authority, Client ID, Client Secret, OIDC Redirect Behavior Redirect GET) and
 * https://bitwarden.com/help/configure-sso-oidc/ (Callback path `<SSO>/oidc-signin`, Signed out callback
 * path `<SSO>/oidc-signedout`, redirect behaviour), for the example inputs below. They agree. The
 * guide's SAML tab is not covered.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/security/bitwarden/',
    vendor: 'https://bitwarden.com/help/configure-sso-oidc/',
  },
  inputs: { sso: 'https://bitwarden.company/sso' },
  oidc: {
    redirectUris: [
      { url: 'https://bitwarden.company/sso/oidc-signin' },
      { url: 'https://bitwarden.company/sso/oidc-signedout', type: 'logout' },
    ],
    scopes: ['openid', 'email', 'profile'],
    signing: 'any',
    claims: ['email'],
  },
  appSide: {
    Type: 'OpenID Connect',
    Authority: 'https://authentik.company/application/o/bitwarden/',
    'OIDC Redirect Behavior': 'Redirect GET',
  },
});
