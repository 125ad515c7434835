/**
 * Beszel signs users in through its PocketBase backend's OAuth2 "OpenID Connect" provider, set up
 * on the users collection. PocketBase calls back to /api/oauth2-redirect, reads the user from the
 * userinfo endpoint and matches users by an email address that must be marked verified.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/monitoring/beszel/',
    vendor: 'https://beszel.dev/guide/oauth',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Beszel URL',
      help: help.url,
      example: 'https://beszel.company',
      preview: 'Redirect URI: {url}/api/oauth2-redirect',
      pages: ['_', 'api', 'system', 'settings', 'containers', 'smart', 'forgot-password', 'request-otp'],
    },
  },
  launchUrl: '{url}',
  provider: {
    protocol: 'oidc',
    redirectUris: [{ url: '{url}/api/oauth2-redirect' }],
    scopes: ['openid', 'profile'],
    customScopes: ['email-verified'],
    signingKey: 'any',
  },
  screen: [
    {
      title: 'OpenID Connect provider',
      location: 'PocketBase dashboard ({url}/_/) › Collections › users › gear icon › Options › OAuth2 (Enable) › Add provider › OpenID Connect',
      fields: [
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client secret', value: '{client_secret}', secret: true },
        { label: 'Display name', value: 'authentik', help: help.name },
        { label: 'Auth URL', value: '{authorize_url}' },
        { label: 'Token URL', value: '{token_url}' },
        { label: 'Fetch user info from', value: 'User info URL', help: help.fetch },
        { label: 'User info URL', value: '{userinfo_url}' },
      ],
      notes: [notes.controls, notes.save, notes.users],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Beszel’s /api/oauth2-redirect', why: why.redirect },
    'email-claim': { source: 'userinfo', why: 'Beszel matches (or creates) the user by the email address from the userinfo endpoint.' },
    'custom-mappings': { why: why.verified },
  },
  manualTest,
});
