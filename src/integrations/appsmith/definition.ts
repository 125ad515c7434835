/**
 * Appsmith (Enterprise, self-hosted with a custom domain) signs users in through OIDC under Admin
 * Settings › Authentication. Spring Security calls back to <its address>/login/oauth2/code/oidc, asks
 * for offline_access besides openid, and reads the user's email address (its default username
 * attribute) from the ID token or userinfo.
 */
import { defineIntegration } from '../../features/wizard/definition/format';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/platforms/appsmith/',
    vendor: 'https://docs.appsmith.com/getting-started/setup/instance-configuration/authentication/openid-connect-oidc',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Appsmith URL',
      help: 'The custom domain of your Appsmith instance. You can paste any Appsmith page; the wizard keeps only the base address.',
      example: 'https://appsmith.company',
      pages: ['applications', 'app', 'settings', 'user', 'login', 'oauth2', 'api', 'workspace'],
    },
  },
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/login/oauth2/code/oidc'],
    scopes: ['openid', 'email', 'profile', 'offline_access'],
    signingKey: 'any',
  },
  screen: [
    {
      title: 'OIDC',
      location: 'Admin Settings › Authentication › OIDC › Enable',
      fields: [
        { label: 'Redirect URL', value: '{redirect_uri}', help: 'Shown by Appsmith; it must read exactly like this.' },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client secret', value: '{client_secret}', secret: true },
        { label: 'Authorization URL', value: '{authorize_url}' },
        { label: 'Token URL', value: '{token_url}' },
        { label: 'User info URL', value: '{userinfo_url}' },
        { label: 'JWK set URL', value: '{jwks_url}' },
        { label: 'Scope', value: 'openid, email, profile, offline_access', help: 'Appsmith lists openid, email and profile; add offline_access.' },
        { label: 'Username attribute', value: 'email', help: 'Appsmith’s default: users are matched by email address.' },
      ],
      notes: [
        {
          tone: 'info',
          text: 'Click Save & restart and wait for Appsmith to come back. On a highly available Kubernetes deployment, restart the deployment so every replica reads the new settings.',
        },
        { tone: 'warning', text: 'OIDC needs Appsmith Enterprise Edition on a self-hosted instance with a custom domain.' },
      ],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'The redirect URI is Appsmith’s /login/oauth2/code/oidc',
      why: 'Appsmith sends its address followed by /login/oauth2/code/oidc; any other string gets “Redirect URI Error”.',
    },
    'signing-key': { why: 'Appsmith verifies the ID token with the keys at the JWK set URL.' },
    'email-claim': { source: 'userinfo', why: 'Appsmith’s username attribute is the email address; without it the login ends without a user.' },
    discovery: { why: 'The authorization, token, user info and JWK set URLs in Appsmith must be the ones authentik announces.' },
  },
  manualTest: {
    steps: ['Open Appsmith in a private window.', 'Click “Sign in with OIDC SSO” and sign in at authentik.'],
    success: 'You land on the Appsmith applications page, signed in with your authentik email address.',
    errors: [
      [
        'Redirect URI Error (on an authentik page)',
        'Appsmith sent another Redirect URL: its custom domain differs from the one given here.',
        'redirect-errors',
      ],
      ['[invalid_scope] / the login returns to Appsmith with an error', 'The provider does not offer offline_access, which Appsmith asks for.'],
      [
        '[invalid_id_token] An error occurred while attempting to decode the Jwt',
        'The JWK set URL is wrong or authentik has no signing key for this provider.',
        'signing-key',
      ],
    ],
  },
  /**
   * Appsmith: values copied from https://integrations.goauthentik.io/platforms/appsmith/ (sections
   * "Create an application and provider": redirect https://appsmith.company/login/oauth2/code/oidc, any
   * signing key, add the offline_access scope; "Appsmith configuration": authorize, token, userinfo and
   * JWK set URLs, scope offline_access) and
   * https://docs.appsmith.com/getting-started/setup/instance-configuration/authentication/openid-connect-oidc
   * (the same fields; default scopes openid, email, profile; username attribute email), for the input
   * below. The guide and the vendor agree.
   */
  expected: {
    inputs: { url: 'https://appsmith.company' },
    launchUrl: 'https://appsmith.company',
    oidc: {
      redirectUris: ['https://appsmith.company/login/oauth2/code/oidc'],
      scopes: ['openid', 'email', 'profile', 'offline_access'],
      signing: 'any',
      claims: ['email'],
    },
    appSide: {
      'Redirect URL': 'https://appsmith.company/login/oauth2/code/oidc',
      'Authorization URL': 'https://authentik.company/application/o/authorize/',
      'Token URL': 'https://authentik.company/application/o/token/',
      'User info URL': 'https://authentik.company/application/o/userinfo/',
      'JWK set URL': 'https://authentik.company/application/o/appsmith/jwks/',
    },
  },
});
