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
      pages: [
        'login',
        'home',
        'library',
        'libraries',
        'settings',
        'preferences',
        'all-series',
        'collections',
        'lists',
        'want-to-read',
        'bookmarks',
        'browse',
        'signin-oidc',
        'registration',
        'api',
      ],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/signin-oidc', { url: '{url}/signout-callback-oidc', type: 'logout' }], signingKey: 'any' },
  screen: [
    {
      title: 'OpenID Connect',
      location: 'Settings › OpenID Connect',
      fields: [
        { label: 'Authority', value: '{issuer}', help: help.authority },
        { label: 'Client Id', value: '{client_id}' },
        { label: 'Secret', value: '{client_secret}', secret: true },
        { label: 'Provision Accounts', value: 'On', choice: true, help: help.provision },
        { label: 'Require Verified Emails', value: 'Off', choice: true, help: help.verified },
      ],
      notes: [notes.restart, notes.logout],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Kavita’s /signin-oidc', why: why.redirect },
    'signing-key': { why: 'Kavita verifies the ID token with the keys authentik publishes under the Authority.' },
  },
  manualTest,
  /**
   * Kavita: values copied from https://integrations.goauthentik.io/media/kavita/ (sections "Create an
   * application and provider in authentik": redirect URIs `https://kavita.company/signin-oidc`
   * (Authorization) and `https://kavita.company/signout-callback-oidc` (Post Logout); "Kavita
   * configuration": Authority, Client Id, Secret, Provision Accounts on, Require Verified Emails off) and
   * Kavita's https://wiki.kavitareader.com/guides/admin-settings/open-id-connect/ (the page the guide cites;
   * /signin-oidc and /signout-callback-oidc are the ASP.NET Core OpenID Connect handler's default
   * callback paths), for the example inputs below. They agree.
   */
  expected: {
    inputs: { url: 'https://kavita.company' },
    launchUrl: 'https://kavita.company',
    oidc: {
      redirectUris: ['https://kavita.company/signin-oidc', { url: 'https://kavita.company/signout-callback-oidc', type: 'logout' }],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['email'],
    },
    appSide: { Authority: 'https://authentik.company/application/o/kavita/', 'Provision Accounts': 'On', 'Require Verified Emails': 'Off' },
  },
});
