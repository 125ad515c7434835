/**
 * Komga signs users in through Spring Security OAuth2 login, configured in application.yml. It reads
 * the discovery document of the issuer-uri, calls back to <url>/login/oauth2/code/authentik,
 * verifies the ID token (RS256 by default) and finds users by a verified email address.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, snippet, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/media/komga/',
    vendor: 'https://komga.org/docs/installation/oauth2/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Komga URL',
      help: help.url,
      example: 'https://komga.company',
      preview: 'Redirect URI: {url}/login/oauth2/code/authentik',
      pages: ['login', 'libraries', 'series', 'book', 'books', 'collections', 'readlists', 'settings', 'account', 'api', 'oauth2', 'import', 'history', 'media-management'],
    },
  },
  launchUrl: '{url}',
  provider: {
    protocol: 'oidc',
    redirectUris: [{ url: '{url}/login/oauth2/code/authentik' }],
    signingKey: 'rsa',
    scopes: ['openid', 'profile'],
    customScopes: ['email-verified'],
  },
  screen: [
    {
      title: 'application.yml',
      location: 'Komga’s application.yml (in its config directory), then restart Komga',
      format: 'file',
      snippet,
      fields: [
        { label: 'client-id', value: '{client_id}' },
        { label: 'client-secret', value: '{client_secret}', secret: true },
        { label: 'scope', value: 'openid,email,profile' },
        { label: 'redirect-uri', value: '{redirect_uri}', help: help.redirect },
        { label: 'user-name-attribute', value: 'preferred_username' },
        { label: 'issuer-uri', value: '{issuer}', help: help.issuer },
        { label: 'oauth2-account-creation', value: 'true', help: help.creation },
      ],
      notes: [notes.restart, notes.username],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Komga’s /login/oauth2/code/authentik', why: why.redirect },
    'signing-key': { why: why.signing },
    'email-claim': { source: 'id_token', why: 'Komga matches users by the email address in the ID token.' },
    'custom-mappings': { why: why.email },
    'username-changes': { why: 'With user-name-attribute preferred_username, a renamed authentik user is no longer recognised by Komga.' },
  },
  manualTest,
});
