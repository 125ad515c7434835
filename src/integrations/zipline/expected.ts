/**
 * Zipline: values copied from https://integrations.goauthentik.io/miscellaneous/zipline/ (sections
 * "Create an application and provider in authentik": redirect URI
 * `https://zipline.company/api/auth/oauth/oidc`, offline_access added; "Zipline configuration": OIDC
 * Client ID, Client Secret, Authorize URL, Token URL, Userinfo URL) and Zipline's source
 * (https://github.com/diced/zipline/blob/trunk/src/server/routes/api/auth/oauth/oidc.ts: PATH
 * `/api/auth/oauth/oidc`, redirect_uri = oidc.redirectUri or `<http|https>://<host>/api/auth/oauth/oidc`,
 * user from the userinfo endpoint: preferred_username, sub, picture) with
 * https://zipline.diced.sh/docs/guides/oauth/oidc, for the example inputs below. They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/miscellaneous/zipline/',
    vendor: 'https://github.com/diced/zipline/blob/trunk/src/server/routes/api/auth/oauth/oidc.ts',
  },
  inputs: { url: 'https://zipline.company' },
  launchUrl: 'https://zipline.company',
  oidc: {
    redirectUris: [{ url: 'https://zipline.company/api/auth/oauth/oidc' }],
    scopes: ['openid', 'email', 'profile', 'offline_access'],
    signing: 'any',
    claims: ['preferred_username', 'sub'],
  },
  appSide: {
    'OIDC Authorize URL': 'https://authentik.company/application/o/authorize/',
    'OIDC Token URL': 'https://authentik.company/application/o/token/',
    'OIDC Userinfo URL': 'https://authentik.company/application/o/userinfo/',
  },
});
