/**
 * DokuWiki: values copied from https://integrations.goauthentik.io/documentation/dokuwiki/ (sections
 * "Create an application and provider" and "DokuWiki configuration") and from the vendor:
 * https://www.dokuwiki.org/plugin:oauthgeneric with the plugins' source (cosmocode/dokuwiki-plugin-oauth
 * helper.php redirectURI() = DOKU_URL . DOKU_SCRIPT, i.e. <wiki>/doku.php; cosmocode/dokuwiki-plugin-oauthgeneric
 * conf/metadata.php settings key, secret, authurl, tokenurl, userurl, logouturl, authmethod, scopes,
 * needs-state, json-user/name/mail/grps, color; action.php logout() returns via
 * post_logout_redirect_uri = the same redirectURI()), for the example inputs below. They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/documentation/dokuwiki/',
    vendor: 'https://www.dokuwiki.org/plugin:oauthgeneric',
  },
  inputs: { url: 'https://dokuwiki.company' },
  launchUrl: 'https://dokuwiki.company/doku.php?id=start&oauthlogin=generic',
  oidc: {
    redirectUris: [
      { url: 'https://dokuwiki.company/doku.php' },
      { url: 'https://dokuwiki.company/doku.php', type: 'logout' },
    ],
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
});
