/**
 * Termix (web SSH and server management) signs users in with OpenID Connect set in Admin Settings ›
 * OIDC. It calls back to /users/oidc/callback and checks the ID token against the Issuer URL.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/infrastructure/termix/', vendor: 'https://docs.termix.site/oidc' },
  inputs: {
    url: {
      type: 'url',
      label: 'Termix URL',
      help: help.url,
      example: 'https://termix.company',
      pages: ['users', 'ssh', 'api', 'host', 'database', 'alerts'],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/users/oidc/callback'], signingKey: 'any' },
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
  /**
   * Termix: values copied from https://integrations.goauthentik.io/infrastructure/termix/ (sections
   * "Create an application and provider" and "Termix configuration") and Termix's
   * https://docs.termix.site/oidc ("OIDC (OpenID Connect) Setup Guide": redirect URI
   * `https://<your-termix>/users/oidc/callback`; Client ID, Client Secret, Authorization URL, Issuer URL,
   * Token URL in Admin Settings › OIDC), for the example inputs below. The vendor page was not readable
   * here in full; the callback path also appears in public deployment scripts patching authentik for
   * Termix (`https://…/users/oidc/callback`). No disagreement found.
   */
  expected: {
    inputs: { url: 'https://termix.company' },
    launchUrl: 'https://termix.company',
    oidc: { redirectUris: ['https://termix.company/users/oidc/callback'], scopes: ['openid', 'email', 'profile'], signing: 'any' },
    appSide: {
      'Authorization URL': 'https://authentik.company/application/o/authorize/',
      'Issuer URL': 'https://authentik.company/application/o/termix/',
      'Token URL': 'https://authentik.company/application/o/token/',
    },
  },
});
