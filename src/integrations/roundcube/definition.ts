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
      preview: 'Redirect URI: {url}/index.php/login/oauth',
      httpReason: 'Use the https:// address of Roundcube: sign-in codes and the mail access token must not travel over plain http.',
      pages: ['index.php', '*.php', 'skins', 'plugins', 'program'],
    },
  },
  launchUrl: '{url}',
  provider: {
    protocol: 'oidc',
    redirectUris: [{ url: '{url}/index.php/login/oauth' }],
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
    'redirect-errors': { why: 'When a login hits “Redirect URI Error”, authentik records the address Roundcube really sent, e.g. with a sub-folder or http.' },
  },
  manualTest,
});
