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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/media/jellyfin/',
    vendor: 'https://github.com/9p4/jellyfin-plugin-sso',
  },
  inputs: { url: 'https://jellyfin.company', name: 'authentik' },
  launchUrl: 'https://jellyfin.company/sso/OID/start/authentik',
  oidc: {
    redirectUris: [
      { url: 'https://jellyfin.company/sso/OID/redirect/authentik' },
      { url: 'https://jellyfin.company/sso/OID/r/authentik' },
    ],
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
});
