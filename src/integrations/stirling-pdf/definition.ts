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
      preview: 'Redirect URI: {url}/login/oauth2/code/authentik',
      pages: ['login', 'oauth2', 'api', 'auth', 'settings', 'account', 'swagger-ui', 'v1'],
    },
  },
  launchUrl: '{url}',
  provider: { protocol: 'oidc', redirectUris: [{ url: '{url}/login/oauth2/code/authentik' }], signingKey: 'rsa' },
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
});
