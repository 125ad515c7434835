/**
 * Open WebUI: values copied from https://integrations.goauthentik.io/miscellaneous/open-webui/ (sections
 * "Create an application and provider" and "Open WebUI configuration") and
 * https://docs.openwebui.com/features/authentication-access/auth/sso/ ("OIDC": redirect URI
 * `<open-webui>/oauth/oidc/callback`, OAUTH_SCOPES defaults to `openid email profile`, the `email` claim
 * is required, `name` and `picture` are used if present), for the example inputs below. The guide's
 * host `openwebui.company` is replaced by the example input `chat.company`.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/miscellaneous/open-webui/',
    vendor: 'https://docs.openwebui.com/features/authentication-access/auth/sso/',
  },
  inputs: { url: 'https://chat.company' },
  oidc: {
    redirectUris: [{ url: 'https://chat.company/oauth/oidc/callback' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'any',
    claims: ['email', 'name'],
  },
  appSide: {
    WEBUI_URL: 'https://chat.company',
    OAUTH_PROVIDER_NAME: 'authentik',
    OPENID_PROVIDER_URL: 'https://authentik.company/application/o/open-webui/.well-known/openid-configuration',
    OPENID_REDIRECT_URI: 'https://chat.company/oauth/oidc/callback',
    ENABLE_OAUTH_SIGNUP: 'true',
    OAUTH_MERGE_ACCOUNTS_BY_EMAIL: 'true',
  },
});
