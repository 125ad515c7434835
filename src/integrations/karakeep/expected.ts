/**
 * Karakeep: values copied from https://integrations.goauthentik.io/documentation/karakeep/ (sections
 * "Create an application and provider" and "Karakeep configuration") and Karakeep's
 * https://docs.karakeep.app/configuration/environment-variables/ (section "Authentication / Signup":
 * redirect `<KARAKEEP_ADDRESS>/api/auth/callback/custom` with NEXTAUTH_URL as the address;
 * OAUTH_WELLKNOWN_URL, OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET, OAUTH_SCOPE default "openid email profile",
 * OAUTH_PROVIDER_NAME) with its source and release notes (apps/web/server/auth.ts: NextAuth provider
 * `custom` with wellKnown; `client.id_token_signed_response_alg` only from
 * OAUTH_ID_TOKEN_SIGNED_RESPONSE_ALG, so openid-client's default RS256 applies), for the example inputs below.
 * Where they disagree: the guide allows "any available signing key"; Karakeep verifies RS256 unless
 * OAUTH_ID_TOKEN_SIGNED_RESPONSE_ALG is set, which the guide does not set. The vendor is followed: an RSA key.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/documentation/karakeep/',
    vendor: 'https://docs.karakeep.app/configuration/environment-variables/',
    followed: 'vendor for the key type: without OAUTH_ID_TOKEN_SIGNED_RESPONSE_ALG Karakeep accepts RS256 ID tokens only; the guide allows any key',
  },
  inputs: { url: 'https://karakeep.company' },
  launchUrl: 'https://karakeep.company',
  oidc: {
    redirectUris: [{ url: 'https://karakeep.company/api/auth/callback/custom' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'RS256',
    claims: ['sub', 'email', 'name'],
  },
  appSide: {
    NEXTAUTH_URL: 'https://karakeep.company',
    OAUTH_WELLKNOWN_URL: 'https://authentik.company/application/o/karakeep/.well-known/openid-configuration',
    OAUTH_PROVIDER_NAME: 'authentik',
  },
});
