/**
 * Forgejo (a Gitea fork) signs users in through an OAuth2 authentication source with the
 * OpenID Connect provider. The callback is ROOT_URL + user/oauth2/<Authentication Name>/callback,
 * which ties the source's name to the provider's redirect URI.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { appIni, help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/development/forgejo/',
    vendor: 'https://forgejo.org/docs/latest/admin/config-cheat-sheet/#oauth2-client-oauth2_client',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Forgejo URL',
      help: help.url,
      example: 'https://code.company',
      preview: 'Forgejo: {url}',
      httpReason: 'Enter the https:// ROOT_URL of Forgejo: the login code travels to it and must not go over plain http.',
      pages: ['user', 'admin', 'explore', 'api', 'repo', 'notifications', 'issues', 'pulls', '-'],
    },
    name: {
      type: 'slug',
      label: 'Authentication Name',
      default: 'authentik',
      help: help.name,
      example: 'authentik',
      preview: 'Callback path: /user/oauth2/{name}/callback',
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/user/oauth2/{name}/callback'], signingKey: 'any' },
  screen: [
    {
      title: 'New authentication source (OAuth2)',
      location: 'Site Administration › Authentication Sources › Add Authentication Source',
      fields: [
        { label: 'Authentication Name', value: '{name}' },
        { label: 'OAuth2 Provider', value: 'OpenID Connect', choice: true },
        { label: 'Client ID (Key)', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        { label: 'OpenID Connect Auto Discovery URL', value: '{discovery_url}' },
        { label: 'Additional Scopes', value: 'email profile', help: help.scopes },
      ],
      notes: [notes.rename, notes.rootUrl],
    },
    {
      title: 'Optional: create accounts on first login',
      location: 'app.ini (restart Forgejo)',
      format: 'file',
      snippet: appIni,
      fields: [{ label: 'ENABLE_AUTO_REGISTRATION', value: 'true' }],
    },
  ],
  checks: {
    'provider-assigned': { why: 'Unlinked, the provider has no discovery document for Forgejo to read.' },
    'application-access': { why: 'A user authentik’s policies refuse never gets back to Forgejo.' },
    'redirect-uri': { title: 'The redirect URI is Forgejo’s callback for the source name', why: why.redirect },
    'grant-types': { why: 'Forgejo uses the authorization code flow for its OAuth2 sources.' },
    'email-claim': { source: 'userinfo', why: why.email },
    discovery: { why: 'Forgejo configures the source from the discovery document at the Auto Discovery URL.' },
    'redirect-errors': { why: 'authentik records the callback Forgejo really sent when it refuses one.' },
  },
  manualTest,
  /**
   * Forgejo: values copied from https://integrations.goauthentik.io/development/forgejo/ (sections
   * "Create an application and provider" and "Forgejo configuration") and Forgejo's source, the files
   * the guide's Resources link to on Codeberg (services/auth/source/oauth2/providers_openid.go: goth
   * openidConnect with the source's scopes plus "openid", no ID token signature check; the callback
   * AppURL + "user/oauth2/" + <Authentication Name> + "/callback" inherited from Gitea), read through
   * a GitHub mirror, and https://forgejo.org/docs/latest/admin/config-cheat-sheet/#oauth2-client-oauth2_client
   * (ENABLE_AUTO_REGISTRATION), for the example inputs below (the guide's placeholder
   * forgejo.company). They agree.
   */
  expected: {
    sources: { vendor: 'https://codeberg.org/forgejo/forgejo/src/branch/forgejo/services/auth/source/oauth2/providers_openid.go' },
    inputs: { url: 'https://forgejo.company', name: 'authentik' },
    launchUrl: 'https://forgejo.company',
    oidc: {
      redirectUris: ['https://forgejo.company/user/oauth2/authentik/callback'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['sub', 'email', 'preferred_username'],
    },
    appSide: {
      'Authentication Name': 'authentik',
      'OAuth2 Provider': 'OpenID Connect',
      'OpenID Connect Auto Discovery URL': 'https://authentik.company/application/o/forgejo/.well-known/openid-configuration',
      'Additional Scopes': 'email profile',
      ENABLE_AUTO_REGISTRATION: 'true',
    },
  },
});
