/**
 * n8n: values copied from https://integrations.goauthentik.io/development/n8n/ (sections "Create an
 * application and provider" and "n8n configuration") and n8n's https://docs.n8n.io/user-management/oidc/setup/
 * ("Setting up and enabling OIDC": redirect URL `…/rest/sso/oidc/callback`, fields Discovery Endpoint,
 * Client ID, Client Secret) with its source (github.com/n8n-io/n8n, packages/cli/src/sso.ee/oidc/
 * oidc.service.ee.ts: getCallbackUrl() = instance base URL + "/rest/sso/oidc/callback", scope
 * "openid email profile", email read from the userinfo response), for the example inputs below. They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/development/n8n/',
    vendor: 'https://docs.n8n.io/user-management/oidc/setup/',
  },
  inputs: { url: 'https://n8n.company' },
  launchUrl: 'https://n8n.company',
  oidc: {
    redirectUris: [{ url: 'https://n8n.company/rest/sso/oidc/callback' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'any',
    claims: ['sub', 'email', 'given_name', 'family_name'],
  },
  appSide: {
    'Redirect URL': 'https://n8n.company/rest/sso/oidc/callback',
    'Discovery Endpoint': 'https://authentik.company/application/o/n8n/.well-known/openid-configuration',
  },
});
