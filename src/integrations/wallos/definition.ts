/**
 * Wallos signs users in with OIDC/OAuth from its Admin Panel: every endpoint is entered by hand, the
 * login returns to <url>/index.php and users are matched by the User Identifier Field (sub), or by a
 * verified email address when linking existing users.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/miscellaneous/wallos/', vendor: 'https://github.com/ellite/Wallos#oidc' },
  inputs: {
    url: {
      type: 'url',
      label: 'Wallos URL',
      help: help.url,
      example: 'https://wallos.company',
      pages: ['*.php', 'endpoints', 'images', 'scripts', 'styles'],
    },
  },
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/index.php'],
    signingKey: 'any',
    scopes: ['openid', 'profile'],
    customScopes: ['email-verified'],
  },
  screen: [
    {
      title: 'OIDC settings',
      location: 'Admin Panel › OIDC settings (enable OIDC/OAuth)',
      fields: [
        { label: 'Provider Name', value: 'authentik' },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        { label: 'Auth URL', value: '{authorize_url}' },
        { label: 'Token URL', value: '{token_url}' },
        { label: 'User Info URL', value: '{userinfo_url}' },
        { label: 'Redirect URL', value: '{redirect_uri}', help: help.redirect },
        { label: 'User Identifier Field', value: 'sub', help: help.identifier },
        { label: 'Scopes', value: 'openid email profile' },
        { label: 'Create User Automatically', value: 'On', choice: true, help: help.create, optional: true },
      ],
      notes: [notes.verified],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'The redirect URI is Wallos’ index.php',
      why: 'Wallos sends the Redirect URL entered in its settings, <url>/index.php; any other string gets “Redirect URI Error”.',
    },
    'custom-mappings': {
      why: 'Wallos links existing users by email only when email_verified is true, which authentik’s default email mapping does not send.',
    },
  },
  manualTest,
  /**
   * Wallos: values copied from https://integrations.goauthentik.io/miscellaneous/wallos/ (sections "Create
   * an application and provider in authentik": redirect URI `https://wallos.company/index.php`, optional
   * verified email mapping; "Wallos configuration": Provider Name, Auth URL, Token URL, User Info URL,
   * Redirect URL, User Identifier Field `sub`, Scopes `openid email profile`, Create User Automatically)
   * and Wallos' source (https://github.com/ellite/Wallos, endpoints/admin/saveoidcsettings.php: name,
   * client_id, client_secret, authorization_url, token_url, user_info_url, redirect_url, logout_url,
   * user_identifier_field, scopes, auth_style, auto_create_user), for the example inputs below. They
   * agree. The guide makes the verified email mapping optional (only to link existing users); it is
   * followed as always-on here, which changes nothing for users matched by sub.
   */
  expected: {
    sources: { vendor: 'https://github.com/ellite/Wallos/blob/main/endpoints/admin/saveoidcsettings.php' },
    inputs: { url: 'https://wallos.company' },
    launchUrl: 'https://wallos.company',
    oidc: { redirectUris: ['https://wallos.company/index.php'], scopes: ['openid', 'email', 'profile'], signing: 'any', claims: ['sub', 'email'] },
    appSide: {
      'Provider Name': 'authentik',
      'Auth URL': 'https://authentik.company/application/o/authorize/',
      'Token URL': 'https://authentik.company/application/o/token/',
      'User Info URL': 'https://authentik.company/application/o/userinfo/',
      'Redirect URL': 'https://wallos.company/index.php',
      'User Identifier Field': 'sub',
      Scopes: 'openid email profile',
    },
  },
});
