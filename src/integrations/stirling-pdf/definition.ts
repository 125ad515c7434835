/**
 * Stirling PDF (Server/Enterprise) signs users in as a Spring Security OpenID Connect client configured
 * by SECURITY_OAUTH2_* variables. It reads authentik's discovery document from the issuer, calls back to
 * <backend URL>/login/oauth2/code/<provider name> and verifies the ID token as RS256.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/documentation/stirling-pdf/',
    vendor: 'https://docs.stirlingpdf.com/Configuration/Security/OAuth%20SSO%20Configuration/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Stirling PDF URL',
      help: help.url,
      example: 'https://stirling-pdf.company',
      pages: ['login', 'oauth2', 'api', 'auth', 'settings', 'account', 'swagger-ui', 'v1'],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/login/oauth2/code/authentik'], signingKey: 'rsa' },
  screen: [
    {
      title: 'Environment',
      location: '.env or the compose file’s environment: (or the same keys in settings.yml), then restart',
      format: 'env',
      fields: [
        { label: 'SYSTEM_BACKENDURL', value: '{url}', help: help.backend },
        { label: 'SECURITY_ENABLELOGIN', value: 'true' },
        { label: 'SECURITY_LOGINMETHOD', value: 'all', help: help.login },
        { label: 'SECURITY_OAUTH2_ENABLED', value: 'true' },
        { label: 'SECURITY_OAUTH2_ISSUER', value: '{issuer}' },
        { label: 'SECURITY_OAUTH2_CLIENTID', value: '{client_id}' },
        { label: 'SECURITY_OAUTH2_CLIENTSECRET', value: '{client_secret}', secret: true },
        { label: 'SECURITY_OAUTH2_SCOPES', value: 'openid, profile, email', help: help.scopes },
        { label: 'SECURITY_OAUTH2_PROVIDER', value: 'authentik', help: help.provider },
        { label: 'SECURITY_OAUTH2_AUTOCREATEUSER', value: 'true', help: help.create },
      ],
      notes: [notes.licence, notes.restart, notes.older],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Stirling PDF’s /login/oauth2/code/authentik', why: why.redirect },
    'signing-key': { why: why.signing },
    'email-claim': { source: 'userinfo', why: why.email },
    discovery: { why: 'Stirling PDF reads every endpoint from the discovery document under SECURITY_OAUTH2_ISSUER.' },
  },
  manualTest,
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
  expected: {
    sources: {
      followed: 'both agree on /login/oauth2/code/authentik; the current source (issue #5141 fix) is followed over releases that sent /oidc',
    },
    inputs: { url: 'https://stirling-pdf.company' },
    launchUrl: 'https://stirling-pdf.company',
    oidc: {
      redirectUris: ['https://stirling-pdf.company/login/oauth2/code/authentik'],
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
  },
});
