/**
 * Papra: values copied from https://integrations.goauthentik.io/documentation/papra/ (sections "Create an
 * application and provider in authentik" and "Papra configuration") and from the vendor:
 * https://docs.papra.app/guides/setup-custom-oauth2-providers/ ("Configuration": AUTH_PROVIDERS_CUSTOMS
 * fields providerId, providerName, providerIconUrl, clientId, clientSecret, type, discoveryUrl, scopes)
 * with Papra's source (apps/papra-server/src/modules/app/auth/auth.services.ts: Better Auth genericOAuth
 * with the custom providers, baseURL = the server base URL; Better Auth's generic OAuth plugin sends
 * `${baseURL}/oauth2/callback/${providerId}` under /api/auth), for the example inputs below. They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/documentation/papra/',
    vendor: 'https://docs.papra.app/guides/setup-custom-oauth2-providers/',
  },
  inputs: { url: 'https://papra.company' },
  launchUrl: 'https://papra.company',
  oidc: {
    redirectUris: [{ url: 'https://papra.company/api/auth/oauth2/callback/authentik' }],
    scopes: ['openid', 'profile', 'email'],
    signing: 'any',
    claims: ['sub', 'email', 'name'],
  },
});
