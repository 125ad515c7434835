/**
 * BookStack signs users in with OpenID Connect, configured in its .env file. It discovers the
 * endpoints from OIDC_ISSUER (and refuses a discovery document whose issuer differs from it by a
 * single character), calls back to APP_URL + /oidc/callback and verifies the ID token with RS256
 * keys only.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/documentation/bookstack/', vendor: 'https://www.bookstackapp.com/docs/admin/oidc-auth/' },
  inputs: {
    url: {
      type: 'url',
      label: 'BookStack URL',
      help: help.url,
      example: 'https://bookstack.company',
      pages: [
        'books',
        'shelves',
        'search',
        'login',
        'register',
        'settings',
        'user',
        'my-account',
        'preferences',
        'oidc',
        'saml2',
        'link',
        'favourites',
        'tags',
        'create-book',
        'uploads',
        'attachments',
        'pages',
        'images',
      ],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/oidc/callback'], signingKey: 'rsa' },
  screen: [
    {
      title: '.env',
      location: 'BookStack’s .env file (Docker: the container’s environment), then restart BookStack',
      format: 'env',
      fields: [
        { label: 'AUTH_METHOD', value: 'oidc' },
        { label: 'AUTH_AUTO_INITIATE', value: 'false', help: help.auto },
        { label: 'OIDC_NAME', value: 'authentik', help: 'The name on the login button.' },
        { label: 'OIDC_DISPLAY_NAME_CLAIMS', value: 'name' },
        { label: 'OIDC_CLIENT_ID', value: '{client_id}' },
        { label: 'OIDC_CLIENT_SECRET', value: '{client_secret}', secret: true },
        { label: 'OIDC_ISSUER', value: '{issuer}', help: help.issuer },
        { label: 'OIDC_ISSUER_DISCOVER', value: 'true' },
        { label: 'OIDC_END_SESSION_ENDPOINT', value: 'true', help: help.logout },
      ],
      notes: [notes.appUrl, notes.issuer, notes.saml],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is BookStack’s /oidc/callback', why: why.redirect },
    'signing-key': { title: 'ID tokens are signed with an RSA key (RS256)', why: why.rsa },
    'email-claim': {
      source: 'userinfo',
      why: 'BookStack creates and matches accounts by the email address (from the ID token, else from userinfo).',
    },
    discovery: { why: why.discovery },
  },
  manualTest,
  /**
   * BookStack: values copied from https://integrations.goauthentik.io/documentation/bookstack/ (default tab
   * "Log in with OIDC": sections "Create an application and provider in authentik" and "Bookstack
   * configuration") and from the vendor: https://www.bookstackapp.com/docs/admin/oidc-auth/ with BookStack's
   * source (github.com/BookStackApp/BookStack, app/Access/Oidc/OidcService.php: redirectUri
   * url('/oidc/callback'); OidcOAuthProvider.php: scopes openid profile email; OidcProviderSettings.php:
   * discovery at rtrim(issuer,'/') + '/.well-known/openid-configuration', `$result['issuer'] !== $this->issuer`
   * throws "Unexpected issuer value found on discovery response", filterKeys keeps kty RSA / alg RS256 only;
   * OidcJwtSigningKey.php: "Only RS256 keys are currently supported"), for the example inputs below.
   * Where they disagree: (1) the guide writes OIDC_ISSUER=https://authentik.company/application/o/<slug>
   * without the trailing slash, but authentik's issuer ends with "/" and BookStack compares it strictly;
   * (2) the guide allows "any available signing key", BookStack verifies RS256 only. The vendor source is
   * followed on both, because the guide's values fail the login.
   */
  expected: {
    sources: {
      followed:
        'vendor source: OIDC_ISSUER with the trailing slash (BookStack compares the discovered issuer strictly) and an RSA signing key (BookStack keeps only RS256 keys); the guide has no slash and any key',
    },
    inputs: { url: 'https://bookstack.company' },
    launchUrl: 'https://bookstack.company',
    oidc: {
      redirectUris: ['https://bookstack.company/oidc/callback'],
      scopes: ['openid', 'profile', 'email'],
      signing: 'RS256',
      claims: ['sub', 'email', 'name'],
    },
    appSide: {
      AUTH_METHOD: 'oidc',
      AUTH_AUTO_INITIATE: 'false',
      OIDC_NAME: 'authentik',
      OIDC_DISPLAY_NAME_CLAIMS: 'name',
      OIDC_ISSUER: 'https://authentik.company/application/o/bookstack/',
      OIDC_ISSUER_DISCOVER: 'true',
      OIDC_END_SESSION_ENDPOINT: 'true',
    },
  },
});
