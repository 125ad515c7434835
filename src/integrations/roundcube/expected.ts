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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/roundcube/',
    vendor: 'https://github.com/roundcube/roundcubemail/wiki/Configuration:-OAuth2',
  },
  inputs: { url: 'https://roundcube.company' },
  launchUrl: 'https://roundcube.company',
  oidc: {
    redirectUris: [{ url: 'https://roundcube.company/index.php/login/oauth' }],
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
});
