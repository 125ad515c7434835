/**
 * FreshRSS (Docker image or Apache) signs users in through the Apache module mod_auth_openidc,
 * configured by OIDC_* environment variables. The module calls back to /i/oidc/ (often with the
 * port), verifies the ID token and hands FreshRSS the preferred_username as REMOTE_USER.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/media/freshrss/',
    vendor: 'https://freshrss.github.io/FreshRSS/en/admins/16_OpenID-Connect.html',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'FreshRSS URL',
      help: help.url,
      example: 'https://freshrss.company',
      preview: 'Redirect URI: {url}/i/oidc/',
      pages: ['i', 'api', 'p', '*.php'],
    },
  },
  launchUrl: '{url}',
  provider: {
    protocol: 'oidc',
    redirectUris: [{ url: '{url}/i/oidc/' }, { url: '{url}:443/i/oidc/' }],
    signingKey: 'any',
  },
  screen: [
    {
      title: 'Environment',
      location: '.env or the compose file’s environment: (then restart FreshRSS)',
      format: 'env',
      fields: [
        { label: 'OIDC_ENABLED', value: '1' },
        { label: 'OIDC_PROVIDER_METADATA_URL', value: '{discovery_url}', help: help.metadata },
        { label: 'OIDC_CLIENT_ID', value: '{client_id}' },
        { label: 'OIDC_CLIENT_SECRET', value: '{client_secret}', secret: true },
        { label: 'OIDC_CLIENT_CRYPTO_KEY', value: '', help: help.crypto },
        { label: 'OIDC_X_FORWARDED_HEADERS', value: 'X-Forwarded-Port X-Forwarded-Proto X-Forwarded-Host', help: help.forwarded },
        { label: 'OIDC_SCOPES', value: 'openid email profile', help: help.scopes },
      ],
      notes: [notes.image, notes.admin, notes.port],
    },
    {
      title: 'Authentication',
      location: 'Settings › Authentication (signed in through OIDC)',
      fields: [{ label: 'Authentication method', value: 'HTTP (for advanced users with HTTPS)', help: help.method }],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URIs are FreshRSS’s /i/oidc/, with and without :443', why: why.redirect },
    'signing-key': { why: 'mod_auth_openidc verifies the ID token with the keys authentik publishes.' },
    'username-changes': { why: 'FreshRSS takes the username from preferred_username (OIDC_REMOTE_USER_CLAIM); a renamed user lands in another FreshRSS account or none.' },
  },
  manualTest,
});
