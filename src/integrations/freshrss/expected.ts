/**
 * FreshRSS: values copied from https://integrations.goauthentik.io/media/freshrss/ (sections "Create an
 * application and provider in authentik" and "FreshRSS configuration") and FreshRSS's
 * https://freshrss.github.io/FreshRSS/en/admins/16_OpenID-Connect.html (source
 * docs/en/admins/16_OpenID-Connect.md: callback `https://<your-domain>/i/oidc/`; OIDC_ENABLED,
 * OIDC_PROVIDER_METADATA_URL "<issuer>/.well-known/openid-configuration", OIDC_CLIENT_ID,
 * OIDC_CLIENT_SECRET, OIDC_CLIENT_CRYPTO_KEY, OIDC_REMOTE_USER_CLAIM default preferred_username,
 * OIDC_SCOPES default "openid", OIDC_X_FORWARDED_HEADERS from X-Forwarded-Host/-Port/-Proto), for the
 * example inputs below.
 * Where they disagree: the vendor lists one callback; the guide adds the `:443` variant because
 * mod_auth_openidc puts the port into redirect_uri (Authelia's FreshRSS notes say the same). The guide
 * is followed, so both are registered. The vendor's default scope "openid" carries no
 * preferred_username; the guide's "openid email profile" is followed. The guide's optional
 * back-channel logout is not asserted.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/media/freshrss/',
    vendor: 'https://freshrss.github.io/FreshRSS/en/admins/16_OpenID-Connect.html',
    followed: 'The guide: both /i/oidc/ redirect URIs (mod_auth_openidc may add :443) and OIDC_SCOPES “openid email profile” (the vendor default “openid” lacks preferred_username).',
  },
  inputs: { url: 'https://freshrss.company' },
  launchUrl: 'https://freshrss.company',
  oidc: {
    redirectUris: [{ url: 'https://freshrss.company/i/oidc/' }, { url: 'https://freshrss.company:443/i/oidc/' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'any',
    claims: ['preferred_username'],
  },
  appSide: {
    OIDC_ENABLED: '1',
    OIDC_PROVIDER_METADATA_URL: 'https://authentik.company/application/o/freshrss/.well-known/openid-configuration',
    OIDC_X_FORWARDED_HEADERS: 'X-Forwarded-Port X-Forwarded-Proto X-Forwarded-Host',
    OIDC_SCOPES: 'openid email profile',
    'Authentication method': 'HTTP (for advanced users with HTTPS)',
  },
});
