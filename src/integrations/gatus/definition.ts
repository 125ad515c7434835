/**
 * Gatus protects its status page with OpenID Connect from security.oidc in config.yaml. It calls
 * back to redirect-url (which must end with /authorization-code/callback), verifies the ID token
 * with the issuer's keys and keeps only the sub claim.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, snippet, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/monitoring/gatus/', vendor: 'https://github.com/TwiN/gatus#oidc' },
  inputs: {
    url: {
      type: 'url',
      label: 'Gatus URL',
      help: help.url,
      example: 'https://gatus.company',
      pages: ['endpoints', 'suites', 'api', 'authorization-code', 'oidc', 'health'],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/authorization-code/callback'], signingKey: 'any' },
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
  /**
   * Gatus: values copied from https://integrations.goauthentik.io/monitoring/gatus/ (sections "Create an
   * application and provider in authentik" and "Gatus configuration") and Gatus's README
   * https://github.com/TwiN/gatus#oidc with its source (security/oidc.go: yaml keys issuer-url,
   * redirect-url, client-id, client-secret, scopes, allowed-subjects; redirect-url must end with
   * `/authorization-code/callback`; go-oidc NewProvider on issuer-url and Verifier with the discovery
   * document's algorithms; the session keeps idToken.Subject), for the example inputs below.
   * Where they disagree: the guide puts client-id and client-secret in .env and references them from
   * config.yaml; the values are the same, and the wizard shows them in place (its help explains the
   * environment variable form). Gatus asks only for the openid scope.
   */
  expected: {
    inputs: { url: 'https://gatus.company' },
    launchUrl: 'https://gatus.company',
    oidc: { redirectUris: ['https://gatus.company/authorization-code/callback'], scopes: ['openid'], signing: 'any', claims: ['sub'] },
    appSide: {
      'issuer-url': 'https://authentik.company/application/o/gatus/',
      'redirect-url': 'https://gatus.company/authorization-code/callback',
      scopes: '[openid]',
    },
  },
});
