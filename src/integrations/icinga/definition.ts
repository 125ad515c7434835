/**
 * Icinga Web 2 signs users in through the RISE-GmbH oidc module (jumbojett OpenID Connect client).
 * It calls back to <base path>/oidc/authentication/realm?name=<provider Name>, reads the user from
 * the userinfo endpoint (username from Custom Username, groups from `groups`) and syncs the groups
 * matched by Groups to sync.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/monitoring/icinga/',
    vendor: 'https://github.com/RISE-GmbH/icingaweb2-module-oidc/blob/main/doc/03-Configuration.md',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Icinga Web 2 URL',
      help: help.url,
      example: 'https://icinga.company/icingaweb2',
      preview: 'Icinga Web 2: {url}',
      pages: ['dashboard', 'authentication', 'oidc', 'monitoring', 'icingadb', 'config', 'navigation', 'search', 'doc', 'account', 'preferences', 'director', 'x509'],
    },
    name: { type: 'slug', label: 'Provider Name', default: 'authentik', help: help.name, example: 'authentik', preview: 'Callback: …/oidc/authentication/realm?name={name}' },
  },
  launchUrl: '{url}',
  provider: { protocol: 'oidc', redirectUris: [{ url: '{url}/oidc/authentication/realm?name={name}' }], signingKey: 'any' },
  screen: [
    {
      title: 'New Provider',
      location: 'Oidc › Provider › New Provider',
      fields: [
        { label: 'Name', value: '{name}' },
        { label: 'Url', value: '{issuer}', help: help.url2 },
        { label: 'Secret', value: '{client_secret}', secret: true },
        { label: 'Appname', value: '{client_id}' },
        { label: 'Caption', value: 'Sign in with authentik', help: 'The label of the new button on the login page.' },
        { label: 'Custom Username', value: 'preferred_username' },
        { label: 'Groups to sync', value: 'icinga-*', help: help.groups },
        { label: 'Required Groups', value: '', help: help.required, optional: true },
        { label: 'Enabled', value: 'On', help: 'The login button appears only while the provider is enabled.' },
        { label: 'Enforce Https on redirect urls', value: 'On', help: help.https },
      ],
      notes: [notes.module, notes.roles],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is the module’s realm callback for this Name', why: why.redirect },
    'username-changes': { why: why.username },
  },
  manualTest,
});
