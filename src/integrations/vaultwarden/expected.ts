/**
 * Vaultwarden: values copied from https://integrations.goauthentik.io/security/vaultwarden/
 * (sections "Create custom scope mapping", "Create an application and provider in authentik" and
 * "Vaultwarden configuration") and Vaultwarden's own documentation and source
 * (https://github.com/dani-garcia/vaultwarden/wiki/Enabling-SSO-support-using-OpenId-Connect: the
 * callback is `https://your.domain/identity/connect/oidc-signin`, SSO_SCOPES defaults to
 * "email profile"; src/config.rs generate_sso_callback_path: DOMAIN without trailing slash +
 * "/identity/connect/oidc-signin"; src/sso_client.rs: openidconnect client built from the
 * discovery document, "openid" added automatically, ID token algorithms taken from
 * id_token_signing_alg_values_supported; src/sso.rs compares the token's iss with SSO_AUTHORITY
 * byte for byte), for the example inputs below (the guide's placeholder vaultwarden.company).
 * Where they disagree: the wiki's general rule for SSO_AUTHORITY is "no trailing /", the guide
 * keeps authentik's issuer with its trailing slash; the guide is followed, because Vaultwarden
 * checks the iss claim against SSO_AUTHORITY exactly and authentik's issuer ends with "/".
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/security/vaultwarden/',
    vendor: 'https://github.com/dani-garcia/vaultwarden/wiki/Enabling-SSO-support-using-OpenId-Connect',
    followed:
      'The guide for SSO_AUTHORITY (trailing slash kept): Vaultwarden compares the token’s iss with SSO_AUTHORITY exactly, and authentik’s issuer ends with “/”.',
  },
  inputs: { url: 'https://vaultwarden.company' },
  launchUrl: 'https://vaultwarden.company',
  oidc: {
    redirectUris: [{ url: 'https://vaultwarden.company/identity/connect/oidc-signin' }],
    scopes: ['openid', 'email', 'profile', 'offline_access'],
    // Allowed algorithms come from authentik's discovery document, so an RSA or EC key both verify.
    signing: 'any',
    claims: ['email', 'email_verified'],
  },
  appSide: {
    DOMAIN: 'https://vaultwarden.company',
    SSO_ENABLED: 'true',
    SSO_AUTHORITY: 'https://authentik.company/application/o/vaultwarden/',
    SSO_SCOPES: 'email profile offline_access',
    SSO_ALLOW_UNKNOWN_EMAIL_VERIFICATION: 'false',
    SSO_CLIENT_CACHE_EXPIRATION: '0',
  },
});
