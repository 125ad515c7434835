/**
 * Rocket.Chat signs users in through a Custom OAuth service. Its unique name becomes part of the
 * callback, <Site URL>/_oauth/<name>; Rocket.Chat reads the user from authentik's userinfo endpoint
 * (preferred_username, email, name) and never checks an ID token.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/rocketchat/',
    vendor: 'https://docs.rocket.chat/docs/custom-oauth-setup',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Rocket.Chat Site URL',
      help: help.url,
      example: 'https://rocket.company',
      preview: 'Rocket.Chat: {url}',
      pages: [
        'home',
        'channel',
        'group',
        'direct',
        'admin',
        'account',
        'directory',
        'omnichannel',
        'marketplace',
        'login',
        'register',
        'reset-password',
        '_oauth',
        'api',
        'live',
        'meet',
        'invite',
        'setup-wizard',
      ],
    },
    name: {
      type: 'text',
      label: 'Custom OAuth name',
      help: help.name,
      example: 'authentik',
      pattern: '^[a-z0-9_]+$',
      message: 'Use lowercase letters, digits and underscores only, as Rocket.Chat keeps them in the callback URL.',
      preview: 'Callback: …/_oauth/{name}',
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/_oauth/{name}'], signingKey: 'any', signingKeyOptional: true },
  screen: [
    {
      title: 'Add custom OAuth',
      location: 'Manage › Workspace › Settings › OAuth › Add custom OAuth',
      fields: [{ label: 'Unique name', value: '{name}', help: help.unique }],
    },
    {
      title: 'Custom OAuth settings',
      location: 'Manage › Workspace › Settings › OAuth › Custom OAuth: <the unique name>',
      fields: [
        { label: 'Enable', value: 'On', choice: true },
        { label: 'URL', value: '{ak}/application/o', help: help.base },
        { label: 'Token Path', value: '/token/' },
        { label: 'Identity Path', value: '/userinfo/' },
        { label: 'Authorize Path', value: '/authorize/' },
        { label: 'Scope', value: 'openid email profile', help: 'Separated by spaces.' },
        { label: 'Id', value: '{client_id}' },
        { label: 'Secret', value: '{client_secret}', secret: true },
        { label: 'Login Style', value: 'Redirect', choice: true },
        { label: 'Button Text', value: 'Login with authentik' },
        { label: 'Username field', value: 'preferred_username' },
        { label: 'Email field', value: 'email' },
        { label: 'Name field', value: 'name' },
      ],
      notes: [notes.callback, notes.save, notes.merge],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Rocket.Chat’s callback for this custom OAuth name', why: why.redirect },
    'email-claim': { source: 'userinfo', why: 'Rocket.Chat creates the account with the email address from the Identity Path (userinfo).' },
    'username-changes': {
      why: 'Rocket.Chat takes the username from preferred_username; Merge users links accounts by it, so a renamed user would no longer match.',
    },
    'redirect-errors': {
      why: 'When a login hits “Redirect URI Error”, authentik records the callback Rocket.Chat really sent, e.g. with another name or Site URL.',
    },
  },
  manualTest,
  /**
   * Rocket.Chat: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/rocketchat/
   * (sections "Create an application and provider in authentik" and "Rocket.Chat configuration") and
   * Rocket.Chat's https://docs.rocket.chat/docs/custom-oauth-setup (Custom OAuth: URL, Token Path, Identity
   * Path, Authorize Path, Scope, Id, Secret, Login Style, Button Text, Username/Email/Name fields; the
   * Callback URL shown is `<Site URL>/_oauth/<name>`), for the example inputs below. Rocket.Chat reads the
   * user from the Identity Path and does not verify an ID token, so any signing key works.
   * They agree.
   */
  expected: {
    inputs: { url: 'https://rocket.company', name: 'authentik' },
    launchUrl: 'https://rocket.company',
    oidc: {
      redirectUris: ['https://rocket.company/_oauth/authentik'],
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
  },
});
