/**
 * Paperless-ngx: values copied from https://integrations.goauthentik.io/documentation/paperless-ngx/
 * (sections "Create an application and provider in authentik" and "Paperless-ngx Configuration",
 * Docker tab) and https://docs.paperless-ngx.com/advanced_usage/#openid-connect-and-social-authentication
 * (section "OpenID Connect and social authentication": PAPERLESS_APPS and the openid_connect
 * provider JSON), with django-allauth's openid_connect provider source
 * (allauth/socialaccount/providers/openid_connect: callback `oidc/<provider_id>/login/callback/`
 * under Paperless's `accounts/`, default scope `openid profile email`, profile read from the
 * userinfo endpoint), for the example inputs below.
 * Where they disagree: the guide's Docker tab also sets PAPERLESS_ENABLE_ALLAUTH,
 * PAPERLESS_AUTO_LOGIN and PAPERLESS_AUTO_CREATE, which Paperless-ngx's settings do not read, and
 * its Standalone tab hard-codes the slug `paperless` in server_url; neither is copied here.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/documentation/paperless-ngx/',
    vendor: 'https://docs.paperless-ngx.com/advanced_usage/#openid-connect-and-social-authentication',
    followed:
      'The vendor: the guide’s PAPERLESS_ENABLE_ALLAUTH / PAPERLESS_AUTO_LOGIN / PAPERLESS_AUTO_CREATE are not Paperless settings, and its Standalone tab uses the slug “paperless” instead of the application’s.',
  },
  inputs: { url: 'https://paperless.company', pid: 'authentik' },
  launchUrl: 'https://paperless.company',
  oidc: {
    redirectUris: [{ url: 'https://paperless.company/accounts/oidc/authentik/login/callback/' }],
    scopes: ['openid', 'profile', 'email'],
    // allauth's web login reads the userinfo endpoint; it does not verify the ID token there.
    signing: 'any',
    claims: ['email', 'preferred_username'],
  },
  appSide: {
    PAPERLESS_APPS: 'allauth.socialaccount.providers.openid_connect',
    PAPERLESS_LOGOUT_REDIRECT_URL: 'https://authentik.company/application/o/paperless-ngx/end-session/',
  },
});
