/**
 * Stirling PDF: values copied from https://integrations.goauthentik.io/documentation/stirling-pdf/
 * (sections "Create an application and provider" and "Stirling PDF configuration": redirect URI
 * https://stirling-pdf.company/login/oauth2/code/authentik, the .env block with SYSTEM_BACKENDURL,
 * SECURITY_OAUTH2_ISSUER …/application/o/<application_slug>/ and SECURITY_OAUTH2_PROVIDER "authentik")
 * and the vendor's https://docs.stirlingpdf.com/Configuration/Security/OAuth%20SSO%20Configuration/
 * (Authentik tab and "Step 4: Configure Callback URL": https://<your-domain>/login/oauth2/code/<provider>,
 * SECURITY_OAUTH2_SCOPES="openid, profile, email"), with Stirling-PDF's source (proprietary
 * security/oauth2/OAuth2Configuration.java: REDIRECT_URI_PATH "{baseUrl}/login/oauth2/code/" + the
 * provider name since the fix for issue #5141; ClientRegistrations.fromIssuerLocation, so Spring
 * Security's default RS256 ID-token check), for the example inputs below.
 * Where they disagree: (1) the vendor's Authentik tab sets SECURITY_OAUTH2_USEASUSERNAME=preferred_username,
 * the guide leaves the default (email); the default is kept, it is not asserted. (2) Older Stirling-PDF
 * releases sent …/login/oauth2/code/oidc (and its old docs said so); the current source and both pages
 * use the provider name, which is followed.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/documentation/stirling-pdf/',
    vendor: 'https://docs.stirlingpdf.com/Configuration/Security/OAuth%20SSO%20Configuration/',
    followed: 'both agree on /login/oauth2/code/authentik; the current source (issue #5141 fix) is followed over releases that sent /oidc',
  },
  inputs: { url: 'https://stirling-pdf.company' },
  launchUrl: 'https://stirling-pdf.company',
  oidc: {
    redirectUris: [{ url: 'https://stirling-pdf.company/login/oauth2/code/authentik' }],
    scopes: ['openid', 'profile', 'email'],
    // Spring Security's OidcIdTokenDecoderFactory defaults to RS256.
    signing: 'RS256',
    claims: ['email'],
  },
  appSide: {
    SYSTEM_BACKENDURL: 'https://stirling-pdf.company',
    SECURITY_ENABLELOGIN: 'true',
    SECURITY_OAUTH2_ENABLED: 'true',
    SECURITY_OAUTH2_ISSUER: 'https://authentik.company/application/o/stirling-pdf/',
    SECURITY_OAUTH2_SCOPES: 'openid, profile, email',
    SECURITY_OAUTH2_PROVIDER: 'authentik',
    SECURITY_OAUTH2_AUTOCREATEUSER: 'true',
  },
});
