/**
 * n8n (Enterprise plan) signs users in with OpenID Connect, set up under Settings › SSO. n8n reads
 * authentik's discovery document, calls back to <instance base URL>/rest/sso/oidc/callback, and
 * matches or creates users by the email address from authentik's userinfo endpoint.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/development/n8n/', vendor: 'https://docs.n8n.io/user-management/oidc/setup/' },
  inputs: {
    url: {
      type: 'url',
      label: 'n8n URL',
      help: help.url,
      example: 'https://n8n.company',
      pages: [
        'home',
        'workflow',
        'workflows',
        'credentials',
        'executions',
        'variables',
        'projects',
        'templates',
        'settings',
        'signin',
        'signout',
        'setup',
        'rest',
        'webhook',
        'webhook-test',
        'webhook-waiting',
        'form',
        'form-test',
        'form-waiting',
        'mcp',
        'mcp-test',
      ],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/rest/sso/oidc/callback'], signingKey: 'any' },
  screen: [
    {
      title: 'OIDC',
      location: 'Settings › SSO › Select Authentication Protocol: OIDC',
      fields: [
        { label: 'Redirect URL', value: '{redirect_uri}', help: help.redirect },
        { label: 'Discovery Endpoint', value: '{discovery_url}' },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
      ],
      notes: [notes.activate, notes.baseUrl, notes.plan],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is n8n’s /rest/sso/oidc/callback', why: why.redirect },
    'signing-key': { why: 'n8n verifies the ID token with the keys listed in authentik’s discovery document.' },
    'email-claim': { source: 'userinfo', why: why.email },
  },
  manualTest,
  /**
   * n8n: values copied from https://integrations.goauthentik.io/development/n8n/ (sections "Create an
   * application and provider" and "n8n configuration") and n8n's https://docs.n8n.io/user-management/oidc/setup/
   * ("Setting up and enabling OIDC": redirect URL `…/rest/sso/oidc/callback`, fields Discovery Endpoint,
   * Client ID, Client Secret) with its source (github.com/n8n-io/n8n, packages/cli/src/sso.ee/oidc/
   * oidc.service.ee.ts: getCallbackUrl() = instance base URL + "/rest/sso/oidc/callback", scope
   * "openid email profile", email read from the userinfo response), for the example inputs below. They agree.
   */
  expected: {
    inputs: { url: 'https://n8n.company' },
    launchUrl: 'https://n8n.company',
    oidc: {
      redirectUris: ['https://n8n.company/rest/sso/oidc/callback'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['sub', 'email', 'given_name', 'family_name'],
    },
    appSide: {
      'Redirect URL': 'https://n8n.company/rest/sso/oidc/callback',
      'Discovery Endpoint': 'https://authentik.company/application/o/n8n/.well-known/openid-configuration',
    },
  },
});
