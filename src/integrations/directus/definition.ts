/**
 * Directus signs users in through an auth provider with the `openid` driver, configured in
 * environment variables (AUTH_<NAME>_*). With the provider named `authentik` it calls back to
 * <PUBLIC_URL>/auth/login/authentik/callback, discovers authentik's endpoints from the issuer URL
 * and registers new users with the default role.
 */
import { defineIntegration } from '../../features/wizard/definition/format';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/platforms/directus/', vendor: 'https://directus.com/docs/configuration/auth-sso' },
  inputs: {
    url: {
      type: 'url',
      label: 'Directus URL (PUBLIC_URL)',
      help: 'The PUBLIC_URL of your Directus instance (Directus Cloud: https://<project>.directus.app). You can paste any Directus page; the wizard keeps only the base address.',
      example: 'https://directus.company',
      pages: ['admin', 'auth', 'items', 'server', 'users', 'files', 'assets', 'graphql', 'settings'],
    },
    role: {
      type: 'text',
      label: 'Directus role ID for new users',
      help: 'Directus › Settings › User Roles › the role SSO users get: its ID is the last part of the address in the browser.',
      example: '2b1ad1b6-3f5e-4c2a-9a7d-8e5f1c0d4b3a',
      pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
      ignoreCase: true,
      message: 'Paste the role’s ID: 36 characters like 2b1ad1b6-3f5e-4c2a-9a7d-8e5f1c0d4b3a, from the role’s address in Directus.',
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/auth/login/authentik/callback'], signingKey: 'rsa' },
  screen: [
    {
      title: 'Directus environment',
      location: '.env (or the container’s environment), then restart Directus',
      format: 'env',
      fields: [
        { label: 'PUBLIC_URL', value: '{url}', help: 'Directus builds the callback from it; it must be the address people use.' },
        {
          label: 'AUTH_PROVIDERS',
          value: 'authentik',
          help: 'If other providers exist, add authentik to the comma-separated list. The name is part of the redirect URI.',
        },
        { label: 'AUTH_AUTHENTIK_DRIVER', value: 'openid' },
        { label: 'AUTH_AUTHENTIK_CLIENT_ID', value: '{client_id}' },
        { label: 'AUTH_AUTHENTIK_CLIENT_SECRET', value: '{client_secret}', secret: true },
        { label: 'AUTH_AUTHENTIK_ISSUER_URL', value: '{discovery_url}' },
        {
          label: 'AUTH_AUTHENTIK_ALLOW_PUBLIC_REGISTRATION',
          value: 'true',
          help: 'Creates a Directus user on first login; bind the application in authentik to decide who may.',
        },
        { label: 'AUTH_AUTHENTIK_DEFAULT_ROLE_ID', value: '{role}' },
      ],
      notes: [
        {
          tone: 'info',
          text: 'SSO in Directus needs a Team or Enterprise license (or an Open Innovation Grant). On Directus Cloud, Customer Success sets these values for you.',
        },
        {
          tone: 'info',
          text: 'Optional: AUTH_AUTHENTIK_IDENTIFIER_KEY=email matches existing Directus users by email address instead of the subject.',
        },
      ],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'The redirect URI is Directus’s /auth/login/authentik/callback',
      why: 'Directus sends PUBLIC_URL followed by /auth/login/<provider name>/callback; any other string gets “Redirect URI Error”.',
    },
    'signing-key': {
      why: 'Directus verifies the ID token with openid-client, which expects RS256 unless told otherwise: an EC key fails every login.',
    },
    'email-claim': { source: 'userinfo', why: 'Directus stores the email address from the userinfo answer on the user it registers.' },
    discovery: { why: 'Directus reads every endpoint from AUTH_AUTHENTIK_ISSUER_URL, the discovery document of this provider.' },
  },
  manualTest: {
    steps: ['Restart Directus and open its login page in a private window.', 'Click “Log in with authentik” and sign in at authentik.'],
    success: 'You land in the Directus Data Studio as a user with the default role.',
    errors: [
      ['Redirect URI Error (on an authentik page)', 'PUBLIC_URL or the provider name differs from the ones given here.', 'redirect-errors'],
      [
        'Service “openid” is unavailable. / INVALID_PROVIDER_CONFIG',
        'Directus cannot read the discovery document at AUTH_AUTHENTIK_ISSUER_URL from the server.',
        'discovery',
      ],
      [
        'User belongs to a different auth provider. / Invalid user credentials.',
        'A Directus user with that identifier already exists with another provider, or public registration is off.',
      ],
    ],
  },
  /**
   * Directus: values copied from https://integrations.goauthentik.io/platforms/directus/ (tab "Self-hosted
   * Directus", sections "Create an application and provider": redirect
   * https://directus.company/auth/login/authentik/callback; "Directus configuration": the .env block) and
   * https://directus.com/docs/configuration/auth-sso (AUTH_PROVIDERS, AUTH_<PROVIDER>_DRIVER openid,
   * CLIENT_ID, CLIENT_SECRET, ISSUER_URL as the discovery document, ALLOW_PUBLIC_REGISTRATION,
   * DEFAULT_ROLE_ID; callback /auth/login/<provider>/callback), for the inputs below (the role ID is an
   * illustrative value). The guide allows any signing key; Directus verifies with openid-client, whose
   * default is RS256, which is followed.
   */
  expected: {
    sources: { followed: 'vendor for the signing key: openid-client expects RS256 by default, so an RSA key rather than any key' },
    inputs: { url: 'https://directus.company', role: '2b1ad1b6-3f5e-4c2a-9a7d-8e5f1c0d4b3a' },
    launchUrl: 'https://directus.company',
    oidc: {
      redirectUris: ['https://directus.company/auth/login/authentik/callback'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'RS256',
      claims: ['email'],
    },
    appSide: {
      PUBLIC_URL: 'https://directus.company',
      AUTH_PROVIDERS: 'authentik',
      AUTH_AUTHENTIK_DRIVER: 'openid',
      AUTH_AUTHENTIK_ISSUER_URL: 'https://authentik.company/application/o/directus/.well-known/openid-configuration',
      AUTH_AUTHENTIK_ALLOW_PUBLIC_REGISTRATION: 'true',
      AUTH_AUTHENTIK_DEFAULT_ROLE_ID: '2b1ad1b6-3f5e-4c2a-9a7d-8e5f1c0d4b3a',
    },
  },
});
