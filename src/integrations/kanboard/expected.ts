/**
 * Kanboard: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/kanboard/
 * (sections "Create an application and provider in authentik" and "Install and configure the plugin")
 * and from the vendor: https://github.com/kanboard/plugin-oauth2 (README "Configuration"; Plugin.php
 * registers the route /oauth/callback for OAuthController::handler; Template/config/integration.php:
 * field labels Callback URL, Client ID, Client Secret, Authorize URL, Token URL, User API URL, Scopes,
 * Username Key, Name Key, Email Key, User ID Key, Allow Account Creation), for the example inputs
 * below. They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/kanboard/',
    vendor: 'https://github.com/kanboard/plugin-oauth2',
  },
  inputs: { url: 'https://kanboard.company' },
  launchUrl: 'https://kanboard.company',
  oidc: {
    redirectUris: [{ url: 'https://kanboard.company/oauth/callback' }],
    scopes: ['openid', 'profile', 'email'],
    signing: 'any',
    claims: ['sub', 'preferred_username', 'name', 'email'],
  },
  appSide: {
    'Callback URL': 'https://kanboard.company/oauth/callback',
    'Authorize URL': 'https://authentik.company/application/o/authorize/',
    'Token URL': 'https://authentik.company/application/o/token/',
    'User API URL': 'https://authentik.company/application/o/userinfo/',
    Scopes: 'openid profile email',
    'Username Key': 'preferred_username',
    'Name Key': 'name',
    'Email Key': 'email',
    'User ID Key': 'sub',
  },
});
