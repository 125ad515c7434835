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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/development/forgejo/',
    vendor: 'https://codeberg.org/forgejo/forgejo/src/branch/forgejo/services/auth/source/oauth2/providers_openid.go',
  },
  inputs: { url: 'https://forgejo.company', name: 'authentik' },
  launchUrl: 'https://forgejo.company',
  oidc: {
    redirectUris: [{ url: 'https://forgejo.company/user/oauth2/authentik/callback' }],
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
});
