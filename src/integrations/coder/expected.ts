/**
 * Coder: values copied from https://integrations.goauthentik.io/development/coder/ (sections "Create an
 * application and provider" and "Coder configuration") and Coder's https://coder.com/docs/admin/users/oidc-auth
 * (callback `https://coder.example.com/api/v2/users/oidc/callback`; CODER_OIDC_ISSUER_URL, CODER_OIDC_SCOPES;
 * an email_verified claim of false is refused unless CODER_OIDC_IGNORE_EMAIL_VERIFIED is set) with its
 * source (github.com/coder/coder, coderd/userauth.go: "Verify the %q email address on your OIDC provider to
 * authenticate!" when email_verified is false), for the example inputs below.
 * Where they disagree: the guide keeps authentik's default email mapping, which sends email_verified: false
 * since authentik 2025.10, and Coder then refuses every login. The vendor is followed: the email scope
 * must answer email_verified: true (a custom mapping), the scopes are otherwise the guide's.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/development/coder/',
    vendor: 'https://coder.com/docs/admin/users/oidc-auth',
    followed: 'vendor for email_verified: Coder refuses email_verified false, which authentik’s default email mapping sends, so the email scope must come from a mapping that sends true',
  },
  inputs: { url: 'https://coder.company' },
  launchUrl: 'https://coder.company',
  oidc: {
    redirectUris: [{ url: 'https://coder.company/api/v2/users/oidc/callback' }],
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    signing: 'any',
    claims: ['email', 'email_verified', 'preferred_username'],
  },
  appSide: {
    CODER_OIDC_ISSUER_URL: 'https://authentik.company/application/o/coder/',
    CODER_OIDC_SCOPES: 'openid,profile,email,offline_access',
    CODER_OIDC_SIGN_IN_TEXT: 'Log in with authentik',
    CODER_OIDC_ICON_URL: 'https://authentik.company/static/dist/assets/icons/icon.svg',
  },
});
