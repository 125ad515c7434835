/**
 * Dashy signs users in in the browser with oidc-client-ts (authorization code, public client). It
 * returns to window.location.origin, reads the user from the userinfo endpoint and makes members of
 * the Admin Group admins.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, snippet } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/dashboards/dashy/', vendor: 'https://dashy.to/docs/authentication/authentik/' },
  inputs: {
    url: {
      type: 'url',
      label: 'Dashy URL',
      help: help.url,
      example: 'https://dashy.company',
      preview: 'Redirect URI: {url}',
      pages: ['home', 'minimal', 'workspace', 'about', 'login', 'download', 'conf.yml'],
    },
  },
  provider: { protocol: 'oidc', clientType: 'public', redirectUris: ['{url}', '{url}/'], signingKey: 'any' },
  screen: [
    {
      title: 'conf.yml',
      location: '/user-data/conf.yml (or Config › Edit Config), then restart Dashy',
      format: 'file',
      snippet,
      fields: [
        { label: 'enableOidc', value: 'true' },
        { label: 'endpoint', value: '{issuer}', help: help.endpoint },
        { label: 'clientId', value: '{client_id}' },
        { label: 'scope', value: 'openid profile email' },
        { label: 'adminGroup', value: 'Dashy Admins', help: help.admin, optional: true },
        { label: 'disableConfigurationForNonAdmin', value: 'true', optional: true },
      ],
      notes: [notes.ui, notes.public],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'Dashy’s origin is registered, with and without the trailing slash',
      why: 'Dashy sends its origin as the redirect URI; the guide registers both spellings so either address works.',
    },
  },
  manualTest,
  /**
   * Dashy: values copied from https://integrations.goauthentik.io/dashboards/dashy/ (sections "Create an
   * application and provider": Client type Public, redirect URIs `https://dashy.company` and
   * `https://dashy.company/`; "Dashy configuration": OIDC Endpoint, OIDC Client Id, OIDC Scope
   * `openid profile email`, Admin Group, the conf.yml block) and Dashy's source
   * https://github.com/Lissy93/dashy/blob/master/src/utils/auth/OidcAuth.js (oidc-client-ts UserManager:
   * redirect_uri `${window.location.origin}`, response_type code, loadUserInfo true, admin from the
   * `groups` claim; default scope `openid profile email roles groups` when none is set), for the example
   * inputs below. They agree (the guide sets the scope explicitly).
   */
  expected: {
    sources: { vendor: 'https://github.com/Lissy93/dashy/blob/master/src/utils/auth/OidcAuth.js' },
    inputs: { url: 'https://dashy.company' },
    launchUrl: 'https://dashy.company',
    oidc: {
      redirectUris: ['https://dashy.company', 'https://dashy.company/'],
      scopes: ['openid', 'profile', 'email'],
      clientType: 'public',
      signing: 'any',
      claims: ['preferred_username', 'groups'],
    },
    appSide: {
      enableOidc: 'true',
      endpoint: 'https://authentik.company/application/o/dashy/',
      scope: 'openid profile email',
      adminGroup: 'Dashy Admins',
      disableConfigurationForNonAdmin: 'true',
    },
  },
});
