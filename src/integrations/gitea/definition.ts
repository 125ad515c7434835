/**
 * Gitea signs users in through an OAuth2 authentication source of type OpenID Connect. It reads
 * authentik's discovery document and calls back to ROOT_URL + user/oauth2/<Authentication Name>
 * /callback, so the source's name is part of the redirect URI.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { command, help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/development/gitea/', vendor: 'https://docs.gitea.com/administration/command-line' },
  inputs: {
    url: {
      type: 'url',
      label: 'Gitea URL',
      help: help.url,
      example: 'https://gitea.company',
      preview: 'Gitea: {url}',
      pages: ['user', 'admin', 'explore', 'api', '-', 'repo', 'notifications', 'issues', 'pulls', 'milestones'],
    },
    name: {
      type: 'slug',
      label: 'Authentication Name',
      default: 'authentik',
      help: help.name,
      example: 'authentik',
      preview: 'Callback: …/user/oauth2/{name}/callback',
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/user/oauth2/{name}/callback'], signingKey: 'any' },
  screen: [
    {
      title: 'Add Authentication Source',
      location: 'Site Administration › Identity & Access › Authentication Sources › Add Authentication Source',
      fields: [
        { label: 'Authentication Type', value: 'OAuth2', choice: true },
        { label: 'Authentication Name', value: '{name}' },
        { label: 'OAuth2 Provider', value: 'OpenID Connect', choice: true },
        { label: 'Client ID (Key)', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        { label: 'Icon URL', value: '{ak}/static/dist/assets/icons/icon.png', help: help.icon },
        { label: 'OpenID Connect Auto Discovery URL', value: '{discovery_url}' },
        { label: 'Additional Scopes', value: 'email profile', help: help.scopes },
      ],
      notes: [notes.rootUrl, notes.register],
    },
    {
      title: 'Or from the command line',
      location: 'On the Gitea host, as the Gitea user',
      format: 'file',
      snippet: command,
      fields: [{ label: '--name', value: '{name}' }],
    },
  ],
  checks: {
    'provider-assigned': { why: 'Without the link authentik serves no discovery document for the Auto Discovery URL.' },
    'redirect-uri': { title: 'The redirect URI is Gitea’s callback for this Authentication Name', why: why.redirect },
    'email-claim': { source: 'userinfo', why: why.email },
    discovery: { why: 'Gitea reads every endpoint from the Auto Discovery URL.' },
  },
  manualTest,
  /**
   * Gitea: values copied from https://integrations.goauthentik.io/development/gitea/ (sections
   * "Create an application and provider" and "Gitea configuration") and Gitea's source
   * (https://github.com/go-gitea/gitea/blob/main/services/auth/source/oauth2/init.go, createProvider:
   * callback = AppURL + "user/oauth2/" + <Authentication Name> + "/callback";
   * services/auth/source/oauth2/providers_openid.go: goth openidConnect with the source's scopes, to
   * which goth adds "openid"; goth decodes the ID token without checking its signature), with
   * https://docs.gitea.com/administration/command-line (section "admin auth add-oauth"), for the
   * example inputs below. They agree.
   */
  expected: {
    sources: { vendor: 'https://github.com/go-gitea/gitea/blob/main/services/auth/source/oauth2/init.go' },
    inputs: { url: 'https://gitea.company', name: 'authentik' },
    launchUrl: 'https://gitea.company',
    oidc: {
      redirectUris: ['https://gitea.company/user/oauth2/authentik/callback'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['sub', 'email', 'preferred_username'],
    },
    appSide: {
      'Authentication Name': 'authentik',
      'OAuth2 Provider': 'OpenID Connect',
      'Icon URL': 'https://authentik.company/static/dist/assets/icons/icon.png',
      'OpenID Connect Auto Discovery URL': 'https://authentik.company/application/o/gitea/.well-known/openid-configuration',
      'Additional Scopes': 'email profile',
    },
  },
});
