/**
 * Nextcloud signs users in through the “OpenID Connect user backend” app (user_oidc). It reads
 * authentik's discovery document, verifies the ID token with the published keys and keys the
 * account on `sub`, which is the authentik user UUID.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/nextcloud/',
    vendor: 'https://github.com/nextcloud/user_oidc',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Nextcloud URL',
      help: help.url,
      example: 'https://cloud.company',
      httpReason: 'Use the https:// address of Nextcloud: user_oidc refuses to sign anyone in over plain http.',
      pages: ['index.php', 'apps', 'login', 'settings', 's', 'f', 'remote.php', 'ocs'],
    },
  },
  provider: {
    protocol: 'oidc',
    // The guide lists only the pretty form; user_oidc builds the URI from its route, which keeps
    // /index.php/ when pretty URLs are off (vendor README), so both are registered.
    redirectUris: ['{url}/apps/user_oidc/code', '{url}/index.php/apps/user_oidc/code', { url: '{url}/', type: 'logout' }],
    signingKey: 'any',
    subject: 'user_uuid',
  },
  screen: [
    {
      title: 'Register a provider',
      location: 'Administration settings › OpenID Connect › Registered Providers › +',
      fields: [
        { label: 'Identifier (max 128 characters)', value: 'authentik', help: help.identifier },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client secret', value: '{client_secret}', secret: true },
        { label: 'Discovery endpoint', value: '{discovery_url}' },
        { label: 'Custom end session endpoint', value: '', help: 'Leave empty: it comes from the discovery document.' },
        { label: 'Post logout URI', value: '{logout_redirect_uri}', help: help.postLogout, optional: true },
        { label: 'Scope', value: 'openid email profile' },
        { label: 'User ID mapping', value: 'sub', help: help.userId },
        { label: 'Display name mapping', value: 'name' },
        { label: 'Email mapping', value: 'email' },
      ],
      notes: [notes.app, notes.https, notes.lan, notes.direct],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is user_oidc’s code endpoint', why: why.redirect },
    'grant-types': { why: 'user_oidc signs users in with the authorization code flow (with PKCE).' },
    'signing-key': { why: why.signing, algorithms: ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512'] },
    'encryption-key': { why: 'user_oidc cannot read an encrypted ID token.' },
    'id-token-claims': { why: why.email },
    'email-claim': { source: 'id_token', why: 'Nextcloud stores the email address authentik sends with the new account.' },
    discovery: { why: 'Nextcloud takes every endpoint from the Discovery endpoint entered in the form.' },
    'redirect-errors': { why: 'When a login hits “Redirect URI Error”, authentik records the address Nextcloud really sent.' },
  },
  manualTest,
  /**
   * Nextcloud (OIDC tab): values copied from
   * https://integrations.goauthentik.io/chat-communication-collaboration/nextcloud/ (sections "Create an
   * application and provider" and "Configure the OpenID Connect user backend") and from the vendor app
   * https://github.com/nextcloud/user_oidc (lib/Controller/LoginController.php: redirect_uri =
   * route `user_oidc.login.code`, i.e. /apps/user_oidc/code, or /index.php/apps/user_oidc/code without
   * pretty URLs; default scope "openid email profile"; on logout post_logout_redirect_uri = the
   * "Post logout URI" setting, else getAbsoluteURL('/'), i.e. the base URL WITH a trailing slash), for
   * the example inputs below.
   * Where they disagree: the guide registers the Post Logout URI `https://nextcloud.company` (no slash)
   * and never sets Nextcloud's "Post logout URI"; user_oidc then sends `https://cloud.company/`, which
   * authentik's strict match refuses. The vendor value is followed. The guide's Scope order
   * "email profile openid" differs from the vendor default "openid email profile" (same set).
   */
  expected: {
    sources: {
      followed:
        'vendor for the post-logout URI: user_oidc sends the base URL with a trailing slash unless "Post logout URI" is set, and authentik matches it strictly',
    },
    inputs: { url: 'https://cloud.company' },
    oidc: {
      redirectUris: [
        'https://cloud.company/apps/user_oidc/code',
        'https://cloud.company/index.php/apps/user_oidc/code',
        { url: 'https://cloud.company/', type: 'logout' },
      ],
      scopes: ['openid', 'email', 'profile'],
      // user_oidc verifies RS256/384/512, ES256/384/512 and EdDSA through the JWKS; the guide: any key.
      signing: 'any',
      subject: 'user_uuid',
      claims: ['sub', 'name', 'email'],
    },
    appSide: {
      'Identifier (max 128 characters)': 'authentik',
      'Discovery endpoint': 'https://authentik.company/application/o/nextcloud/.well-known/openid-configuration',
      Scope: 'openid email profile',
      'User ID mapping': 'sub',
      'Display name mapping': 'name',
      'Email mapping': 'email',
    },
  },
});
