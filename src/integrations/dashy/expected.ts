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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/dashboards/dashy/',
    vendor: 'https://github.com/Lissy93/dashy/blob/master/src/utils/auth/OidcAuth.js',
  },
  inputs: { url: 'https://dashy.company' },
  launchUrl: 'https://dashy.company',
  oidc: {
    redirectUris: [{ url: 'https://dashy.company' }, { url: 'https://dashy.company/' }],
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
});
