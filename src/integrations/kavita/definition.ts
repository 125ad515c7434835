/**
 * Kavita signs users in with OpenID Connect (ASP.NET Core handler), set under Settings › OpenID
 * Connect. It reads the discovery document under the Authority, calls back to <url>/signin-oidc and
 * returns after logout to <url>/signout-callback-oidc.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/media/kavita/',
    vendor: 'https://wiki.kavitareader.com/guides/admin-settings/open-id-connect/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Kavita URL',
      help: help.url,
      example: 'https://kavita.company',
      preview: 'Redirect URI: {url}/signin-oidc',
      pages: ['login', 'home', 'library', 'libraries', 'settings', 'preferences', 'all-series', 'collections', 'lists', 'want-to-read', 'bookmarks', 'browse', 'signin-oidc', 'registration', 'api'],
    },
  },
  launchUrl: '{url}',
  provider: {
    protocol: 'oidc',
    redirectUris: [{ url: '{url}/signin-oidc' }, { url: '{url}/signout-callback-oidc', type: 'logout' }],
    signingKey: 'any',
  },
  screen: [
    {
      title: 'OpenID Connect',
      location: 'Settings › OpenID Connect',
      fields: [
        { label: 'Authority', value: '{issuer}', help: help.authority },
        { label: 'Client Id', value: '{client_id}' },
        { label: 'Secret', value: '{client_secret}', secret: true },
        { label: 'Provision Accounts', value: 'On', help: help.provision },
        { label: 'Require Verified Emails', value: 'Off', help: help.verified },
      ],
      notes: [notes.restart, notes.logout],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Kavita’s /signin-oidc', why: why.redirect },
    'signing-key': { why: 'Kavita verifies the ID token with the keys authentik publishes under the Authority.' },
  },
  manualTest,
});
