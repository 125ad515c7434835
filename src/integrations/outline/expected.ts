/**
 * Outline: values copied from https://integrations.goauthentik.io/documentation/outline/ (sections
 * "Create an email verification scope mapping", "Create an application and provider" and "Outline
 * configuration") and https://docs.getoutline.com/s/hosting/doc/oidc-8CPBm6uC0I (sections "Manual
 * discovery" and "Optional setup": OIDC_USERNAME_CLAIM defaults to preferred_username, OIDC_SCOPES
 * to "openid profile email"), with Outline's source (plugins/oidc/server/auth/oidcRouter.ts:
 * callbackURL `${URL}/auth/oidc.callback`, email required, email_verified read, the id_token only
 * decoded, never verified), for the example inputs below (the guide's placeholder outline.company).
 * They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/documentation/outline/',
    vendor: 'https://docs.getoutline.com/s/hosting/doc/oidc-8CPBm6uC0I',
  },
  inputs: { url: 'https://outline.company' },
  launchUrl: 'https://outline.company',
  oidc: {
    redirectUris: [{ url: 'https://outline.company/auth/oidc.callback' }],
    scopes: ['openid', 'profile', 'email'],
    signing: 'any',
    subject: 'user_username',
    claims: ['email', 'email_verified', 'preferred_username'],
  },
  appSide: {
    OIDC_AUTH_URI: 'https://authentik.company/application/o/authorize/',
    OIDC_TOKEN_URI: 'https://authentik.company/application/o/token/',
    OIDC_USERINFO_URI: 'https://authentik.company/application/o/userinfo/',
    OIDC_LOGOUT_URI: 'https://authentik.company/application/o/outline/end-session/',
    OIDC_DISPLAY_NAME: 'authentik',
    OIDC_USERNAME_CLAIM: 'preferred_username',
  },
});
