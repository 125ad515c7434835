/**
 * Linkwarden signs users in through NextAuth's authentik provider, configured in .env. It calls
 * back to NEXTAUTH_URL + /callback/authentik and discovers the endpoints under AUTHENTIK_ISSUER
 * (given without a trailing slash).
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/dashboards/linkwarden/', vendor: 'https://docs.linkwarden.app/self-hosting/sso-oauth' },
  inputs: {
    url: {
      type: 'url',
      label: 'Linkwarden URL',
      help: help.url,
      example: 'https://linkwarden.company',
      pages: ['login', 'register', 'dashboard', 'links', 'collections', 'tags', 'settings', 'public', 'preserved', 'search', 'api'],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/api/v1/auth/callback/authentik'], signingKey: 'any' },
  screen: [
    {
      title: '.env',
      location: 'Linkwarden’s .env (then recreate the containers)',
      format: 'env',
      fields: [
        { label: 'NEXTAUTH_URL', value: '{url}/api/v1/auth', help: help.nextauth },
        { label: 'NEXT_PUBLIC_AUTHENTIK_ENABLED', value: 'true' },
        { label: 'AUTHENTIK_ISSUER', value: '{ak}/application/o/{slug}', help: help.issuer },
        { label: 'AUTHENTIK_CLIENT_ID', value: '{client_id}' },
        { label: 'AUTHENTIK_CLIENT_SECRET', value: '{client_secret}', secret: true },
      ],
      notes: [notes.recreate],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'The redirect URI is Linkwarden’s /api/v1/auth/callback/authentik',
      why: 'NextAuth sends NEXTAUTH_URL followed by /callback/authentik; any other string gets “Redirect URI Error”.',
    },
    discovery: {
      why: 'Linkwarden reads every endpoint from AUTHENTIK_ISSUER + /.well-known/openid-configuration, so the issuer must be given without its trailing slash.',
    },
  },
  manualTest,
  /**
   * Linkwarden: values copied from https://integrations.goauthentik.io/dashboards/linkwarden/ (sections
   * "Create an application and provider": redirect URI
   * `https://linkwarden.company/api/v1/auth/callback/authentik`; "Linkwarden configuration": the .env
   * block, AUTHENTIK_ISSUER without a trailing slash) and https://docs.linkwarden.app/self-hosting/sso-oauth
   * (section "Authentik": NEXT_PUBLIC_AUTHENTIK_ENABLED, AUTHENTIK_CUSTOM_NAME, AUTHENTIK_ISSUER,
   * AUTHENTIK_CLIENT_ID, AUTHENTIK_CLIENT_SECRET; NextAuth callback `<NEXTAUTH_URL>/callback/authentik`),
   * for the example inputs below. They agree.
   */
  expected: {
    inputs: { url: 'https://linkwarden.company' },
    launchUrl: 'https://linkwarden.company',
    oidc: {
      redirectUris: ['https://linkwarden.company/api/v1/auth/callback/authentik'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['email', 'preferred_username', 'name'],
    },
    appSide: {
      NEXTAUTH_URL: 'https://linkwarden.company/api/v1/auth',
      NEXT_PUBLIC_AUTHENTIK_ENABLED: 'true',
      AUTHENTIK_ISSUER: 'https://authentik.company/application/o/linkwarden',
    },
  },
});
