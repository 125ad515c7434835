/**
 * Cloudflare Access: values copied from https://integrations.goauthentik.io/security/cloudflare-access/
 * (sections "Create an application and provider in authentik" and "Cloudflare Access configuration")
 * and https://developers.cloudflare.com/cloudflare-one/integrations/identity-providers/generic-oidc/
 * ("1. Create an application in your identity provider", the API example's `scopes`, and "Supported
 * algorithms for generic OIDC tokens": RS256, RS512, PS512, ES256, ES384, ES512 — no HS256), for the
 * example inputs below. The guide's team placeholder `company` is replaced by the example team `acme`.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/security/cloudflare-access/',
    vendor: 'https://developers.cloudflare.com/cloudflare-one/integrations/identity-providers/generic-oidc/',
  },
  inputs: { team: 'acme' },
  oidc: {
    redirectUris: [{ url: 'https://acme.cloudflareaccess.com/cdn-cgi/access/callback' }],
    scopes: ['openid', 'email', 'profile'],
    // An RSA or EC key both verify; HS256 is not in Cloudflare's list.
    signing: 'any',
    claims: ['email'],
  },
  appSide: {
    Name: 'authentik',
    'Auth URL': 'https://authentik.company/application/o/authorize/',
    'Token URL': 'https://authentik.company/application/o/token/',
    'Certificate URL': 'https://authentik.company/application/o/cloudflare-access/jwks/',
  },
});
