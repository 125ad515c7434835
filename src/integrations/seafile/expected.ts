/**
 * Seafile: values copied from https://integrations.goauthentik.io/media/seafile/ (sections "Create an
 * application and provider" and "Seafile configuration") and Seafile's
 * https://manual.seafile.com/13.0/config/oauth/ (section "Configuration": OAUTH_REDIRECT_URL =
 * 'http{s}://example.com/oauth/callback/', "the redirect url you input when you register your client
 * application MUST be exactly the same as this value"; OAUTH_AUTHORIZATION_URL, OAUTH_TOKEN_URL,
 * OAUTH_USER_INFO_URL, OAUTH_SCOPE, OAUTH_ATTRIBUTE_MAP with "uid" as the unique key since 11.0), for
 * the example inputs below. Seahub reads the user from the userinfo endpoint only, so any signing key
 * works (the guide names none).
 * They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/media/seafile/',
    vendor: 'https://manual.seafile.com/13.0/config/oauth/',
  },
  inputs: { url: 'https://seafile.company' },
  launchUrl: 'https://seafile.company',
  oidc: {
    redirectUris: [{ url: 'https://seafile.company/oauth/callback/' }],
    scopes: ['openid', 'profile', 'email'],
    signing: 'any',
    claims: ['sub', 'name', 'email'],
  },
  appSide: {
    CSRF_TRUSTED_ORIGINS: '["https://seafile.company"]',
    ENABLE_OAUTH: 'True',
    OAUTH_REDIRECT_URL: 'https://seafile.company/oauth/callback/',
    OAUTH_PROVIDER: 'authentik',
    OAUTH_PROVIDER_DOMAIN: 'authentik',
    OAUTH_AUTHORIZATION_URL: 'https://authentik.company/application/o/authorize/',
    OAUTH_TOKEN_URL: 'https://authentik.company/application/o/token/',
    OAUTH_USER_INFO_URL: 'https://authentik.company/application/o/userinfo/',
    OAUTH_SCOPE: '["openid", "profile", "email"]',
  },
});
