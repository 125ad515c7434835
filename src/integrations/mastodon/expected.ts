/**
 * Mastodon: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/mastodon/
 * (sections "Create an application and provider" and "Mastodon configuration") and Mastodon's
 * https://docs.joinmastodon.org/admin/config/#external-authentication (OIDC_ENABLED, OIDC_DISPLAY_NAME,
 * OIDC_ISSUER, OIDC_DISCOVERY, OIDC_SCOPE "comma-separated", OIDC_UID_FIELD, OIDC_CLIENT_ID,
 * OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI, OIDC_SECURITY_ASSUME_EMAIL_IS_VERIFIED) with its source
 * (github.com/mastodon/mastodon, config/initializers/3_omniauth.rb: scope = OIDC_SCOPE split at commas;
 * config/routes.rb: omniauth callbacks under /auth/auth/<provider>/callback), for the example inputs
 * below. They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/mastodon/',
    vendor: 'https://docs.joinmastodon.org/admin/config/#external-authentication',
  },
  inputs: { url: 'https://mastodon.company' },
  launchUrl: 'https://mastodon.company',
  oidc: {
    redirectUris: [{ url: 'https://mastodon.company/auth/auth/openid_connect/callback' }],
    scopes: ['openid', 'profile', 'email'],
    signing: 'any',
    claims: ['preferred_username', 'email'],
  },
  appSide: {
    OIDC_ENABLED: 'true',
    OIDC_DISPLAY_NAME: 'authentik',
    OIDC_DISCOVERY: 'true',
    OIDC_ISSUER: 'https://authentik.company/application/o/mastodon/',
    OIDC_SCOPE: 'openid,profile,email',
    OIDC_UID_FIELD: 'preferred_username',
    OIDC_REDIRECT_URI: 'https://mastodon.company/auth/auth/openid_connect/callback',
    OIDC_SECURITY_ASSUME_EMAIL_IS_VERIFIED: 'true',
  },
});
