/**
 * AFFiNE (self-hosted) signs users in through its OIDC OAuth provider, configured as JSON in the
 * admin panel. It reads the discovery document under the issuer, calls back to
 * <server URL>/oauth/callback with PKCE, verifies the ID token and reads the user from userinfo,
 * refusing an address that says email_verified false.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, snippet, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/affine/',
    vendor: 'https://docs.affine.pro/self-host-affine/administer/oauth-2-0',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'AFFiNE URL',
      help: help.url,
      example: 'https://affine.company',
      preview: 'Redirect URI: {url}/oauth/callback',
      pages: ['workspace', 'sign-in', 'admin', 'oauth', 'share', 'invite', 'auth', 'magic-link', 'open-app', 'redirect-proxy', 'template'],
    },
  },
  launchUrl: '{url}',
  provider: {
    protocol: 'oidc',
    redirectUris: [{ url: '{url}/oauth/callback' }],
    // AFFiNE refuses "email_verified: false", which authentik's default email mapping sends.
    scopes: ['openid', 'profile'],
    customScopes: ['email-verified'],
    signingKey: 'any',
  },
  screen: [
    {
      title: 'OIDC OAuth provider config',
      location: 'AFFiNE › profile picture › Admin Panel › Settings › OAuth › OIDC OAuth provider config',
      format: 'file',
      snippet,
      fields: [
        { label: 'issuer', value: '{ak}/application/o/{slug}', help: help.issuer },
        { label: 'clientId', value: '{client_id}' },
        { label: 'clientSecret', value: '{client_secret}', secret: true },
      ],
      notes: [notes.externalUrl, notes.save],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is AFFiNE’s /oauth/callback', why: why.redirect },
    'signing-key': { why: 'AFFiNE verifies the ID token’s signature with the keys authentik publishes and refuses the login otherwise.' },
    'encryption-key': { why: 'AFFiNE verifies a signed ID token and cannot read an encrypted one.' },
    'email-claim': { source: 'userinfo', why: why.email },
    'custom-mappings': { title: 'The email scope reports verified addresses', why: why.verified },
    discovery: { why: 'AFFiNE reads every endpoint from the discovery document under the issuer, and ignores the provider if the issuer announced there differs.' },
  },
  manualTest,
});
