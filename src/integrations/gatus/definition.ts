/**
 * Gatus protects its status page with OpenID Connect from security.oidc in config.yaml. It calls
 * back to redirect-url (which must end with /authorization-code/callback), verifies the ID token
 * with the issuer's keys and keeps only the sub claim.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, snippet, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/monitoring/gatus/',
    vendor: 'https://github.com/TwiN/gatus#oidc',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Gatus URL',
      help: help.url,
      example: 'https://gatus.company',
      preview: 'Redirect URI: {url}/authorization-code/callback',
      pages: ['endpoints', 'suites', 'api', 'authorization-code', 'oidc', 'health'],
    },
  },
  launchUrl: '{url}',
  provider: { protocol: 'oidc', redirectUris: [{ url: '{url}/authorization-code/callback' }], signingKey: 'any' },
  screen: [
    {
      title: 'config.yaml',
      location: 'config.yaml (/config/config.yaml or GATUS_CONFIG_PATH)',
      format: 'file',
      snippet,
      fields: [
        { label: 'issuer-url', value: '{issuer}', help: help.issuer },
        { label: 'client-id', value: '{client_id}' },
        { label: 'client-secret', value: '{client_secret}', secret: true, help: help.secret },
        { label: 'redirect-url', value: '{redirect_uri}', help: help.redirect },
        { label: 'scopes', value: '[openid]', help: help.scopes },
      ],
      notes: [notes.reload, notes.subjects],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Gatus’s /authorization-code/callback', why: why.redirect },
    'signing-key': { why: 'Gatus verifies each ID token with the keys authentik publishes for the issuer.' },
  },
  manualTest,
});
