/**
 * Cloudflare Access (Cloudflare One / Zero Trust) signs users in through authentik as a generic
 * OpenID Connect identity provider. Cloudflare calls authentik's token and JWKS endpoints from the
 * internet and verifies the ID token, so the provider needs an RSA or EC signing key and no
 * encryption key.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/security/cloudflare-access/',
    vendor: 'https://developers.cloudflare.com/cloudflare-one/integrations/identity-providers/generic-oidc/',
  },
  inputs: {
    team: {
      type: 'subdomain',
      domain: 'cloudflareaccess.com',
      label: 'Team name',
      help: help.team,
      example: 'acme',
      where: 'Settings › Team name in Cloudflare One',
      preview: 'Team domain: {team}.cloudflareaccess.com',
    },
  },
  provider: {
    protocol: 'oidc',
    // Cloudflare sends the callback exactly so: no trailing slash.
    redirectUris: ['https://{team}.cloudflareaccess.com/cdn-cgi/access/callback'],
    signingKey: 'any',
  },
  screen: [
    {
      title: 'Add an OpenID Connect identity provider',
      location: 'Cloudflare One › Integrations › Identity providers › Add new identity provider › OpenID Connect',
      fields: [
        { label: 'Name', value: 'authentik', help: 'Shown on the Cloudflare login page; any name works.' },
        { label: 'App ID', value: '{client_id}' },
        { label: 'Client secret', value: '{client_secret}', secret: true },
        { label: 'Auth URL', value: '{authorize_url}' },
        { label: 'Token URL', value: '{token_url}' },
        { label: 'Certificate URL', value: '{jwks_url}', help: "The provider's JWKS: the keys Cloudflare verifies ID tokens with." },
        { label: 'Proof Key for Code Exchange (PKCE)', value: 'On', choice: true, help: 'Turn it on: authentik supports PKCE with S256.' },
        { label: 'OIDC Claims (optional)', value: 'groups', help: help.claims },
        { label: 'Email claim (optional)', value: 'email', help: "Cloudflare's default; authentik puts the email address in this claim." },
      ],
      notes: [notes.rename, notes.test],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Cloudflare’s callback, without a trailing slash', why: why.redirect },
    // Cloudflare accepts these ID-token algorithms (not HS256).
    'signing-key': { why: why.signing, algorithms: ['RS256', 'RS512', 'PS512', 'ES256', 'ES384', 'ES512'] },
    'encryption-key': { why: 'Cloudflare cannot read an encrypted ID token and reports “Failed to verify oidc token with fresh keys”.' },
    'id-token-claims': { why: 'Cloudflare reads the email address from the ID token, not from the userinfo endpoint.' },
    'email-claim': {
      source: 'id_token',
      why: 'Without an email claim Cloudflare reports “Failed to fetch user/group information from the identity provider”.',
    },
    'redirect-errors': { why: 'When Cloudflare’s Test hits “Redirect URI Error”, authentik records the URL Cloudflare really sent.' },
    'public-authentik': { why: 'Cloudflare fetches tokens and keys from authentik over the internet, over https with a trusted certificate.' },
  },
  manualTest,
  /**
   * Cloudflare Access: values copied from https://integrations.goauthentik.io/security/cloudflare-access/
   * (sections "Create an application and provider in authentik" and "Cloudflare Access configuration")
   * and https://developers.cloudflare.com/cloudflare-one/integrations/identity-providers/generic-oidc/
   * ("1. Create an application in your identity provider", the API example's `scopes`, and "Supported
   * algorithms for generic OIDC tokens": RS256, RS512, PS512, ES256, ES384, ES512 — no HS256), for the
   * example inputs below. The guide's team placeholder `company` is replaced by the example team `acme`.
   */
  expected: {
    inputs: { team: 'acme' },
    oidc: {
      redirectUris: ['https://acme.cloudflareaccess.com/cdn-cgi/access/callback'],
      scopes: ['openid', 'email', 'profile'],
      // An RSA or EC key both verify; HS256 is not in Cloudflare's list.
      signing: 'any',
      claims: ['email'],
    },
    appSide: {
      Name: 'authentik',
      'Auth URL': 'https://authentik.company/application/o/authorize/',
      'Token URL': 'https://authentik.company/application/o/token/',
      'Certificate URL': 'https://authentik.company/application/o/cloudflare-access/jwks/',
    },
  },
});
