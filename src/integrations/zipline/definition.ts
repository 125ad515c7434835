/**
 * Zipline signs users in with OpenID Connect set under Administrator › Settings › OAuth. It calls back
 * to https://<host>/api/auth/oauth/oidc, reads the user from the userinfo endpoint and keeps a refresh
 * token (offline_access).
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/miscellaneous/zipline/', vendor: 'https://zipline.diced.sh/docs/guides/oauth/oidc' },
  inputs: {
    url: {
      type: 'url',
      label: 'Zipline URL',
      help: help.url,
      example: 'https://zipline.company',
      pages: ['auth', 'dashboard', 'api', 'u', 'view', 'go', 'invite', 'folder', 'raw'],
    },
  },
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/api/auth/oauth/oidc'],
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
        {
          label: 'OIDC Redirect URL',
          value: '{redirect_uri}',
          optional: true,
          help: 'Optional; needed only when Zipline would build an http:// callback.',
        },
      ],
      notes: [notes.registration, notes.https],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'The redirect URI is Zipline’s /api/auth/oauth/oidc',
      why: 'Zipline sends its address followed by /api/auth/oauth/oidc; any other string gets “Redirect URI Error”.',
    },
  },
  manualTest,
  /**
   * Zipline: values copied from https://integrations.goauthentik.io/miscellaneous/zipline/ (sections
   * "Create an application and provider in authentik": redirect URI
   * `https://zipline.company/api/auth/oauth/oidc`, offline_access added; "Zipline configuration": OIDC
   * Client ID, Client Secret, Authorize URL, Token URL, Userinfo URL) and Zipline's source
   * (https://github.com/diced/zipline/blob/trunk/src/server/routes/api/auth/oauth/oidc.ts: PATH
   * `/api/auth/oauth/oidc`, redirect_uri = oidc.redirectUri or `<http|https>://<host>/api/auth/oauth/oidc`,
   * user from the userinfo endpoint: preferred_username, sub, picture) with
   * https://zipline.diced.sh/docs/guides/oauth/oidc, for the example inputs below. They agree.
   */
  expected: {
    sources: { vendor: 'https://github.com/diced/zipline/blob/trunk/src/server/routes/api/auth/oauth/oidc.ts' },
    inputs: { url: 'https://zipline.company' },
    launchUrl: 'https://zipline.company',
    oidc: {
      redirectUris: ['https://zipline.company/api/auth/oauth/oidc'],
      scopes: ['openid', 'email', 'profile', 'offline_access'],
      signing: 'any',
      claims: ['preferred_username', 'sub'],
    },
    appSide: {
      'OIDC Authorize URL': 'https://authentik.company/application/o/authorize/',
      'OIDC Token URL': 'https://authentik.company/application/o/token/',
      'OIDC Userinfo URL': 'https://authentik.company/application/o/userinfo/',
    },
  },
});
