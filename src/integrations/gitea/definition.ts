/**
 * Gitea signs users in through an OAuth2 authentication source of type OpenID Connect. It reads
 * authentik's discovery document and calls back to ROOT_URL + user/oauth2/<Authentication Name>
 * /callback, so the source's name is part of the redirect URI.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { command, help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/development/gitea/',
    vendor: 'https://docs.gitea.com/administration/command-line',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Gitea URL',
      help: help.url,
      example: 'https://gitea.company',
      preview: 'Gitea: {url}',
      pages: ['user', 'admin', 'explore', 'api', '-', 'repo', 'notifications', 'issues', 'pulls', 'milestones'],
    },
    name: { type: 'slug', label: 'Authentication Name', default: 'authentik', help: help.name, example: 'authentik', preview: 'Callback: …/user/oauth2/{name}/callback' },
  },
  launchUrl: '{url}',
  provider: { protocol: 'oidc', redirectUris: [{ url: '{url}/user/oauth2/{name}/callback' }], signingKey: 'any' },
  screen: [
    {
      title: 'Add Authentication Source',
      location: 'Site Administration › Identity & Access › Authentication Sources › Add Authentication Source',
      fields: [
        { label: 'Authentication Type', value: 'OAuth2' },
        { label: 'Authentication Name', value: '{name}' },
        { label: 'OAuth2 Provider', value: 'OpenID Connect' },
        { label: 'Client ID (Key)', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        { label: 'Icon URL', value: '{ak}/static/dist/assets/icons/icon.png', help: help.icon },
        { label: 'OpenID Connect Auto Discovery URL', value: '{discovery_url}' },
        { label: 'Additional Scopes', value: 'email profile', help: help.scopes },
      ],
      notes: [notes.rootUrl, notes.register],
    },
    { title: 'Or from the command line', location: 'On the Gitea host, as the Gitea user', format: 'file', snippet: command, fields: [{ label: '--name', value: '{name}' }] },
  ],
  checks: {
    'provider-assigned': { why: 'Without the link authentik serves no discovery document for the Auto Discovery URL.' },
    'redirect-uri': { title: 'The redirect URI is Gitea’s callback for this Authentication Name', why: why.redirect },
    'email-claim': { source: 'userinfo', why: why.email },
    discovery: { why: 'Gitea reads every endpoint from the Auto Discovery URL.' },
  },
  manualTest,
});
