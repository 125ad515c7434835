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
      pages: ['workspace', 'sign-in', 'admin', 'oauth', 'share', 'invite', 'auth', 'magic-link', 'open-app', 'redirect-proxy', 'template'],
    },
  },
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/oauth/callback'],
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
    discovery: {
      why: 'AFFiNE reads every endpoint from the discovery document under the issuer, and ignores the provider if the issuer announced there differs.',
    },
  },
  manualTest,
  /**
   * AFFiNE: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/affine/
   * (sections "Create an application and provider in authentik" and "AFFiNE configuration") and from the
   * vendor: https://docs.affine.pro/self-host-affine/administer/oauth-2-0 ("redirect_uri": <your-affine.domain>/oauth/callback;
   * "OIDC": the issuer parameter) with AFFiNE's source
   * (github.com/toeverything/AFFiNE, packages/backend/server/src/plugins/oauth/providers/oidc.ts:
   * redirect_uri = url.link('/oauth/callback'); default scope "openid profile email"; discovery at
   * `${issuer}/.well-known/openid-configuration`, issuer compared without trailing slashes; ID token
   * verified with jose against jwks_uri; userinfo must carry sub and email; email_verified === false
   * is refused with "Email for this account is not verified"), for the example inputs below.
   * Where they disagree: the guide keeps authentik's default scope mappings; the current source refuses
   * the email_verified false they send (authentik 2025.10+), so the vendor is followed: the email
   * scope is answered by a mapping that reports the address as verified.
   */
  expected: {
    sources: {
      followed:
        'vendor source for the email scope: AFFiNE refuses email_verified false, which authentik’s default email mapping sends since 2025.10; the guide’s default mappings would fail the login',
    },
    inputs: { url: 'https://affine.company' },
    launchUrl: 'https://affine.company',
    oidc: {
      redirectUris: ['https://affine.company/oauth/callback'],
      scopes: ['openid', 'profile', 'email'],
      signing: 'any',
      claims: ['sub', 'email', 'email_verified', 'name'],
    },
    appSide: { issuer: 'https://authentik.company/application/o/affine' },
  },
});
