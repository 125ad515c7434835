/**
 * Homarr (1.x) signs users in through Auth.js's OIDC provider, configured by AUTH_OIDC_*
 * environment variables. It calls back to /api/auth/callback/oidc, validates the ID token and takes
 * the name, email and groups from it.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/dashboards/homarr/',
    vendor: 'https://homarr.dev/docs/advanced/single-sign-on/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Homarr URL',
      help: help.url,
      example: 'https://homarr.company',
      preview: 'Redirect URI: {url}/api/auth/callback/oidc',
      pages: ['api', 'auth', 'boards', 'manage', 'init', 'b'],
    },
  },
  launchUrl: '{url}',
  provider: { protocol: 'oidc', redirectUris: [{ url: '{url}/api/auth/callback/oidc' }], signingKey: 'any' },
  screen: [
    {
      title: 'Environment',
      location: '.env or the compose file’s environment: (then restart Homarr)',
      format: 'env',
      fields: [
        { label: 'AUTH_PROVIDERS', value: 'oidc', help: help.providers },
        { label: 'AUTH_OIDC_CLIENT_ID', value: '{client_id}' },
        { label: 'AUTH_OIDC_CLIENT_SECRET', value: '{client_secret}', secret: true },
        { label: 'AUTH_OIDC_ISSUER', value: '{issuer}', help: help.issuer },
        { label: 'AUTH_OIDC_CLIENT_NAME', value: 'authentik', help: help.name },
      ],
      notes: [notes.groups, notes.linking, notes.restart],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Homarr’s /api/auth/callback/oidc', why: why.redirect },
    'signing-key': { why: 'Homarr (Auth.js) verifies the ID token with the keys authentik publishes.' },
    'id-token-claims': { why: 'Homarr reads preferred_username (or name), email and groups from the ID token.' },
  },
  manualTest,
});
