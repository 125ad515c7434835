/**
 * Rocket.Chat: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/rocketchat/
 * (sections "Create an application and provider in authentik" and "Rocket.Chat configuration") and
 * Rocket.Chat's https://docs.rocket.chat/docs/custom-oauth-setup (Custom OAuth: URL, Token Path, Identity
 * Path, Authorize Path, Scope, Id, Secret, Login Style, Button Text, Username/Email/Name fields; the
 * Callback URL shown is `<Site URL>/_oauth/<name>`), for the example inputs below. Rocket.Chat reads the
 * user from the Identity Path and does not verify an ID token, so any signing key works.
 * They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/rocketchat/',
    vendor: 'https://docs.rocket.chat/docs/custom-oauth-setup',
  },
  inputs: { url: 'https://rocket.company', name: 'authentik' },
  launchUrl: 'https://rocket.company',
  oidc: {
    redirectUris: [{ url: 'https://rocket.company/_oauth/authentik' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'any',
    claims: ['preferred_username', 'email', 'name'],
  },
  appSide: {
    'Unique name': 'authentik',
    Enable: 'On',
    URL: 'https://authentik.company/application/o',
    'Token Path': '/token/',
    'Identity Path': '/userinfo/',
    'Authorize Path': '/authorize/',
    Scope: 'openid email profile',
    'Login Style': 'Redirect',
    'Button Text': 'Login with authentik',
    'Username field': 'preferred_username',
    'Email field': 'email',
    'Name field': 'name',
  },
});
