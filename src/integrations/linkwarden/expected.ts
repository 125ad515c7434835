/**
 * Linkwarden: values copied from https://integrations.goauthentik.io/dashboards/linkwarden/ (sections
 * "Create an application and provider": redirect URI
 * `https://linkwarden.company/api/v1/auth/callback/authentik`; "Linkwarden configuration": the .env
 * block, AUTHENTIK_ISSUER without a trailing slash) and https://docs.linkwarden.app/self-hosting/sso-oauth
 * (section "Authentik": NEXT_PUBLIC_AUTHENTIK_ENABLED, AUTHENTIK_CUSTOM_NAME, AUTHENTIK_ISSUER,
 * AUTHENTIK_CLIENT_ID, AUTHENTIK_CLIENT_SECRET; NextAuth callback `<NEXTAUTH_URL>/callback/authentik`),
 * for the example inputs below. They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/dashboards/linkwarden/',
    vendor: 'https://docs.linkwarden.app/self-hosting/sso-oauth',
  },
  inputs: { url: 'https://linkwarden.company' },
  launchUrl: 'https://linkwarden.company',
  oidc: {
    redirectUris: [{ url: 'https://linkwarden.company/api/v1/auth/callback/authentik' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'any',
    claims: ['email', 'preferred_username', 'name'],
  },
  appSide: {
    NEXTAUTH_URL: 'https://linkwarden.company/api/v1/auth',
    NEXT_PUBLIC_AUTHENTIK_ENABLED: 'true',
    AUTHENTIK_ISSUER: 'https://authentik.company/application/o/linkwarden',
  },
});
