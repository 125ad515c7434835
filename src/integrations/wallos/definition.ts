/**
 * Wallos signs users in with OIDC/OAuth from its Admin Panel: every endpoint is entered by hand, the
 * login returns to <url>/index.php and users are matched by the User Identifier Field (sub), or by a
 * verified email address when linking existing users.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/miscellaneous/wallos/',
    vendor: 'https://github.com/ellite/Wallos#oidc',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Wallos URL',
      help: help.url,
      example: 'https://wallos.company',
      preview: 'Redirect URI: {url}/index.php',
      pages: ['*.php', 'endpoints', 'images', 'scripts', 'styles'],
    },
  },
  launchUrl: '{url}',
  provider: {
    protocol: 'oidc',
    redirectUris: [{ url: '{url}/index.php' }],
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
        { label: 'Create User Automatically', value: 'On', help: help.create, optional: true },
      ],
      notes: [notes.verified],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Wallos’ index.php', why: 'Wallos sends the Redirect URL entered in its settings, <url>/index.php; any other string gets “Redirect URI Error”.' },
    'custom-mappings': { why: 'Wallos links existing users by email only when email_verified is true, which authentik’s default email mapping does not send.' },
  },
  manualTest,
});
