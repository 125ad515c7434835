/**
 * 1Password: values copied from https://integrations.goauthentik.io/security/1password/ (sections
 * "Create an application and provider in authentik": Client Type Public, redirect URIs
 * `https://your-domain.1password.com/sso/oidc/redirect/` and `onepassword://sso/oidc/redirect`;
 * "1Password configuration": Client ID, Well-known URL) and
 * https://support.1password.com/sso-configure-generic/ (identity provider "Other", public client with
 * PKCE, the same two redirect URIs), for the example sign-in address company.1password.com. They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/security/1password/',
    vendor: 'https://support.1password.com/sso-configure-generic/',
  },
  inputs: { account: 'company.1password.com' },
  launchUrl: 'https://company.1password.com',
  oidc: {
    redirectUris: [{ url: 'https://company.1password.com/sso/oidc/redirect/' }, { url: 'onepassword://sso/oidc/redirect' }],
    scopes: ['openid', 'email', 'profile'],
    clientType: 'public',
    signing: 'any',
    claims: ['email'],
  },
  appSide: {
    'Well-known URL': 'https://authentik.company/application/o/onepassword/.well-known/openid-configuration',
  },
});
