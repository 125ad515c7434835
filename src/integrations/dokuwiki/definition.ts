/**
 * DokuWiki signs users in through the OAuth plugin with its OAuth Generic backend, set in the
 * Configuration Manager. Both redirect to DokuWiki's own doku.php (after login and after logout), read
 * the user from authentik's userinfo endpoint and name the wiki user after preferred_username.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/documentation/dokuwiki/',
    vendor: 'https://www.dokuwiki.org/plugin:oauthgeneric',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'DokuWiki URL',
      help: help.url,
      example: 'https://dokuwiki.company',
      preview: 'Redirect URI: {url}/doku.php',
      pages: ['*.php', 'lib', '_media', '_detail', '_export'],
    },
  },
  // The guide's optional launch URL signs in straight away, without the login button.
  launchUrl: '{url}/doku.php?id=start&oauthlogin=generic',
  provider: {
    protocol: 'oidc',
    redirectUris: [{ url: '{url}/doku.php' }, { url: '{url}/doku.php', type: 'logout' }],
    scopes: ['openid', 'email', 'profile', 'offline_access'],
    // The plugin reads the userinfo endpoint and never verifies an ID token.
    signingKey: 'any',
    signingKeyOptional: true,
  },
  screen: [
    {
      title: 'oauth',
      location: 'DokuWiki › Administration › Configuration Settings › Oauth (after installing OAuth and OAuth Generic in the Extension Manager)',
      fields: [{ label: 'plugin»oauth»register-on-auth', value: 'On', help: 'Creates the wiki user on the first login.' }],
    },
    {
      title: 'oauthgeneric',
      location: 'Same page › Oauthgeneric',
      fields: [
        { label: 'plugin»oauthgeneric»key', value: '{client_id}' },
        { label: 'plugin»oauthgeneric»secret', value: '{client_secret}', secret: true },
        { label: 'plugin»oauthgeneric»authurl', value: '{authorize_url}' },
        { label: 'plugin»oauthgeneric»tokenurl', value: '{token_url}' },
        { label: 'plugin»oauthgeneric»userurl', value: '{userinfo_url}' },
        { label: 'plugin»oauthgeneric»logouturl', value: '{end_session_url}', help: help.logout, optional: true },
        { label: 'plugin»oauthgeneric»authmethod', value: 'Bearer Header' },
        { label: 'plugin»oauthgeneric»scopes', value: 'email, openid, profile, offline_access', help: 'Separated by commas: this setting is a list.' },
        { label: 'plugin»oauthgeneric»needs-state', value: 'On' },
        { label: 'plugin»oauthgeneric»json-user', value: 'preferred_username', help: help.user },
        { label: 'plugin»oauthgeneric»json-name', value: 'name' },
        { label: 'plugin»oauthgeneric»json-mail', value: 'email' },
        { label: 'plugin»oauthgeneric»json-grps', value: 'groups', help: 'authentik group names become DokuWiki groups.' },
        { label: 'plugin»oauthgeneric»color', value: '#fd4b2d', help: 'The colour of the login button.' },
      ],
    },
    {
      title: 'Authentication',
      location: 'Same page › Authentication',
      fields: [{ label: 'Authentication backend', value: 'oauth', help: help.backend }],
      notes: [notes.save, notes.admin],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is DokuWiki’s doku.php', why: why.redirect },
    'email-claim': { source: 'userinfo', why: 'The plugin needs an email address for every wiki user it creates or signs in.' },
    discovery: { why: 'The authurl, tokenurl, userurl and logouturl settings must be the ones authentik announces.' },
    'username-changes': { why: why.username },
  },
  manualTest,
});
