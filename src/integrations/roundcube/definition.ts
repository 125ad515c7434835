/**
 * Roundcube signs users in with OAuth2 (oauth_provider "generic") and then logs in to IMAP and SMTP
 * with the access token (XOAUTH2/OAUTHBEARER), which Dovecot checks at authentik's introspection
 * endpoint. Roundcube calls back to <Roundcube URL>/index.php/login/oauth and uses the email address
 * as the mail login. The guide's dovecotprofile scope adds "active": true, which Dovecot checks.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { DOVECOT_PROFILE, dovecot, help, manualTest, notes, roundcube, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/roundcube/',
    vendor: 'https://github.com/roundcube/roundcubemail/wiki/Configuration:-OAuth2',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Roundcube URL',
      help: help.url,
      example: 'https://roundcube.company',
      httpReason: 'Use the https:// address of Roundcube: sign-in codes and the mail access token must not travel over plain http.',
      pages: ['index.php', '*.php', 'skins', 'plugins', 'program'],
    },
  },
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/index.php/login/oauth'],
    // The guide adds offline_access and the custom dovecotprofile scope to the default mappings.
    scopes: ['openid', 'email', 'profile', 'offline_access'],
    customScopes: [DOVECOT_PROFILE],
    signingKey: 'any',
  },
  screen: [
    {
      title: 'Roundcube OAuth2',
      location: 'config/config.inc.php',
      format: 'file',
      snippet: roundcube,
      fields: [
        { label: 'oauth_provider', value: 'generic' },
        { label: 'oauth_provider_name', value: 'authentik', help: 'The login button reads “Login with authentik”.' },
        { label: 'oauth_client_id', value: '{client_id}' },
        { label: 'oauth_client_secret', value: '{client_secret}', secret: true },
        { label: 'oauth_auth_uri', value: '{authorize_url}' },
        { label: 'oauth_token_uri', value: '{token_url}' },
        { label: 'oauth_identity_uri', value: '{userinfo_url}' },
        { label: 'oauth_scope', value: 'email openid dovecotprofile offline_access', help: help.scope },
        { label: 'oauth_identity_fields', value: "['email']", help: help.identity },
        { label: 'oauth_cache', value: 'db' },
      ],
      notes: [notes.debug],
    },
    {
      title: 'Dovecot XOAUTH2',
      location: '/etc/dovecot/dovecot.conf (Dovecot 2.4), then reload Dovecot',
      format: 'file',
      snippet: dovecot,
      fields: [
        { label: 'tokeninfo_url', value: '{userinfo_url}?access_token=' },
        { label: 'introspection_url', value: '{ak}/application/o/introspect/', help: help.introspection },
        { label: 'introspection_mode', value: 'post' },
        { label: 'force_introspection', value: 'yes' },
        { label: 'active_attribute', value: 'active' },
        { label: 'active_value', value: 'true' },
        { label: 'username_attribute', value: 'email' },
      ],
      notes: [notes.credentials, notes.mailserver, notes.logout],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Roundcube’s login/oauth endpoint', why: why.redirect },
    'email-claim': { source: 'userinfo', why: why.email },
    'custom-mappings': { title: 'The dovecotprofile scope is on the provider', why: why.profile },
    'redirect-errors': {
      why: 'When a login hits “Redirect URI Error”, authentik records the address Roundcube really sent, e.g. with a sub-folder or http.',
    },
  },
  manualTest,
  /**
   * Roundcube: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/roundcube/
   * (sections "Create a property mapping", "Create an application and provider in authentik",
   * "Configure Roundcube OAuth2" and "Configure Dovecot XOAUTH2") and from the vendor:
   * https://github.com/roundcube/roundcubemail/wiki/Configuration:-OAuth2 with Roundcube's source
   * (program/include/rcmail_oauth.php get_redirect_uri(): slashify(base URL) . 'index.php/login/oauth';
   * oauth_identity_fields defaults to ['email']; config/defaults.inc.php: oauth_cache 'db', backchannel
   * route index.php/login/backchannel) and Dovecot's https://doc.dovecot.org/main/core/config/auth/databases/oauth2.html
   * (introspection_mode post with client credentials in introspection_url, active_attribute/active_value),
   * for the example inputs below. The guide and the vendor agree.
   */
  expected: {
    inputs: { url: 'https://roundcube.company' },
    launchUrl: 'https://roundcube.company',
    oidc: {
      redirectUris: ['https://roundcube.company/index.php/login/oauth'],
      scopes: ['email', 'openid', 'dovecotprofile', 'offline_access'],
      signing: 'any',
      claims: ['email', 'active'],
    },
    appSide: {
      oauth_provider: 'generic',
      oauth_provider_name: 'authentik',
      oauth_auth_uri: 'https://authentik.company/application/o/authorize/',
      oauth_token_uri: 'https://authentik.company/application/o/token/',
      oauth_identity_uri: 'https://authentik.company/application/o/userinfo/',
      oauth_scope: 'email openid dovecotprofile offline_access',
      oauth_identity_fields: "['email']",
      oauth_cache: 'db',
      tokeninfo_url: 'https://authentik.company/application/o/userinfo/?access_token=',
      introspection_mode: 'post',
      force_introspection: 'yes',
      active_attribute: 'active',
      active_value: 'true',
      username_attribute: 'email',
    },
  },
});
