/**
 * BookStack signs users in with OpenID Connect, configured in its .env file. It discovers the
 * endpoints from OIDC_ISSUER (and refuses a discovery document whose issuer differs from it by a
 * single character), calls back to APP_URL + /oidc/callback and verifies the ID token with RS256
 * keys only.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/documentation/bookstack/',
    vendor: 'https://www.bookstackapp.com/docs/admin/oidc-auth/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'BookStack URL',
      help: help.url,
      example: 'https://bookstack.company',
      preview: 'Redirect URI: {url}/oidc/callback',
      pages: ['books', 'shelves', 'search', 'login', 'register', 'settings', 'user', 'my-account', 'preferences', 'oidc', 'saml2', 'link', 'favourites', 'tags', 'create-book', 'uploads', 'attachments', 'pages', 'images'],
    },
  },
  launchUrl: '{url}',
  provider: { protocol: 'oidc', redirectUris: [{ url: '{url}/oidc/callback' }], signingKey: 'rsa' },
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
    'email-claim': { source: 'userinfo', why: 'BookStack creates and matches accounts by the email address (from the ID token, else from userinfo).' },
    discovery: { why: why.discovery },
  },
  manualTest,
});
