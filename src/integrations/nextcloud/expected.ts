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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/nextcloud/',
    vendor: 'https://github.com/nextcloud/user_oidc',
    followed:
      'vendor for the post-logout URI: user_oidc sends the base URL with a trailing slash unless "Post logout URI" is set, and authentik matches it strictly',
  },
  inputs: { url: 'https://cloud.company' },
  oidc: {
    redirectUris: [
      { url: 'https://cloud.company/apps/user_oidc/code' },
      { url: 'https://cloud.company/index.php/apps/user_oidc/code' },
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
});
