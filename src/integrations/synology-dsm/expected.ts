/**
 * Synology DSM: values copied from https://integrations.goauthentik.io/infrastructure/synology-dsm/
 * (sections "Create an RSA signing key", "Create an application and provider", "Synology DSM
 * configuration" and "Troubleshooting") for the example inputs below (the guide's placeholder
 * synology.company). The vendor page the guide cites,
 * https://kb.synology.com/en-global/DSM/help/DSM/AdminCenter/file_directory_service_sso?version=7
 * (section "OpenID Connect SSO Service"), is not in the stored corpus; its sibling page for the
 * Azure profile (file_directory_service_sso_Azure) gives the same SSO Client form (Application ID,
 * Redirect URI) and a redirect URI of the form "https://your domain:port number", without a
 * path or trailing slash, which agrees with the guide. The OpenID Configuration URL is authentik's
 * discovery URL under the application slug.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/synology-dsm/',
    vendor: 'https://kb.synology.com/en-global/DSM/help/DSM/AdminCenter/file_directory_service_sso?version=7',
  },
  inputs: { url: 'https://synology.company' },
  launchUrl: 'https://synology.company',
  oidc: {
    redirectUris: [{ url: 'https://synology.company' }],
    scopes: ['openid', 'profile', 'email'],
    signing: 'RS256',
    subject: 'user_email',
    claims: ['preferred_username'],
  },
  appSide: {
    Profile: 'OIDC',
    'Account type': 'Domain/LDAP/local',
    Name: 'authentik',
    'Well Known URL': 'https://authentik.company/application/o/synology-dsm/.well-known/openid-configuration',
    'Redirect URL': 'https://synology.company',
    'Authorization Scope': 'openid profile email',
    'Username Claim': 'preferred_username',
  },
});
