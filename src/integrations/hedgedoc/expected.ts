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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/hedgedoc/',
    vendor: 'https://docs.hedgedoc.org/guides/auth/oauth/',
    followed: 'vendor configuration docs for CMD_PROTOCOL_USESSL=true (HedgeDoc builds the https callback from it); the CMD_OAUTH2_* values are the guide’s',
  },
  inputs: { url: 'https://hedgedoc.company' },
  launchUrl: 'https://hedgedoc.company',
  oidc: {
    redirectUris: [{ url: 'https://hedgedoc.company/auth/oauth2/callback' }],
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
});
