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
      pages: [
        's',
        'p',
        'auth',
        'login',
        'logout',
        'me',
        'history',
        'new',
        'features',
        'status',
        'uploads',
        'config',
        'build',
        'css',
        'js',
        'vendor',
        'docs',
        'temp',
        'open',
      ],
    },
  },
  // HedgeDoc reads the userinfo endpoint only; it does not verify an ID token.
  provider: { protocol: 'oidc', redirectUris: ['{url}/auth/oauth2/callback'], signingKey: 'any', signingKeyOptional: true },
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
  /**
   * HedgeDoc: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/hedgedoc/
   * ("Create an application and provider in authentik": Strict redirect URI
   * https://hedgedoc.company/auth/oauth2/callback; "HedgeDoc configuration": the CMD_OAUTH2_* block) and
   * the vendor: https://docs.hedgedoc.org/guides/auth/oauth/ with https://docs.hedgedoc.org/configuration/
   * (CMD_OAUTH2_* names; the server URL is built from CMD_DOMAIN, CMD_URL_PATH and CMD_PROTOCOL_USESSL)
   * and HedgeDoc 1.x's source (lib/web/auth/oauth2/index.js: callbackURL config.serverURL +
   * '/auth/oauth2/callback', profile fetched from userProfileURL, id/username/displayName/email taken
   * from the configured attributes, no ID token), for the example inputs below.
   * Where they disagree: the guide omits CMD_PROTOCOL_USESSL / CMD_DOMAIN, without which HedgeDoc sends an
   * http:// callback; the vendor's rule is followed (CMD_PROTOCOL_USESSL=true, CMD_DOMAIN in a note).
   */
  expected: {
    sources: {
      followed:
        'vendor configuration docs for CMD_PROTOCOL_USESSL=true (HedgeDoc builds the https callback from it); the CMD_OAUTH2_* values are the guide’s',
    },
    inputs: { url: 'https://hedgedoc.company' },
    launchUrl: 'https://hedgedoc.company',
    oidc: {
      redirectUris: ['https://hedgedoc.company/auth/oauth2/callback'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['sub', 'preferred_username', 'name', 'email'],
    },
    appSide: {
      CMD_PROTOCOL_USESSL: 'true',
      CMD_OAUTH2_PROVIDERNAME: 'authentik',
      CMD_OAUTH2_SCOPE: 'openid email profile',
      CMD_OAUTH2_USER_PROFILE_URL: 'https://authentik.company/application/o/userinfo/',
      CMD_OAUTH2_TOKEN_URL: 'https://authentik.company/application/o/token/',
      CMD_OAUTH2_AUTHORIZATION_URL: 'https://authentik.company/application/o/authorize/',
      CMD_OAUTH2_USER_PROFILE_ID_ATTR: 'sub',
      CMD_OAUTH2_USER_PROFILE_USERNAME_ATTR: 'preferred_username',
      CMD_OAUTH2_USER_PROFILE_DISPLAY_NAME_ATTR: 'name',
      CMD_OAUTH2_USER_PROFILE_EMAIL_ATTR: 'email',
    },
  },
});
