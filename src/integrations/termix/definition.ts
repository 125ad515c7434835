/**
 * Termix (web SSH and server management) signs users in with OpenID Connect set in Admin Settings ›
 * OIDC. It calls back to /users/oidc/callback and checks the ID token against the Issuer URL.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/termix/',
    vendor: 'https://docs.termix.site/oidc',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Termix URL',
      help: help.url,
      example: 'https://termix.company',
      preview: 'Redirect URI: {url}/users/oidc/callback',
      pages: ['users', 'ssh', 'api', 'host', 'database', 'alerts'],
    },
  },
  launchUrl: '{url}',
  provider: { protocol: 'oidc', redirectUris: [{ url: '{url}/users/oidc/callback' }], signingKey: 'any' },
  screen: [
    {
      title: 'OIDC',
      location: 'Admin Settings › OIDC',
      fields: [
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        { label: 'Authorization URL', value: '{authorize_url}' },
        { label: 'Issuer URL', value: '{issuer}', help: help.issuer },
        { label: 'Token URL', value: '{token_url}' },
      ],
      notes: [notes.where, notes.save],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Termix’s /users/oidc/callback', why: why.redirect },
    'signing-key': { why: 'Termix verifies the ID token with the keys published for the Issuer URL.' },
  },
  manualTest,
});
