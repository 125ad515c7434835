/**
 * Planka: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/planka/
 * (sections "Create an application and provider in authentik", "Create a group in authentik" and "Planka
 * configuration") and from the vendor: https://docs.planka.cloud/docs/configuration/oidc with Planka's
 * source (github.com/plankanban/planka, server/config/custom.js: oidcRedirectUri = BASE_URL +
 * "/oidc-callback", OIDC_SCOPES default "openid email profile", OIDC_CLAIMS_SOURCE default userinfo,
 * OIDC_ROLES_ATTRIBUTE default groups; server/api/hooks/oidc/index.js: id_token_signed_response_alg is
 * only set from OIDC_ID_TOKEN_SIGNED_RESPONSE_ALG, so openid-client's default RS256 applies), for the
 * example inputs below.
 * Where they disagree: the guide allows "any available signing key"; Planka verifies RS256 unless
 * OIDC_ID_TOKEN_SIGNED_RESPONSE_ALG is set, which the guide does not set. The vendor source is followed:
 * an RSA key.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/planka/',
    vendor: 'https://docs.planka.cloud/docs/configuration/oidc',
    followed: 'vendor source for the key type: without OIDC_ID_TOKEN_SIGNED_RESPONSE_ALG Planka accepts RS256 ID tokens only; the guide allows any key',
  },
  inputs: { url: 'https://planka.company' },
  launchUrl: 'https://planka.company',
  oidc: {
    redirectUris: [{ url: 'https://planka.company/oidc-callback' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'RS256',
    claims: ['email', 'name', 'preferred_username', 'groups'],
  },
  appSide: {
    OIDC_ISSUER: 'https://authentik.company/application/o/planka/',
    OIDC_ADMIN_ROLES: 'Planka Admins',
  },
});
