/**
 * DokuWiki signs users in through the OAuth plugin with its OAuth Generic backend, set in the
 * Configuration Manager. Both redirect to DokuWiki's own doku.php (after login and after logout), read
 * the user from authentik's userinfo endpoint and name the wiki user after preferred_username.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/documentation/dokuwiki/', vendor: 'https://www.dokuwiki.org/plugin:oauthgeneric' },
  inputs: {
    url: {
      type: 'url',
      label: 'DokuWiki URL',
      help: help.url,
      example: 'https://dokuwiki.company',
      pages: ['*.php', 'lib', '_media', '_detail', '_export'],
    },
  },
  // The guide's optional launch URL signs in straight away, without the login button.
  launchUrl: '{url}/doku.php?id=start&oauthlogin=generic',
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/doku.php', { url: '{url}/doku.php', type: 'logout' }],
    scopes: ['openid', 'email', 'profile', 'offline_access'],
    // The plugin reads the userinfo endpoint and never verifies an ID token.
    signingKey: 'any',
    signingKeyOptional: true,
  },
  screen: [
    {
      title: 'oauth',
      location: 'DokuWiki › Administration › Configuration Settings › Oauth (after installing OAuth and OAuth Generic in the Extension Manager)',
      fields: [{ label: 'plugin»oauth»register-on-auth', value: 'On', choice: true, help: 'Creates the wiki user on the first login.' }],
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
        { label: 'plugin»oauthgeneric»authmethod', value: 'Bearer Header', choice: true },
        {
          label: 'plugin»oauthgeneric»scopes',
          value: 'email, openid, profile, offline_access',
          help: 'Separated by commas: this setting is a list.',
        },
        { label: 'plugin»oauthgeneric»needs-state', value: 'On', choice: true },
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
      fields: [{ label: 'Authentication backend', value: 'oauth', choice: true, help: help.backend }],
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
  /**
   * DokuWiki: values copied from https://integrations.goauthentik.io/documentation/dokuwiki/ (sections
   * "Create an application and provider" and "DokuWiki configuration") and from the vendor:
   * https://www.dokuwiki.org/plugin:oauthgeneric with the plugins' source (cosmocode/dokuwiki-plugin-oauth
   * helper.php redirectURI() = DOKU_URL . DOKU_SCRIPT, i.e. <wiki>/doku.php; cosmocode/dokuwiki-plugin-oauthgeneric
   * conf/metadata.php settings key, secret, authurl, tokenurl, userurl, logouturl, authmethod, scopes,
   * needs-state, json-user/name/mail/grps, color; action.php logout() returns via
   * post_logout_redirect_uri = the same redirectURI()), for the example inputs below. They agree.
   */
  expected: {
    inputs: { url: 'https://dokuwiki.company' },
    launchUrl: 'https://dokuwiki.company/doku.php?id=start&oauthlogin=generic',
    oidc: {
      redirectUris: ['https://dokuwiki.company/doku.php', { url: 'https://dokuwiki.company/doku.php', type: 'logout' }],
      scopes: ['email', 'openid', 'profile', 'offline_access'],
      signing: 'any',
      claims: ['preferred_username', 'name', 'email', 'groups'],
    },
    appSide: {
      'plugin»oauthgeneric»authurl': 'https://authentik.company/application/o/authorize/',
      'plugin»oauthgeneric»tokenurl': 'https://authentik.company/application/o/token/',
      'plugin»oauthgeneric»userurl': 'https://authentik.company/application/o/userinfo/',
      'plugin»oauthgeneric»logouturl': 'https://authentik.company/application/o/dokuwiki/end-session/',
      'plugin»oauthgeneric»authmethod': 'Bearer Header',
      'plugin»oauthgeneric»scopes': 'email, openid, profile, offline_access',
      'plugin»oauthgeneric»json-user': 'preferred_username',
      'plugin»oauthgeneric»json-name': 'name',
      'plugin»oauthgeneric»json-mail': 'email',
      'plugin»oauthgeneric»json-grps': 'groups',
      'plugin»oauthgeneric»color': '#fd4b2d',
      'Authentication backend': 'oauth',
    },
  },
});
