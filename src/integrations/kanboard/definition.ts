/**
 * Kanboard signs users in through its OAuth2 plugin (Settings › Integrations › OAuth2
 * Authentication). The plugin calls back to <Kanboard URL>/oauth/callback, reads the user from
 * authentik's userinfo endpoint with the keys given in the form and never looks at an ID token.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/kanboard/',
    vendor: 'https://github.com/kanboard/plugin-oauth2',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Kanboard URL',
      help: help.url,
      example: 'https://kanboard.company',
      pages: [
        '*.php',
        'dashboard',
        'board',
        'project',
        'task',
        'login',
        'logout',
        'settings',
        'user',
        'users',
        'oauth',
        'search',
        'plugins',
        'calendar',
        'list',
        'gantt',
        'activity',
        'analytics',
        'public',
        'feed',
      ],
    },
  },
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/oauth/callback'],
    // The plugin reads the userinfo endpoint and never verifies an ID token.
    signingKey: 'any',
    signingKeyOptional: true,
  },
  screen: [
    {
      title: 'OAuth2 Authentication',
      location: 'Kanboard › profile icon › Settings › Integrations › OAuth2 Authentication',
      fields: [
        { label: 'Callback URL', value: '{redirect_uri}', help: help.callback },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        { label: 'Authorize URL', value: '{authorize_url}' },
        { label: 'Token URL', value: '{token_url}' },
        { label: 'User API URL', value: '{userinfo_url}' },
        { label: 'Scopes', value: 'openid profile email', help: 'Separated by spaces.' },
        { label: 'Username Key', value: 'preferred_username' },
        { label: 'Name Key', value: 'name' },
        { label: 'Email Key', value: 'email' },
        { label: 'User ID Key', value: 'sub', help: help.userId },
        { label: 'Allow Account Creation', value: 'On', choice: true, help: 'Creates the Kanboard user on the first login.' },
      ],
      notes: [notes.plugin, notes.rewrite, { tone: 'info', text: 'Click Save. The login page then shows “OAuth2 login”.' }],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Kanboard’s /oauth/callback', why: why.redirect },
    'email-claim': {
      source: 'userinfo',
      why: 'Kanboard stores the email address from the User API answer with the new user, and can limit sign-ups to email domains.',
    },
    discovery: { why: 'The Authorize, Token and User API URLs in the form must be the ones authentik announces.' },
    'redirect-errors': {
      why: 'When a login hits “Redirect URI Error”, authentik records the callback Kanboard really sent, e.g. the ?controller= form without URL rewriting.',
    },
  },
  manualTest,
  /**
   * Kanboard: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/kanboard/
   * (sections "Create an application and provider in authentik" and "Install and configure the plugin")
   * and from the vendor: https://github.com/kanboard/plugin-oauth2 (README "Configuration"; Plugin.php
   * registers the route /oauth/callback for OAuthController::handler; Template/config/integration.php:
   * field labels Callback URL, Client ID, Client Secret, Authorize URL, Token URL, User API URL, Scopes,
   * Username Key, Name Key, Email Key, User ID Key, Allow Account Creation), for the example inputs
   * below. They agree.
   */
  expected: {
    inputs: { url: 'https://kanboard.company' },
    launchUrl: 'https://kanboard.company',
    oidc: {
      redirectUris: ['https://kanboard.company/oauth/callback'],
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
  },
});
