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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/development/gitea/',
    vendor: 'https://github.com/go-gitea/gitea/blob/main/services/auth/source/oauth2/init.go',
  },
  inputs: { url: 'https://gitea.company', name: 'authentik' },
  launchUrl: 'https://gitea.company',
  oidc: {
    redirectUris: [{ url: 'https://gitea.company/user/oauth2/authentik/callback' }],
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
});
