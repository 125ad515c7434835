/**
 * Mealie: values copied from https://integrations.goauthentik.io/documentation/mealie/ (sections
 * "Create an application and provider", "Create application entitlements" and "Mealie
 * configuration") and https://docs.mealie.io/documentation/getting-started/authentication/oidc-v2/
 * (section "Provider Setup": redirect URIs `/login` and `/login?direct=1`, scopes
 * `openid profile email` plus the OIDC_GROUPS_CLAIM when groups are used; signing algorithm read
 * from the discovery document), with Mealie's source (mealie/routes/auth/auth.py: scope
 * "openid email profile <OIDC_GROUPS_CLAIM>" once OIDC_USER_GROUP or OIDC_ADMIN_GROUP is set,
 * redirect URL "/login"), for the example inputs below. They agree: with
 * OIDC_GROUPS_CLAIM=entitlements Mealie asks for an `entitlements` scope, the scope of authentik's
 * "Application Entitlements" mapping the guide selects.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/documentation/mealie/',
    vendor: 'https://docs.mealie.io/documentation/getting-started/authentication/oidc-v2/',
  },
  inputs: { url: 'https://mealie.company' },
  launchUrl: 'https://mealie.company',
  oidc: {
    redirectUris: [{ url: 'https://mealie.company/login' }, { url: 'https://mealie.company/login?direct=1' }],
    scopes: ['openid', 'email', 'profile', 'entitlements'],
    signing: 'any',
    claims: ['email', 'entitlements'],
  },
  appSide: {
    OIDC_AUTH_ENABLED: 'true',
    OIDC_PROVIDER_NAME: 'authentik',
    OIDC_CONFIGURATION_URL: 'https://authentik.company/application/o/mealie/.well-known/openid-configuration',
    OIDC_GROUPS_CLAIM: 'entitlements',
    OIDC_USER_GROUP: 'mealie-users',
    OIDC_ADMIN_GROUP: 'mealie-admins',
  },
});
