/**
 * Tailscale: values copied from https://integrations.goauthentik.io/networking/tailscale/ (sections
 * "Preparation" › "WebFinger endpoint required", "Create an application and provider in authentik"
 * and "Tailscale configuration") and https://tailscale.com/kb/1240/sso-custom-oidc (sections
 * "Requirements" and "WebFinger setup"), for the example tailnet admin admin@company.com.
 * Tailscale asks for the openid, profile and email scopes and accepts ES256 or RSA ID tokens (no HS256).
 * The guide and the vendor agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/networking/tailscale/',
    vendor: 'https://tailscale.com/kb/1240/sso-custom-oidc',
  },
  inputs: { email: 'admin@company.com' },
  oidc: {
    redirectUris: [{ url: 'https://login.tailscale.com/a/oauth_response' }],
    scopes: ['openid', 'profile', 'email'],
    signing: 'any',
    claims: ['email'],
  },
  appSide: {
    subject: 'acct:admin@company.com',
    href: 'https://authentik.company/application/o/tailscale/',
    'Email address': 'admin@company.com',
  },
});
