/**
 * Budibase signs users in through OpenID Connect (builder › Settings › Auth). It reads authentik's
 * endpoints from the Config URL (the discovery document), calls back to <platform URL>/api/global/auth/
 * oidc/callback, and takes the user's email address from userinfo, else from the ID token.
 */
import { defineIntegration } from '../../features/wizard/definition/format';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/platforms/budibase/', vendor: 'https://docs.budibase.com/docs/openid-connect' },
  inputs: {
    url: {
      type: 'url',
      label: 'Budibase URL (Platform URL)',
      help: 'The Platform URL under Settings › Organisation: Budibase builds its callback from it. You can paste any Budibase page; the wizard keeps only the base address.',
      example: 'https://budibase.company',
      pages: ['builder', 'app', 'api', 'embed', 'login'],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/api/global/auth/oidc/callback'], signingKey: 'any' },
  screen: [
    {
      title: 'OpenID Connect',
      location: 'Builder › Settings › Auth › OpenID Connect',
      fields: [
        { label: 'Config URL', value: '{discovery_url}' },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        {
          label: 'Callback URL',
          value: '{redirect_uri}',
          help: 'Shown by Budibase; it must read exactly like this, or set the Platform URL under Settings › Organisation.',
        },
        { label: 'Name', value: 'authentik', help: 'The login button then reads “Sign in with authentik”.' },
        { label: 'Activated', value: 'On', choice: true },
      ],
      notes: [{ tone: 'info', text: 'Click Save. Budibase creates a user on the first login with the email address authentik sends.' }],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'The redirect URI is Budibase’s /api/global/auth/oidc/callback',
      why: 'Budibase sends its Platform URL followed by /api/global/auth/oidc/callback; any other string gets “Redirect URI Error”.',
    },
    'email-claim': {
      source: 'userinfo',
      why: 'Budibase needs an email address, from userinfo or the ID token; without one the login fails with “Could not determine user email”.',
    },
    discovery: { why: 'Budibase reads every endpoint from the Config URL, this provider’s discovery document.' },
  },
  manualTest: {
    steps: ['Open Budibase in a private window.', 'Click “Sign in with authentik” and sign in at authentik.'],
    success: 'You land in the Budibase portal as the user with your authentik email address.',
    errors: [
      [
        'Redirect URI Error (on an authentik page)',
        'Budibase sent another callback: its Platform URL differs from the one given here.',
        'redirect-errors',
      ],
      [
        'Could not determine user email from profile …',
        'authentik sent no email address: the user has none, or the email scope is missing.',
        'email-claim',
      ],
      ['Error constructing OIDC authentication configuration', 'Budibase cannot fetch the Config URL from its server.', 'discovery'],
    ],
  },
  /**
   * Budibase: values copied from https://integrations.goauthentik.io/platforms/budibase/ (sections
   * "Preparation": copy Budibase's Callback URL; "Budibase configuration": Config URL
   * https://authentik.company/application/o/<application_slug>/.well-known/openid-configuration, Name
   * authentik, Activated) and https://docs.budibase.com/docs/openid-connect with Budibase's source
   * (packages/backend-core/src/middleware/passport/sso/oidc.ts: the callback is the platform URL +
   * /api/global/auth/oidc/callback; the email comes from userinfo, else the ID token), for the input
   * below. The guide does not print the callback; its shape comes from the vendor.
   */
  expected: {
    sources: { followed: 'vendor (source) for the callback URL, which the guide only tells you to copy from Budibase' },
    inputs: { url: 'https://budibase.company' },
    launchUrl: 'https://budibase.company',
    oidc: {
      redirectUris: ['https://budibase.company/api/global/auth/oidc/callback'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['email'],
    },
    appSide: {
      'Config URL': 'https://authentik.company/application/o/budibase/.well-known/openid-configuration',
      'Callback URL': 'https://budibase.company/api/global/auth/oidc/callback',
      Name: 'authentik',
    },
  },
});
