/**
 * Mealie (v2) signs users in with OpenID Connect, configured by environment variables. It returns
 * to /login (or /login?direct=1), matches users by email address and gives user and admin rights
 * from authentik application entitlements.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/documentation/mealie/',
    vendor: 'https://docs.mealie.io/documentation/getting-started/authentication/oidc-v2/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Mealie URL',
      help: help.url,
      example: 'https://mealie.company',
      pages: ['login', 'g', 'user', 'admin', 'recipe', 'shopping-lists', 'api'],
    },
  },
  provider: {
    protocol: 'oidc',
    // Both as Authorization URIs, as the guide says; the vendor ties ?direct=1 to RP-initiated logout.
    redirectUris: ['{url}/login', '{url}/login?direct=1'],
    scopes: ['openid', 'email', 'profile', 'entitlements'],
    signingKey: 'any',
  },
  screen: [
    {
      title: 'Environment',
      location: 'Mealie’s environment (.env or compose), then restart',
      format: 'env',
      fields: [
        { label: 'OIDC_AUTH_ENABLED', value: 'true' },
        { label: 'OIDC_PROVIDER_NAME', value: 'authentik' },
        { label: 'OIDC_CONFIGURATION_URL', value: '{discovery_url}', help: help.configuration },
        { label: 'OIDC_CLIENT_ID', value: '{client_id}' },
        { label: 'OIDC_CLIENT_SECRET', value: '{client_secret}', secret: true },
        { label: 'OIDC_GROUPS_CLAIM', value: 'entitlements', help: help.groupsClaim },
        { label: 'OIDC_USER_GROUP', value: 'mealie-users', help: help.group },
        { label: 'OIDC_ADMIN_GROUP', value: 'mealie-admins', help: help.group },
      ],
      notes: [notes.restart, notes.entitlements, notes.password],
    },
  ],
  checks: {
    'provider-assigned': { why: 'Without the link authentik serves no discovery document for OIDC_CONFIGURATION_URL.' },
    'redirect-uri': { title: 'The redirect URI is Mealie’s login page', why: why.redirect },
    'grant-types': { why: 'Mealie signs users in with the authorization code flow and PKCE.' },
    'signing-key': { why: why.signing },
    'encryption-key': {},
    'id-token-claims': { why: 'Mealie reads the email address and the entitlements claim from the ID token.' },
    'email-claim': { source: 'id_token', why: 'Mealie matches and creates users by email address (OIDC_USER_CLAIM).' },
    discovery: { why: 'Mealie reads every endpoint and the signing algorithm from OIDC_CONFIGURATION_URL.' },
    'redirect-errors': { why: 'When a login hits “Redirect URI Error”, authentik records the address Mealie really sent.' },
  },
  manualTest,
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
  expected: {
    inputs: { url: 'https://mealie.company' },
    launchUrl: 'https://mealie.company',
    oidc: {
      redirectUris: ['https://mealie.company/login', 'https://mealie.company/login?direct=1'],
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
  },
});
