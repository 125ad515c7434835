/**
 * Zipline signs users in with OpenID Connect set under Administrator › Settings › OAuth. It calls back
 * to https://<host>/api/auth/oauth/oidc, reads the user from the userinfo endpoint and keeps a refresh
 * token (offline_access).
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/miscellaneous/zipline/',
    vendor: 'https://zipline.diced.sh/docs/guides/oauth/oidc',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Zipline URL',
      help: help.url,
      example: 'https://zipline.company',
      preview: 'Redirect URI: {url}/api/auth/oauth/oidc',
      pages: ['auth', 'dashboard', 'api', 'u', 'view', 'go', 'invite', 'folder', 'raw'],
    },
  },
  launchUrl: '{url}',
  provider: {
    protocol: 'oidc',
    redirectUris: [{ url: '{url}/api/auth/oauth/oidc' }],
    signingKey: 'any',
    scopes: ['openid', 'email', 'profile', 'offline_access'],
  },
  screen: [
    {
      title: 'OpenID Connect',
      location: 'Administrator › Settings › OAuth › OpenID Connect',
      fields: [
        { label: 'OIDC Client ID', value: '{client_id}' },
        { label: 'OIDC Client Secret', value: '{client_secret}', secret: true },
        { label: 'OIDC Authorize URL', value: '{authorize_url}' },
        { label: 'OIDC Token URL', value: '{token_url}' },
        { label: 'OIDC Userinfo URL', value: '{userinfo_url}' },
        { label: 'OIDC Redirect URL', value: '{redirect_uri}', optional: true, help: 'Optional; needed only when Zipline would build an http:// callback.' },
      ],
      notes: [notes.registration, notes.https],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Zipline’s /api/auth/oauth/oidc', why: 'Zipline sends its address followed by /api/auth/oauth/oidc; any other string gets “Redirect URI Error”.' },
  },
  manualTest,
});
