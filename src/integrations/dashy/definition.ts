/**
 * Dashy signs users in in the browser with oidc-client-ts (authorization code, public client). It
 * returns to window.location.origin, reads the user from the userinfo endpoint and makes members of
 * the Admin Group admins.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, snippet } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/dashboards/dashy/',
    vendor: 'https://dashy.to/docs/authentication/authentik/',
  },
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
  launchUrl: '{url}',
  provider: {
    protocol: 'oidc',
    clientType: 'public',
    redirectUris: [{ url: '{url}' }, { url: '{url}/' }],
    signingKey: 'any',
  },
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
    'redirect-uri': { title: 'Dashy’s origin is registered, with and without the trailing slash', why: 'Dashy sends its origin as the redirect URI; the guide registers both spellings so either address works.' },
  },
  manualTest,
});
