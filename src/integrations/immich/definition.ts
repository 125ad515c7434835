/**
 * Immich signs users in with OpenID Connect from its web app and its mobile apps. The web app
 * returns to /auth/login (and /user-settings when linking an account), the mobile apps to the
 * custom scheme app.immich:///oauth-callback. Immich verifies RS256 ID tokens by default.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/media/immich/', vendor: 'https://docs.immich.app/administration/oauth' },
  inputs: {
    url: {
      type: 'url',
      label: 'Immich URL',
      help: help.url,
      example: 'https://photos.company',
      pages: ['auth', 'photos', 'albums', 'user-settings', 'admin', 'explore', 'sharing', 'search', 'people', 'map', 'api'],
    },
  },
  // The guide's launch URL adds /auth/login?autoLaunch=1; the bare address lets the checks
  // recover the exact redirect URI.
  launchUrl: '{url}/auth/login?autoLaunch=1',
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/auth/login', '{url}/user-settings', 'app.immich:///oauth-callback'],
    // The guide allows any key; Immich defaults to RS256 (vendor), so an EC key fails the login.
    signingKey: 'rsa',
  },
  screen: [
    {
      title: 'OAuth',
      location: 'Administration › Settings › Authentication Settings › OAuth › Enable',
      fields: [
        { label: 'Issuer URL', value: '{issuer}', help: help.issuer },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        { label: 'Scope', value: 'openid email profile' },
        { label: 'Signing Algorithm', value: 'RS256', help: help.algorithm },
        { label: 'Storage Label Claim', value: 'preferred_username' },
        { label: 'Button Text', value: 'Sign in with authentik' },
        { label: 'Auto Register', value: 'On', choice: true },
        { label: 'Mobile Redirect URI Override', value: 'Off', choice: true, help: help.mobile },
      ],
      notes: [notes.addresses, notes.claims, notes.fallback],
    },
  ],
  checks: {
    'provider-assigned': { why: 'Without the link authentik serves no discovery document for the Issuer URL Immich reads.' },
    'redirect-uri': { title: 'The redirect URI is Immich’s login page', why: why.redirect },
    'signing-key': { why: why.signing },
    'encryption-key': { why: 'Immich cannot read an encrypted ID token and reports “Failed to finish oauth”.' },
    'email-claim': { source: 'userinfo', why: 'Immich creates and matches accounts by the email address from the userinfo endpoint.' },
    discovery: { why: 'Immich reads every endpoint from the discovery document under the Issuer URL.' },
    'redirect-errors': { why: 'When a login hits “Redirect URI Error”, authentik records the address Immich or its app really sent.' },
  },
  manualTest,
  /**
   * Immich: values copied from https://integrations.goauthentik.io/media/immich/ (sections "Create an
   * application and provider in authentik" and "Immich configuration") and
   * https://docs.immich.app/administration/oauth ("Prerequisites" › redirect URIs, "Enable OAuth"
   * settings table: Scope default "openid email profile", Signing Algorithm default RS256, Storage Label
   * Claim default preferred_username; "Authentik Example"), for the example inputs below.
   * Where they disagree: the guide says "Select any available signing key", but Immich verifies the ID
   * token with its Signing Algorithm, RS256 by default (and in Immich's own authentik example), so an EC
   * key fails; the vendor is followed (RS256). The launch URL is the guide's optional
   * `/auth/login?autoLaunch=1` form.
   */
  expected: {
    sources: { followed: 'vendor for the signing algorithm: Immich expects RS256 unless its Signing Algorithm is changed, so the key must be RSA' },
    inputs: { url: 'https://photos.company' },
    launchUrl: 'https://photos.company/auth/login?autoLaunch=1',
    oidc: {
      redirectUris: ['app.immich:///oauth-callback', 'https://photos.company/auth/login', 'https://photos.company/user-settings'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'RS256',
      claims: ['email', 'name', 'preferred_username'],
    },
    appSide: {
      'Issuer URL': 'https://authentik.company/application/o/immich/',
      Scope: 'openid email profile',
      'Signing Algorithm': 'RS256',
      'Storage Label Claim': 'preferred_username',
    },
  },
});
