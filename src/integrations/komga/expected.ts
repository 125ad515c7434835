/**
 * Komga: values copied from https://integrations.goauthentik.io/media/komga/ (sections "Create an email
 * verification scope mapping", "Create an application and provider" and "Komga configuration":
 * redirect URI `https://komga.company/login/oauth2/code/authentik`, the application.yml block) and
 * Komga's https://komga.org/docs/installation/oauth2/ (redirect `{baseUrl}/login/oauth2/code/<registration>`,
 * email matched against Komga users, `komga.oauth2-account-creation`), for the example inputs below.
 * Where they disagree: the guide says "any available signing key"; Komga is Spring Security, whose
 * OidcIdTokenDecoderFactory accepts RS256 only by default, so an RSA key is followed. The guide's
 * `redirect-uri: "{baseUrl}/{action}/oauth2/code/{registrationId}"` is shown expanded.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/media/komga/',
    vendor: 'https://komga.org/docs/installation/oauth2/',
    followed: 'Signing: RS256 (Spring Security’s default ID token algorithm) rather than the guide’s “any available signing key”. redirect-uri: the expanded callback instead of the guide’s Spring placeholder form, which the wizard cannot show (its braces are template syntax); Spring accepts both and sends the same URI.',
  },
  inputs: { url: 'https://komga.company' },
  launchUrl: 'https://komga.company',
  oidc: {
    redirectUris: [{ url: 'https://komga.company/login/oauth2/code/authentik' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'RS256',
    claims: ['email', 'email_verified', 'preferred_username'],
  },
  appSide: {
    scope: 'openid,email,profile',
    'redirect-uri': 'https://komga.company/login/oauth2/code/authentik',
    'user-name-attribute': 'preferred_username',
    'issuer-uri': 'https://authentik.company/application/o/komga/',
    'oauth2-account-creation': 'true',
  },
});
