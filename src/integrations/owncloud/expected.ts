/**
 * ownCloud: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/owncloud/
 * (sections "Create applications and providers" (Web UI row), "Configure the OpenID Connect app" and
 * "Configure service discovery") and from the vendor:
 * https://doc.owncloud.com/server/latest/admin_manual/configuration/user/oidc/oidc.html with the app's
 * README (github.com/owncloud/openidconnect: redirect url https://cloud.example.net/index.php/apps/openidconnect/redirect;
 * front-channel logout url …/index.php/apps/openidconnect/logout; provider-url, client-id,
 * client-secret, loginButtonName, mode, search-attribute, auto-provision keys) and its source
 * (lib/Client.php: default scopes openid profile email; redirect URL from the route
 * openidconnect.loginFlow.login, registered as /redirect), for the example inputs below.
 * They agree for the Web UI pair; the guide additionally requests offline_access.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/owncloud/',
    vendor: 'https://github.com/owncloud/openidconnect/blob/master/README.md',
  },
  inputs: { url: 'https://owncloud.company' },
  launchUrl: 'https://owncloud.company',
  oidc: {
    redirectUris: [{ url: 'https://owncloud.company/index.php/apps/openidconnect/redirect' }],
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    signing: 'any',
    claims: ['preferred_username', 'email', 'name'],
  },
  appSide: {
    'http.cookie.samesite': 'None',
    'provider-url': 'https://authentik.company/application/o/owncloud/',
    loginButtonName: 'Log in with authentik',
    mode: 'userid',
    'search-attribute': 'preferred_username',
    'email-claim': 'email',
    'display-name-claim': 'name',
  },
});
