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
  inputs: { url: { type: 'url', label: 'FreshRSS URL', help: help.url, example: 'https://freshrss.company', pages: ['i', 'api', 'p', '*.php'] } },
  provider: { protocol: 'oidc', redirectUris: ['{url}/i/oidc/', '{url}:443/i/oidc/'], signingKey: 'any' },
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
      fields: [{ label: 'Authentication method', value: 'HTTP (for advanced users with HTTPS)', choice: true, help: help.method }],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URIs are FreshRSS’s /i/oidc/, with and without :443', why: why.redirect },
    'signing-key': { why: 'mod_auth_openidc verifies the ID token with the keys authentik publishes.' },
    'username-changes': {
      why: 'FreshRSS takes the username from preferred_username (OIDC_REMOTE_USER_CLAIM); a renamed user lands in another FreshRSS account or none.',
    },
  },
  manualTest,
  /**
   * FreshRSS: values copied from https://integrations.goauthentik.io/media/freshrss/ (sections "Create an
   * application and provider in authentik" and "FreshRSS configuration") and FreshRSS's
   * https://freshrss.github.io/FreshRSS/en/admins/16_OpenID-Connect.html (source
   * docs/en/admins/16_OpenID-Connect.md: callback `https://<your-domain>/i/oidc/`; OIDC_ENABLED,
   * OIDC_PROVIDER_METADATA_URL "<issuer>/.well-known/openid-configuration", OIDC_CLIENT_ID,
   * OIDC_CLIENT_SECRET, OIDC_CLIENT_CRYPTO_KEY, OIDC_REMOTE_USER_CLAIM default preferred_username,
   * OIDC_SCOPES default "openid", OIDC_X_FORWARDED_HEADERS from X-Forwarded-Host/-Port/-Proto), for the
   * example inputs below.
   * Where they disagree: the vendor lists one callback; the guide adds the `:443` variant because
   * mod_auth_openidc puts the port into redirect_uri (Authelia's FreshRSS notes say the same). The guide
   * is followed, so both are registered. The vendor's default scope "openid" carries no
   * preferred_username; the guide's "openid email profile" is followed. The guide's optional
   * back-channel logout is not asserted.
   */
  expected: {
    sources: {
      followed:
        'The guide: both /i/oidc/ redirect URIs (mod_auth_openidc may add :443) and OIDC_SCOPES “openid email profile” (the vendor default “openid” lacks preferred_username).',
    },
    inputs: { url: 'https://freshrss.company' },
    launchUrl: 'https://freshrss.company',
    oidc: {
      redirectUris: ['https://freshrss.company/i/oidc/', 'https://freshrss.company:443/i/oidc/'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['preferred_username'],
    },
    appSide: {
      OIDC_ENABLED: '1',
      OIDC_PROVIDER_METADATA_URL: 'https://authentik.company/application/o/freshrss/.well-known/openid-configuration',
      OIDC_X_FORWARDED_HEADERS: 'X-Forwarded-Port X-Forwarded-Proto X-Forwarded-Host',
      OIDC_SCOPES: 'openid email profile',
      'Authentication method': 'HTTP (for advanced users with HTTPS)',
    },
  },
});
