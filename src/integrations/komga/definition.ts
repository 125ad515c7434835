/**
 * Komga signs users in through Spring Security OAuth2 login, configured in application.yml. It reads
 * the discovery document of the issuer-uri, calls back to <url>/login/oauth2/code/authentik,
 * verifies the ID token (RS256 by default) and finds users by a verified email address.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, snippet, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/media/komga/', vendor: 'https://komga.org/docs/installation/oauth2/' },
  inputs: {
    url: {
      type: 'url',
      label: 'Komga URL',
      help: help.url,
      example: 'https://komga.company',
      pages: [
        'login',
        'libraries',
        'series',
        'book',
        'books',
        'collections',
        'readlists',
        'settings',
        'account',
        'api',
        'oauth2',
        'import',
        'history',
        'media-management',
      ],
    },
  },
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/login/oauth2/code/authentik'],
    signingKey: 'rsa',
    scopes: ['openid', 'profile'],
    customScopes: ['email-verified'],
  },
  screen: [
    {
      title: 'application.yml',
      location: 'Komga’s application.yml (in its config directory), then restart Komga',
      format: 'file',
      snippet,
      fields: [
        { label: 'client-id', value: '{client_id}' },
        { label: 'client-secret', value: '{client_secret}', secret: true },
        { label: 'scope', value: 'openid,email,profile' },
        { label: 'redirect-uri', value: '{redirect_uri}', help: help.redirect },
        { label: 'user-name-attribute', value: 'preferred_username' },
        { label: 'issuer-uri', value: '{issuer}', help: help.issuer },
        { label: 'oauth2-account-creation', value: 'true', help: help.creation },
      ],
      notes: [notes.restart, notes.username],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Komga’s /login/oauth2/code/authentik', why: why.redirect },
    'signing-key': { why: why.signing },
    'email-claim': { source: 'id_token', why: 'Komga matches users by the email address in the ID token.' },
    'custom-mappings': { why: why.email },
    'username-changes': { why: 'With user-name-attribute preferred_username, a renamed authentik user is no longer recognised by Komga.' },
  },
  manualTest,
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
  expected: {
    sources: {
      followed:
        'Signing: RS256 (Spring Security’s default ID token algorithm) rather than the guide’s “any available signing key”. redirect-uri: the expanded callback instead of the guide’s Spring placeholder form, which the wizard cannot show (its braces are template syntax); Spring accepts both and sends the same URI.',
    },
    inputs: { url: 'https://komga.company' },
    launchUrl: 'https://komga.company',
    oidc: {
      redirectUris: ['https://komga.company/login/oauth2/code/authentik'],
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
  },
});
