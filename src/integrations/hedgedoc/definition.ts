/**
 * HedgeDoc 1.x signs users in through its generic OAuth2 strategy (passport-oauth2), configured by
 * CMD_OAUTH2_* variables. It calls back to <server URL>/auth/oauth2/callback and reads the user from
 * authentik's userinfo endpoint; it never looks at the ID token.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/hedgedoc/',
    vendor: 'https://docs.hedgedoc.org/guides/auth/oauth/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'HedgeDoc URL',
      help: help.url,
      example: 'https://hedgedoc.company',
      preview: 'Redirect URI: {url}/auth/oauth2/callback',
      pages: ['s', 'p', 'auth', 'login', 'logout', 'me', 'history', 'new', 'features', 'status', 'uploads', 'config', 'build', 'css', 'js', 'vendor', 'docs', 'temp', 'open'],
    },
  },
  launchUrl: '{url}',
  // HedgeDoc reads the userinfo endpoint only; it does not verify an ID token.
  provider: { protocol: 'oidc', redirectUris: [{ url: '{url}/auth/oauth2/callback' }], signingKey: 'any', signingKeyOptional: true },
  screen: [
    {
      title: 'Environment',
      location: 'HedgeDoc’s environment (compose file or .env), then restart',
      format: 'env',
      fields: [
        { label: 'CMD_PROTOCOL_USESSL', value: 'true', help: help.ssl },
        { label: 'CMD_OAUTH2_PROVIDERNAME', value: 'authentik', help: help.name },
        { label: 'CMD_OAUTH2_CLIENT_ID', value: '{client_id}' },
        { label: 'CMD_OAUTH2_CLIENT_SECRET', value: '{client_secret}', secret: true },
        { label: 'CMD_OAUTH2_SCOPE', value: 'openid email profile' },
        { label: 'CMD_OAUTH2_USER_PROFILE_URL', value: '{userinfo_url}' },
        { label: 'CMD_OAUTH2_TOKEN_URL', value: '{token_url}' },
        { label: 'CMD_OAUTH2_AUTHORIZATION_URL', value: '{authorize_url}' },
        { label: 'CMD_OAUTH2_USER_PROFILE_ID_ATTR', value: 'sub', help: help.id },
        { label: 'CMD_OAUTH2_USER_PROFILE_USERNAME_ATTR', value: 'preferred_username' },
        { label: 'CMD_OAUTH2_USER_PROFILE_DISPLAY_NAME_ATTR', value: 'name' },
        { label: 'CMD_OAUTH2_USER_PROFILE_EMAIL_ATTR', value: 'email' },
      ],
      notes: [notes.domain, notes.restart],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is HedgeDoc’s /auth/oauth2/callback', why: why.redirect },
    discovery: { why: 'The authorization, token and user profile URLs in HedgeDoc must be the ones authentik announces.' },
  },
  manualTest,
});
