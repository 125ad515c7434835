/**
 * Jellyfin signs users in through the SSO Authentication plugin (9p4/jellyfin-plugin-sso). The
 * login starts at /sso/OID/start/<provider name> and returns to /sso/OID/redirect/<provider name>,
 * so the provider name typed in the plugin is part of the callback URLs.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { button, help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/media/jellyfin/', vendor: 'https://github.com/9p4/jellyfin-plugin-sso' },
  inputs: {
    url: {
      type: 'url',
      label: 'Jellyfin URL',
      help: help.url,
      example: 'https://jellyfin.company',
      preview: 'Jellyfin: {url}',
      pages: ['web', 'sso'],
    },
    name: {
      type: 'slug',
      label: 'Provider name',
      default: 'authentik',
      help: help.name,
      example: 'authentik',
      preview: 'Callback: …/sso/OID/redirect/{name}',
    },
  },
  launchUrl: '{url}/sso/OID/start/{name}',
  provider: {
    protocol: 'oidc',
    // The guide registers only /redirect/; the vendor README and code also use /r/ (for /p/).
    redirectUris: ['{url}/sso/OID/redirect/{name}', '{url}/sso/OID/r/{name}'],
    signingKey: 'any',
  },
  screen: [
    {
      title: 'Add / Update Provider Configuration',
      location: 'Dashboard › Plugins › SSO-Auth',
      fields: [
        { label: 'Name of OpenID Provider', value: '{name}' },
        { label: 'OpenID Endpoint', value: '{discovery_url}', help: help.endpoint },
        { label: 'OpenID Client ID', value: '{client_id}' },
        { label: 'OpenID client secret', value: '{client_secret}', secret: true },
        { label: 'Enabled', value: 'On', choice: true },
        { label: 'Enable Authorization by Plugin', value: 'On', choice: true },
        { label: 'Role Claim', value: 'groups', help: help.roles },
        { label: 'Scheme Override', value: 'https', help: help.scheme },
      ],
      notes: [notes.plugin, notes.collision],
    },
    {
      title: 'Login button',
      location: 'Dashboard › General › Branding › Login disclaimer',
      format: 'file',
      snippet: button,
      fields: [{ label: 'Form action', value: '{url}/sso/OID/start/{name}' }],
      notes: [notes.restart, notes.apps],
    },
  ],
  checks: {
    'provider-assigned': { why: 'Without the link authentik serves no discovery document for the OpenID Endpoint.' },
    'redirect-uri': { title: 'The redirect URI is the plugin’s callback for this provider name', why: why.redirect },
    'signing-key': { why: why.signing },
    'encryption-key': {},
    discovery: { why: 'The plugin reads every endpoint from the OpenID Endpoint and checks they belong to the same authority.' },
    'username-changes': { why: 'The plugin matches Jellyfin users by preferred_username, so a renamed authentik user would get a new account.' },
  },
  manualTest,
  /**
   * Jellyfin (OpenID Connect tab): values copied from https://integrations.goauthentik.io/media/jellyfin/
   * (sections "Create an application and provider in authentik", "Install and configure the SSO-Auth
   * plugin", "Configure instance branding") and the plugin https://github.com/9p4/jellyfin-plugin-sso
   * (README "Flow"; SSO-Auth/Api/SSOController.cs: `OID/start/{provider}` sends redirect_uri
   * `/sso/OID/redirect/{provider}`, the legacy `OID/p/{provider}` sends `/sso/OID/r/{provider}`; scope
   * "openid profile" plus any extra scopes; username from `preferred_username`; field labels from
   * SSO-Auth/Config/configPage.html), for the example inputs below.
   * Where they disagree: the guide names the fields "Name of OID Provider" / "OID Endpoint"; the plugin
   * page now reads "Name of OpenID Provider" / "OpenID Endpoint" (the plugin's labels are used as keys).
   * The guide registers only the /redirect/ callback; the plugin also sends /r/ for logins started at /p/.
   */
  expected: {
    inputs: { url: 'https://jellyfin.company', name: 'authentik' },
    launchUrl: 'https://jellyfin.company/sso/OID/start/authentik',
    oidc: {
      redirectUris: ['https://jellyfin.company/sso/OID/redirect/authentik', 'https://jellyfin.company/sso/OID/r/authentik'],
      scopes: ['openid', 'profile'],
      signing: 'any',
      claims: ['preferred_username'],
    },
    appSide: {
      'Name of OpenID Provider': 'authentik',
      'OpenID Endpoint': 'https://authentik.company/application/o/jellyfin/.well-known/openid-configuration',
      'Scheme Override': 'https',
      'Form action': 'https://jellyfin.company/sso/OID/start/authentik',
    },
  },
});
