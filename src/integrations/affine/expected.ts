/**
 * AFFiNE: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/affine/
 * (sections "Create an application and provider in authentik" and "AFFiNE configuration") and from the
 * vendor: https://docs.affine.pro/self-host-affine/administer/oauth-2-0 ("redirect_uri": <your-affine.domain>/oauth/callback;
 * "OIDC": the issuer parameter) with AFFiNE's source
 * (github.com/toeverything/AFFiNE, packages/backend/server/src/plugins/oauth/providers/oidc.ts:
 * redirect_uri = url.link('/oauth/callback'); default scope "openid profile email"; discovery at
 * `${issuer}/.well-known/openid-configuration`, issuer compared without trailing slashes; ID token
 * verified with jose against jwks_uri; userinfo must carry sub and email; email_verified === false
 * is refused with "Email for this account is not verified"), for the example inputs below.
 * Where they disagree: the guide keeps authentik's default scope mappings; the current source refuses
 * the email_verified false they send (authentik 2025.10+), so the vendor is followed: the email
 * scope is answered by a mapping that reports the address as verified.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/affine/',
    vendor: 'https://docs.affine.pro/self-host-affine/administer/oauth-2-0',
    followed: 'vendor source for the email scope: AFFiNE refuses email_verified false, which authentik’s default email mapping sends since 2025.10; the guide’s default mappings would fail the login',
  },
  inputs: { url: 'https://affine.company' },
  launchUrl: 'https://affine.company',
  oidc: {
    redirectUris: [{ url: 'https://affine.company/oauth/callback' }],
    scopes: ['openid', 'profile', 'email'],
    signing: 'any',
    claims: ['sub', 'email', 'email_verified', 'name'],
  },
  appSide: {
    issuer: 'https://authentik.company/application/o/affine',
  },
});
