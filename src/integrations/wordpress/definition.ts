/**
 * WordPress signs users in through the “OpenID Connect Generic Client” plugin (daggerhart-openid-
 * connect-generic), under Settings › OpenID Connect Client. The plugin calls back to WordPress's
 * admin-ajax.php with action=openid-connect-authorize, asks for offline_access to refresh the
 * session, and finds users by the identity key (preferred_username) or links them by email.
 */
import { defineIntegration } from '../../features/wizard/definition/format';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/platforms/wordpress/',
    vendor: 'https://wordpress.org/plugins/daggerhart-openid-connect-generic/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'WordPress URL',
      help: 'The address of your WordPress site, including the sub-folder if WordPress is installed in one. You can paste any WordPress page; the wizard keeps only the base address.',
      example: 'https://wp.company',
      pages: ['wp-admin', 'wp-content', 'wp-includes', 'wp-json', '*.php'],
    },
  },
  launchUrl: '{url}/wp-login.php',
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/wp-admin/admin-ajax.php?action=openid-connect-authorize'],
    scopes: ['openid', 'email', 'profile', 'offline_access'],
    signingKey: 'any',
  },
  screen: [
    {
      title: 'OpenID Connect Client',
      location: 'WordPress dashboard › Settings › OpenID Connect Client',
      fields: [
        {
          label: 'Discovery URL',
          value: '{discovery_url}',
          help: 'Under Quick Setup: Import from Discovery Document; click Load Configuration, then review the endpoints below.',
        },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret Key', value: '{client_secret}', secret: true },
        { label: 'OpenID Scope', value: 'email profile openid offline_access', help: 'Separated by spaces.' },
        { label: 'Login Endpoint URL', value: '{authorize_url}' },
        { label: 'Userinfo Endpoint URL', value: '{userinfo_url}' },
        { label: 'Token Validation Endpoint URL', value: '{token_url}' },
        { label: 'End Session Endpoint URL', value: '{end_session_url}' },
      ],
      notes: [
        {
          tone: 'info',
          text: 'Install and activate the “OpenID Connect Generic Client” plugin by Jonathan Daggerhart first. Its Notes section shows the Redirect URI; it must equal the one in authentik (a sub-folder install changes it).',
        },
        {
          tone: 'info',
          text: 'Optional: Link Existing Users (matches WordPress users by email), Create user if does not exist, Enforce Privacy. Click Save Changes.',
        },
      ],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'The redirect URI is the plugin’s admin-ajax.php callback',
      why: 'The plugin sends WordPress’s address followed by /wp-admin/admin-ajax.php?action=openid-connect-authorize, query string included; any other string gets “Redirect URI Error”.',
    },
    'email-claim': { source: 'userinfo', why: 'The plugin links existing WordPress users and creates new ones by the email address from userinfo.' },
    discovery: { why: 'The login, userinfo, token and end-session URLs in the plugin must be the ones authentik announces.' },
  },
  manualTest: {
    steps: [
      'Log out of WordPress and open the WordPress tile in authentik (it opens wp-login.php).',
      'Click “Login with OpenID Connect” and sign in at authentik.',
    ],
    success: 'You land in the WordPress dashboard as the user with your authentik username or email address.',
    errors: [
      [
        'Redirect URI Error (on an authentik page)',
        'WordPress sent another callback: a sub-folder, http, or another host. Copy the plugin’s Redirect URI.',
        'redirect-errors',
      ],
      [
        'ERROR (user-creation-failed / Failed user creation.)',
        'A WordPress user already has that username or email address: turn on Link Existing Users, or Create user if does not exist is off.',
      ],
      [
        'ERROR (missing-authentication-code / Missing state.)',
        'The login took too long or a cache served an old page; try again, and exclude wp-login.php and admin-ajax.php from caching.',
      ],
    ],
  },
  /**
   * WordPress: values copied from https://integrations.goauthentik.io/platforms/wordpress/ (sections
   * "Create an application and provider": launch URL https://wp.company/wp-login.php, redirect
   * https://wp.company/wp-admin/admin-ajax.php?action=openid-connect-authorize, offline_access scope;
   * "WordPress configuration": Discovery URL, OpenID Scope email profile openid offline_access) and the
   * plugin's page https://wordpress.org/plugins/daggerhart-openid-connect-generic/ (the same callback,
   * shown in the plugin's Notes), for the input below. The guide and the vendor agree.
   */
  expected: {
    inputs: { url: 'https://wp.company' },
    launchUrl: 'https://wp.company/wp-login.php',
    oidc: {
      redirectUris: ['https://wp.company/wp-admin/admin-ajax.php?action=openid-connect-authorize'],
      scopes: ['openid', 'email', 'profile', 'offline_access'],
      signing: 'any',
      claims: ['email', 'preferred_username'],
    },
    appSide: {
      'Discovery URL': 'https://authentik.company/application/o/wordpress/.well-known/openid-configuration',
      'OpenID Scope': 'email profile openid offline_access',
    },
  },
});
