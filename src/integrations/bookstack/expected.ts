/**
 * BookStack: values copied from https://integrations.goauthentik.io/documentation/bookstack/ (default tab
 * "Log in with OIDC": sections "Create an application and provider in authentik" and "Bookstack
 * configuration") and from the vendor: https://www.bookstackapp.com/docs/admin/oidc-auth/ with BookStack's
 * source (github.com/BookStackApp/BookStack, app/Access/Oidc/OidcService.php: redirectUri
 * url('/oidc/callback'); OidcOAuthProvider.php: scopes openid profile email; OidcProviderSettings.php:
 * discovery at rtrim(issuer,'/') + '/.well-known/openid-configuration', `$result['issuer'] !== $this->issuer`
 * throws "Unexpected issuer value found on discovery response", filterKeys keeps kty RSA / alg RS256 only;
 * OidcJwtSigningKey.php: "Only RS256 keys are currently supported"), for the example inputs below.
 * Where they disagree: (1) the guide writes OIDC_ISSUER=https://authentik.company/application/o/<slug>
 * without the trailing slash, but authentik's issuer ends with "/" and BookStack compares it strictly;
 * (2) the guide allows "any available signing key", BookStack verifies RS256 only. The vendor source is
 * followed on both, because the guide's values fail the login.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/documentation/bookstack/',
    vendor: 'https://www.bookstackapp.com/docs/admin/oidc-auth/',
    followed:
      'vendor source: OIDC_ISSUER with the trailing slash (BookStack compares the discovered issuer strictly) and an RSA signing key (BookStack keeps only RS256 keys); the guide has no slash and any key',
  },
  inputs: { url: 'https://bookstack.company' },
  launchUrl: 'https://bookstack.company',
  oidc: {
    redirectUris: [{ url: 'https://bookstack.company/oidc/callback' }],
    scopes: ['openid', 'profile', 'email'],
    signing: 'RS256',
    claims: ['sub', 'email', 'name'],
  },
  appSide: {
    AUTH_METHOD: 'oidc',
    AUTH_AUTO_INITIATE: 'false',
    OIDC_NAME: 'authentik',
    OIDC_DISPLAY_NAME_CLAIMS: 'name',
    OIDC_ISSUER: 'https://authentik.company/application/o/bookstack/',
    OIDC_ISSUER_DISCOVER: 'true',
    OIDC_END_SESSION_ENDPOINT: 'true',
  },
});
