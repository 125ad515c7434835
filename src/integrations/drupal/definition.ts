/**
 * Drupal signs users in through the contributed “OpenID Connect / OAuth client” module (openid_connect)
 * with a Generic OAuth 2.0 client. The client's machine name is part of the callback:
 * <site>/openid-connect/<machine name>. With auto discovery it reads authentik's endpoints from the
 * issuer, and it finds or creates Drupal accounts by the email address.
 */
import { defineIntegration } from '../../features/wizard/definition/format';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/platforms/drupal/',
    vendor: 'https://www.drupal.org/docs/contributed-modules/openid-connect/client-configuration',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Drupal URL',
      help: 'The address of your Drupal site, including a sub-folder if it is installed in one. You can paste any Drupal page; the wizard keeps only the base address.',
      example: 'https://drupal.company',
      pages: ['user', 'admin', 'node', 'openid-connect', 'taxonomy', 'sites', 'core', '*.php'],
    },
  },
  launchUrl: '{url}/user/login',
  provider: { protocol: 'oidc', redirectUris: ['{url}/openid-connect/authentik'], signingKey: 'any' },
  screen: [
    {
      title: 'Generic OAuth 2.0 client',
      location: 'Configuration › People › OpenID Connect › Generic OAuth 2.0',
      fields: [
        { label: 'Name', value: 'authentik' },
        {
          label: 'Machine name',
          value: 'authentik',
          help: 'Part of the redirect URL: another machine name needs another redirect URI in authentik.',
        },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client secret', value: '{client_secret}', secret: true },
        { label: 'Auto discover endpoints', value: 'Enabled', choice: true },
        { label: 'Issuer URL', value: '{issuer}' },
        { label: 'Scopes', value: 'openid email profile' },
        { label: 'Redirect URL', value: '{redirect_uri}', help: 'Shown by Drupal; confirm it reads exactly like this.' },
      ],
      notes: [{ tone: 'info', text: 'Install and enable the openid_connect module first. Click Save.' }],
    },
    {
      title: 'Settings',
      location: 'Configuration › People › OpenID Connect › Settings',
      fields: [
        {
          label: 'Override registration settings',
          value: 'Enabled (optional)',
          choice: true,
          help: 'Lets Drupal create accounts for authentik users who have none.',
        },
        { label: 'OpenID buttons display in user login form', value: 'Above or below the login form', choice: true },
      ],
      notes: [{ tone: 'info', text: 'Click Save configuration.' }],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'The redirect URI is Drupal’s /openid-connect/authentik',
      why: 'Drupal sends the site address followed by /openid-connect/<machine name>; any other string gets “Redirect URI Error”.',
    },
    'email-claim': { source: 'userinfo', why: 'Drupal finds or creates the account by the email address; without one the login fails.' },
    discovery: { why: 'With auto discovery Drupal reads every endpoint from the issuer URL, which must be this provider’s.' },
  },
  manualTest: {
    steps: [
      'Log out of Drupal and open its login page (/user/login) in a private window.',
      'Click “Log in with authentik” and sign in at authentik.',
    ],
    success: 'You are back on Drupal, signed in as the account with your authentik email address.',
    errors: [
      [
        'Redirect URI Error (on an authentik page)',
        'Drupal sent another callback: the machine name, a sub-folder or the host differ.',
        'redirect-errors',
      ],
      [
        'Logging in with authentik could not be completed due to an error.',
        'The token exchange or userinfo failed: check the client secret and the issuer; Drupal’s Recent log messages show the details.',
        'discovery',
      ],
      [
        'Your account is blocked or the site does not allow registration',
        'No Drupal account has that email address and registration is closed: enable Override registration settings.',
      ],
    ],
  },
  /**
   * Drupal: values copied from https://integrations.goauthentik.io/platforms/drupal/ (sections "Create an
   * application and provider": redirect https://drupal.company/openid-connect/authentik; "Drupal
   * configuration": Name and Machine name authentik, Auto discover endpoints, Issuer URL
   * https://authentik.company/application/o/<application_slug>/, Scopes openid email profile) and
   * https://www.drupal.org/docs/contributed-modules/openid-connect/client-configuration (the redirect URL is
   * /openid-connect/<client machine name>), for the input below. The guide and the vendor agree.
   */
  expected: {
    inputs: { url: 'https://drupal.company' },
    oidc: {
      redirectUris: ['https://drupal.company/openid-connect/authentik'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['email'],
    },
    appSide: {
      'Machine name': 'authentik',
      'Issuer URL': 'https://authentik.company/application/o/drupal/',
      Scopes: 'openid email profile',
      'Redirect URL': 'https://drupal.company/openid-connect/authentik',
    },
  },
});
