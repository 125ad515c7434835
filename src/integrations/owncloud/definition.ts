/**
 * ownCloud Server signs users in through the OpenID Connect app (openidconnect), configured in
 * oidc.config.php. It reads the discovery document under provider-url, calls back to
 * <ownCloud URL>/index.php/apps/openidconnect/redirect and finds the ownCloud user by the
 * preferred_username from userinfo (mode userid). This is the Web UI pair of the guide.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { config, help, manualTest, notes, provisioning, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/owncloud/',
    vendor: 'https://doc.owncloud.com/server/latest/admin_manual/configuration/user/oidc/oidc.html',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'ownCloud URL',
      help: help.url,
      example: 'https://owncloud.company',
      httpReason:
        'Use the https:// address of ownCloud: sign-in codes must not travel over plain http, and the guide’s SameSite=None cookie needs https.',
      pages: ['index.php', 'apps', 'remote.php', 'ocs', 'status.php', 'login', 's', 'f', 'settings'],
    },
  },
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/index.php/apps/openidconnect/redirect'],
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    signingKey: 'any',
  },
  screen: [
    {
      title: 'OpenID Connect app',
      location: 'oidc.config.php next to config.php (Docker: /mnt/data/config/oidc.config.php), then restart ownCloud',
      format: 'file',
      snippet: config,
      fields: [
        { label: 'http.cookie.samesite', value: 'None', help: help.samesite },
        { label: 'provider-url', value: '{issuer}' },
        { label: 'client-id', value: '{client_id}' },
        { label: 'client-secret', value: '{client_secret}', secret: true },
        { label: 'loginButtonName', value: 'Log in with authentik' },
        { label: 'mode', value: 'userid' },
        { label: 'search-attribute', value: 'preferred_username', help: help.search },
      ],
      notes: [notes.app, notes.cache, notes.logout],
    },
    {
      title: 'Optional: create users on their first login',
      location: 'Same file, inside openid-connect',
      format: 'file',
      snippet: provisioning,
      fields: [
        { label: 'email-claim', value: 'email' },
        { label: 'display-name-claim', value: 'name' },
      ],
      notes: [notes.clients],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is the OpenID Connect app’s redirect endpoint', why: why.redirect },
    'signing-key': {
      why: 'The app (jumbojett/openid-connect-php) verifies the ID token against the keys authentik publishes; the desktop and mobile pairs must use the same key.',
    },
    'email-claim': { source: 'userinfo', why: 'Auto-provisioning takes the new user’s email address from the userinfo answer.' },
    discovery: { why: 'The app reads every endpoint from the discovery document under provider-url.' },
    'username-changes': { why: why.username },
  },
  manualTest,
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
  expected: {
    sources: { vendor: 'https://github.com/owncloud/openidconnect/blob/master/README.md' },
    inputs: { url: 'https://owncloud.company' },
    launchUrl: 'https://owncloud.company',
    oidc: {
      redirectUris: ['https://owncloud.company/index.php/apps/openidconnect/redirect'],
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
  },
});
