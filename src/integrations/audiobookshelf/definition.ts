/**
 * Audiobookshelf signs users in with its built-in OpenID Connect client (Settings › Authentication).
 * It builds its callback, mobile relay and post-logout addresses from its own base URL, including
 * the sub-folder it runs under, and always uses PKCE (S256).
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/media/audiobookshelf/',
    vendor: 'https://www.audiobookshelf.org/docs/documentation/server-management/oidc-authentication/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Audiobookshelf URL',
      help: help.url,
      example: 'https://audiobookshelf.company',
      httpReason: 'Use the https:// address of Audiobookshelf: sign-in codes must not travel over plain http, and the mobile apps require https.',
      pages: ['login', 'library', 'item', 'config', 'author', 'series', 'collection', 'playlist', 'account', 'share', 'audiobook', 'auth'],
    },
  },
  provider: {
    protocol: 'oidc',
    redirectUris: [
      '{url}/auth/openid/callback',
      '{url}/auth/openid/mobile-redirect',
      // Guide: <host>/login; the vendor source prefixes the sub-folder (RouterBasePath): followed.
      { url: '{url}/login', type: 'logout' },
    ],
    signingKey: 'any',
  },
  screen: [
    {
      title: 'OpenID Connect Authentication',
      location: 'Settings › Authentication › OpenID Connect Authentication',
      fields: [
        { label: 'Issuer URL', value: '{issuer}', help: help.issuer },
        { label: 'Authorize URL', value: '{authorize_url}' },
        { label: 'Token URL', value: '{token_url}' },
        { label: 'Userinfo URL', value: '{userinfo_url}' },
        { label: 'JWKS URL', value: '{jwks_url}' },
        { label: 'Logout URL', value: '{end_session_url}' },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        { label: 'Button Text', value: 'Login with authentik' },
        { label: 'Match existing users by', value: 'email', choice: true, help: help.match },
        { label: 'Mobile Redirect URIs', value: 'audiobookshelf://oauth', help: help.mobile },
        { label: 'Group Claim', value: '', help: help.group },
      ],
      notes: [notes.autopopulate, notes.proxy, notes.lockout],
    },
  ],
  checks: {
    'provider-assigned': { why: 'Without the link authentik serves no discovery document, so Auto-populate fails.' },
    'redirect-uri': { title: 'The redirect URI is Audiobookshelf’s callback', why: why.redirect },
    'grant-types': { why: 'Audiobookshelf signs users in with the authorization code flow (with PKCE).' },
    'signing-key': { why: why.signing },
    'encryption-key': { why: 'Audiobookshelf cannot read an encrypted ID token and rejects the login.' },
    'email-claim': {
      source: 'userinfo',
      why: 'With “Match existing users by: email”, Audiobookshelf finds the account by the email address authentik sends.',
    },
    discovery: { why: 'Auto-populate reads the discovery document below the Issuer URL; it must be served and match.' },
  },
  manualTest,
  /**
   * Audiobookshelf: values copied from https://integrations.goauthentik.io/media/audiobookshelf/
   * (sections "Create an application and provider" and "Audiobookshelf configuration") and
   * https://docs.audiobookshelf.org/docs/documentation/server-management/oidc-authentication
   * (sections "Required Redirect URIs" and "Auto-Discovery Setup"; its older guide
   * https://www.audiobookshelf.org/guides/oidc_authentication lists the Authorize, Token, Userinfo,
   * JWKS and Logout URLs for an authentik issuer), with Audiobookshelf's source
   * (server/auth/OidcAuthStrategy.js: scope "openid profile email", redirect
   * `/auth/openid/callback` or `/auth/openid/mobile-redirect`, post_logout_redirect_uri
   * `<origin>/login`; the signing algorithm is auto-populated from the discovery document), for the
   * example inputs below. They agree.
   */
  expected: {
    sources: { vendor: 'https://docs.audiobookshelf.org/docs/documentation/server-management/oidc-authentication' },
    inputs: { url: 'https://audiobookshelf.company' },
    launchUrl: 'https://audiobookshelf.company',
    oidc: {
      redirectUris: [
        'https://audiobookshelf.company/auth/openid/callback',
        'https://audiobookshelf.company/auth/openid/mobile-redirect',
        { url: 'https://audiobookshelf.company/login', type: 'logout' },
      ],
      scopes: ['openid', 'profile', 'email'],
      signing: 'any',
    },
    appSide: {
      'Issuer URL': 'https://authentik.company/application/o/audiobookshelf/',
      'Authorize URL': 'https://authentik.company/application/o/authorize/',
      'Token URL': 'https://authentik.company/application/o/token/',
      'Userinfo URL': 'https://authentik.company/application/o/userinfo/',
      'JWKS URL': 'https://authentik.company/application/o/audiobookshelf/jwks/',
      'Logout URL': 'https://authentik.company/application/o/audiobookshelf/end-session/',
    },
  },
});
