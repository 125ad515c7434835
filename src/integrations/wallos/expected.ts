/**
 * Wallos: values copied from https://integrations.goauthentik.io/miscellaneous/wallos/ (sections "Create
 * an application and provider in authentik": redirect URI `https://wallos.company/index.php`, optional
 * verified email mapping; "Wallos configuration": Provider Name, Auth URL, Token URL, User Info URL,
 * Redirect URL, User Identifier Field `sub`, Scopes `openid email profile`, Create User Automatically)
 * and Wallos' source (https://github.com/ellite/Wallos, endpoints/admin/saveoidcsettings.php: name,
 * client_id, client_secret, authorization_url, token_url, user_info_url, redirect_url, logout_url,
 * user_identifier_field, scopes, auth_style, auto_create_user), for the example inputs below. They
 * agree. The guide makes the verified email mapping optional (only to link existing users); it is
 * followed as always-on here, which changes nothing for users matched by sub.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/miscellaneous/wallos/',
    vendor: 'https://github.com/ellite/Wallos/blob/main/endpoints/admin/saveoidcsettings.php',
  },
  inputs: { url: 'https://wallos.company' },
  launchUrl: 'https://wallos.company',
  oidc: {
    redirectUris: [{ url: 'https://wallos.company/index.php' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'any',
    claims: ['sub', 'email'],
  },
  appSide: {
    'Provider Name': 'authentik',
    'Auth URL': 'https://authentik.company/application/o/authorize/',
    'Token URL': 'https://authentik.company/application/o/token/',
    'User Info URL': 'https://authentik.company/application/o/userinfo/',
    'Redirect URL': 'https://wallos.company/index.php',
    'User Identifier Field': 'sub',
    Scopes: 'openid email profile',
  },
});
