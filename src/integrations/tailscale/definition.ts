/**
 * Tailscale signs a tailnet in through "custom OIDC": at sign-up it finds authentik by a WebFinger
 * lookup on the domain of the admin's email address, reads the discovery document of the issuer
 * it points to, and calls back to https://login.tailscale.com/a/oauth_response. Tailscale accepts
 * ID tokens signed with RSA (2048 bits or more) or EC P-256 only.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, webfinger, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/networking/tailscale/', vendor: 'https://tailscale.com/kb/1240/sso-custom-oidc' },
  inputs: {
    email: {
      type: 'text',
      label: 'Tailnet admin email',
      help: help.email,
      example: 'admin@company.com',
      pattern: '^[^@\\s]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}$',
      ignoreCase: true,
      message: 'Enter one email address on a domain you control, for example admin@company.com.',
      preview: 'WebFinger lookup for acct:{email}',
    },
  },
  launchUrl: 'https://login.tailscale.com/',
  provider: { protocol: 'oidc', redirectUris: ['https://login.tailscale.com/a/oauth_response'], signingKey: 'any' },
  screen: [
    {
      title: 'WebFinger on your email domain',
      location: 'https://<your email domain>/.well-known/webfinger',
      format: 'file',
      snippet: webfinger,
      fields: [
        { label: 'subject', value: 'acct:{email}' },
        { label: 'href', value: '{issuer}', help: 'Exactly the issuer, with the trailing slash.' },
      ],
      notes: [notes.webfinger],
    },
    {
      title: 'Sign up with OIDC',
      location: 'https://login.tailscale.com/start/oidc',
      fields: [
        {
          label: 'Email address',
          value: '{email}',
          help: 'Then click Get OIDC Issuer; choose authentik if Tailscale asks for the identity provider type.',
        },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client secret', value: '{client_secret}', secret: true },
      ],
      notes: [notes.signup, notes.existing],
    },
  ],
  checks: {
    'provider-assigned': { why: 'Without the link authentik serves no discovery document under the issuer WebFinger points to.' },
    'redirect-uri': { title: 'The redirect URI is Tailscale’s callback', why: why.redirect },
    // Vendor: RSA of 2048 bits or more, or EC P-256; authentik publishes them as RS256 and ES256.
    'signing-key': { why: why.signing, algorithms: ['RS256', 'ES256'] },
    'encryption-key': {},
    'email-claim': { source: 'id_token', why: 'Tailscale identifies each user, and the tailnet admin, by the email address authentik sends.' },
    discovery: { why: 'Tailscale reads the endpoints from the discovery document of the issuer in the WebFinger answer; both must match.' },
    'public-authentik': { why: 'Tailscale’s servers fetch the discovery document, tokens and keys from authentik over the internet.' },
  },
  manualTest,
  /**
   * Tailscale: values copied from https://integrations.goauthentik.io/networking/tailscale/ (sections
   * "Preparation" › "WebFinger endpoint required", "Create an application and provider in authentik"
   * and "Tailscale configuration") and https://tailscale.com/kb/1240/sso-custom-oidc (sections
   * "Requirements" and "WebFinger setup"), for the example tailnet admin admin@company.com.
   * Tailscale asks for the openid, profile and email scopes and accepts ES256 or RSA ID tokens (no HS256).
   * The guide and the vendor agree.
   */
  expected: {
    inputs: { email: 'admin@company.com' },
    oidc: {
      redirectUris: ['https://login.tailscale.com/a/oauth_response'],
      scopes: ['openid', 'profile', 'email'],
      signing: 'any',
      claims: ['email'],
    },
    appSide: { subject: 'acct:admin@company.com', href: 'https://authentik.company/application/o/tailscale/', 'Email address': 'admin@company.com' },
  },
});
