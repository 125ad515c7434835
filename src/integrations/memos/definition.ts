/**
 * Memos signs users in through an OAuth2 identity provider created under Settings › SSO. Its web app
 * sends <origin>/auth/callback as the redirect URI and reads the user from authentik's userinfo
 * endpoint through the field mapping.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/memos/',
    vendor: 'https://usememos.com/docs/configuration/authentication',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Memos URL',
      help: help.url,
      example: 'https://memos.company',
      pages: [
        'auth',
        'm',
        'u',
        'explore',
        'archived',
        'attachments',
        'resources',
        'inbox',
        'setting',
        'settings',
        'about',
        'api',
        'file',
        'memos',
        'home',
        'review',
        'timeline',
      ],
    },
  },
  // Memos reads the userinfo endpoint; it does not verify an ID token.
  provider: { protocol: 'oidc', redirectUris: ['{url}/auth/callback'], signingKey: 'any', signingKeyOptional: true },
  screen: [
    {
      title: 'Create SSO',
      location: 'Settings › Admin › SSO › Create',
      fields: [
        { label: 'Type', value: 'OAUTH2', choice: true },
        { label: 'Template', value: 'Custom', choice: true },
        { label: 'Provider ID', value: 'authentik' },
        { label: 'Name', value: 'authentik' },
        { label: 'Redirect URL', value: '{redirect_uri}', help: help.redirect },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client secret', value: '{client_secret}', secret: true },
        { label: 'Authorization endpoint', value: '{authorize_url}' },
        { label: 'Token endpoint', value: '{token_url}' },
        { label: 'User endpoint', value: '{userinfo_url}' },
        { label: 'Scopes', value: 'openid profile email', help: help.scopes },
        { label: 'Identifier', value: 'sub', help: help.identifier },
        { label: 'Display Name', value: 'name' },
        { label: 'Email', value: 'email' },
      ],
      notes: [notes.create, notes.registration],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Memos’ /auth/callback', why: why.redirect },
    discovery: { why: 'The authorization, token and user endpoints in Memos must be the ones authentik announces.' },
  },
  manualTest,
  /**
   * Memos: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/memos/
   * ("Create an application and provider in authentik": Launch URL https://memos.company, Strict redirect
   * URI https://memos.company/auth/callback; "Memos configuration": Type OAUTH2, Template Custom, Provider ID
   * and Name authentik, Redirect URL https://memos.company/auth/callback, the three endpoints, Scopes
   * `openid profile email`, Identifier sub, Display Name name, Email email) and the vendor:
   * https://usememos.com/docs/configuration/authentication with Memos' web source (the SSO sign-in and the
   * identity-provider dialog use absolutifyLink("/auth/callback") as the redirect URI and show it as
   * "Redirect URL"), for the example inputs below. They agree.
   */
  expected: {
    inputs: { url: 'https://memos.company' },
    launchUrl: 'https://memos.company',
    oidc: {
      redirectUris: ['https://memos.company/auth/callback'],
      scopes: ['openid', 'profile', 'email'],
      signing: 'any',
      claims: ['sub', 'name', 'email'],
    },
    appSide: {
      Type: 'OAUTH2',
      Template: 'Custom',
      'Provider ID': 'authentik',
      Name: 'authentik',
      'Redirect URL': 'https://memos.company/auth/callback',
      'Authorization endpoint': 'https://authentik.company/application/o/authorize/',
      'Token endpoint': 'https://authentik.company/application/o/token/',
      'User endpoint': 'https://authentik.company/application/o/userinfo/',
      Scopes: 'openid profile email',
      Identifier: 'sub',
      'Display Name': 'name',
      Email: 'email',
    },
  },
});
