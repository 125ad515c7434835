/**
 * wg-easy: values copied from https://integrations.goauthentik.io/networking/wg-easy/ (sections "Create
 * a custom scope mapping" (email_verified True), "Create an application and provider": redirect URIs
 * `https://wg-easy.company/api/auth/oidc/callback` and `https://wg-easy.company/api/auth/oidc/link`;
 * "wg-easy configuration": the .env block) and wg-easy's source
 * (https://github.com/wg-easy/wg-easy/blob/master/src/server/api/auth/[provider]/index.get.ts:
 * redirect_uri = `https://<host>/api/auth/<provider>/callback`, or `/link` when linking; PKCE S256) with
 * https://wg-easy.github.io/wg-easy/latest/advanced/config/external-authentication/, for the example
 * inputs below. They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/networking/wg-easy/',
    vendor: 'https://wg-easy.github.io/wg-easy/latest/advanced/config/external-authentication/',
  },
  inputs: { url: 'https://wg-easy.company' },
  launchUrl: 'https://wg-easy.company',
  oidc: {
    redirectUris: [{ url: 'https://wg-easy.company/api/auth/oidc/callback' }, { url: 'https://wg-easy.company/api/auth/oidc/link' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'any',
    claims: ['email', 'email_verified'],
  },
  appSide: {
    OAUTH_PROVIDERS: 'oidc',
    OAUTH_OIDC_NAME: 'authentik',
    OAUTH_OIDC_SERVER: 'https://authentik.company/application/o/wg-easy/',
    OAUTH_AUTO_REGISTER: 'true',
  },
});
