/**
 * Infisical: values copied from https://integrations.goauthentik.io/security/infisical/ (sections
 * "Create an application and provider": self-hosted redirect URI
 * `https://infisical.company/api/v1/sso/oidc/callback`, Cloud `https://app.infisical.com/…` /
 * `https://eu.infisical.com/…`; "Infisical configuration": Discovery Document URL, Client ID, Client
 * Secret) and https://infisical.com/docs/documentation/platform/sso/general-oidc/overview (callback
 * `<SITE_URL>/api/v1/sso/oidc/callback`, discovery document URL), for the example inputs below. They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/security/infisical/',
    vendor: 'https://infisical.com/docs/documentation/platform/sso/general-oidc/overview',
  },
  inputs: { url: 'https://infisical.company' },
  launchUrl: 'https://infisical.company',
  oidc: {
    redirectUris: [{ url: 'https://infisical.company/api/v1/sso/oidc/callback' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'any',
    claims: ['email'],
  },
  appSide: {
    'Discovery Document URL': 'https://authentik.company/application/o/infisical/.well-known/openid-configuration',
  },
});
