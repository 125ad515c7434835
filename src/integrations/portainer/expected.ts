/**
 * Portainer: values copied from https://integrations.goauthentik.io/hypervisors-orchestrators/portainer/
 * (sections "Create an application and provider" and "Portainer configuration") and
 * https://docs.portainer.io/admin/settings/authentication/oauth (section "Configuring OAuth
 * authentication in Portainer": the Redirect URL is the Portainer instance URL, the User identifier
 * is read from the Resource URL), for the example inputs below. The vendor page gives no trailing
 * slash rule; the guide writes the Redirect URL and the redirect URI as `https://portainer.company/`,
 * and Portainer sends its Redirect URL field unchanged, so both sides carry the slash.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/hypervisors-orchestrators/portainer/',
    vendor: 'https://docs.portainer.io/admin/settings/authentication/oauth',
  },
  inputs: { url: 'https://portainer.company' },
  launchUrl: 'https://portainer.company',
  oidc: {
    redirectUris: [{ url: 'https://portainer.company/' }],
    scopes: ['openid', 'profile', 'email'],
    // Portainer reads the Resource URL (userinfo) with the access token; it checks no ID token.
    signing: 'any',
    claims: ['preferred_username'],
  },
  appSide: {
    'Authorization URL': 'https://authentik.company/application/o/authorize/',
    'Access token URL': 'https://authentik.company/application/o/token/',
    'Resource URL': 'https://authentik.company/application/o/userinfo/',
    'Redirect URL': 'https://portainer.company/',
    'Logout URL': 'https://authentik.company/application/o/portainer/end-session/',
    'User identifier': 'preferred_username',
    Scopes: 'openid profile email',
  },
});
