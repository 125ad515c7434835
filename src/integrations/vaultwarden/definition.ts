/**
 * Vaultwarden signs users in with OpenID Connect (its SSO_* settings). It discovers authentik
 * from SSO_AUTHORITY, calls back to <DOMAIN>/identity/connect/oidc-signin, accepts RS256 ID
 * tokens only and requires email_verified true, which authentik's default email mapping does not
 * send: the provider gets a custom email mapping instead.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/security/vaultwarden/',
    vendor: 'https://github.com/dani-garcia/vaultwarden/wiki/Enabling-SSO-support-using-OpenId-Connect',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Vaultwarden URL',
      help: help.url,
      example: 'https://vault.company',
      httpReason: 'Use the https:// address of Vaultwarden: the web vault only works in a secure context.',
      pages: ['identity', 'api', 'admin', 'alive'],
    },
  },
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/identity/connect/oidc-signin'],
    scopes: ['openid', 'profile', 'offline_access'],
    customScopes: ['email-verified'],
    signingKey: 'rsa',
    // The web vault refreshes after five minutes; a 5-minute access token logs users out.
    validity: { accessToken: 'minutes=10' },
  },
  screen: [
    {
      title: 'Environment',
      location: 'Vaultwarden’s environment (.env or docker-compose)',
      format: 'env',
      fields: [
        { label: 'DOMAIN', value: '{url}' },
        { label: 'SSO_ENABLED', value: 'true' },
        // The vendor's general rule is "no trailing slash"; its authentik section and the guide
        // keep it, because authentik's issuer ends with one.
        { label: 'SSO_AUTHORITY', value: '{issuer}', help: help.authority },
        { label: 'SSO_CLIENT_ID', value: '{client_id}' },
        { label: 'SSO_CLIENT_SECRET', value: '{client_secret}', secret: true },
        { label: 'SSO_SCOPES', value: 'email profile offline_access', help: help.scopes },
        { label: 'SSO_PKCE', value: 'true' },
        { label: 'SSO_ALLOW_UNKNOWN_EMAIL_VERIFICATION', value: 'false', help: help.unknown },
        { label: 'SSO_CLIENT_CACHE_EXPIRATION', value: '0' },
      ],
      notes: [notes.mapping, notes.version, notes.master],
    },
  ],
  checks: {
    'provider-assigned': { why: 'Without the link authentik serves no discovery document under SSO_AUTHORITY.' },
    'redirect-uri': {
      title: 'The redirect URI is Vaultwarden’s oidc-signin endpoint',
      why: 'Vaultwarden sends DOMAIN followed by /identity/connect/oidc-signin; any other string gets “Redirect URI Error”.',
    },
    'grant-types': { why: 'Vaultwarden signs in with the authorization code flow and renews sessions with refresh tokens.' },
    'signing-key': { why: why.signing, algorithms: ['RS256'] },
    'encryption-key': { why: 'Vaultwarden cannot read an encrypted ID token (“found 5 parts”).' },
    'id-token-claims': { why: 'Vaultwarden reads the email address and email_verified from the ID token.' },
    'email-claim': { source: 'id_token', why: why.email },
    discovery: { why: 'Vaultwarden discovers every endpoint from SSO_AUTHORITY and checks the issuer matches it exactly.' },
    'redirect-errors': { why: 'When a login hits “Redirect URI Error”, authentik records the address Vaultwarden really sent.' },
  },
  manualTest,
  /**
   * Vaultwarden: values copied from https://integrations.goauthentik.io/security/vaultwarden/
   * (sections "Create custom scope mapping", "Create an application and provider in authentik" and
   * "Vaultwarden configuration") and Vaultwarden's own documentation and source
   * (https://github.com/dani-garcia/vaultwarden/wiki/Enabling-SSO-support-using-OpenId-Connect: the
   * callback is `https://your.domain/identity/connect/oidc-signin`, SSO_SCOPES defaults to
   * "email profile"; src/config.rs generate_sso_callback_path: DOMAIN without trailing slash +
   * "/identity/connect/oidc-signin"; src/sso_client.rs: openidconnect client built from the
   * discovery document, "openid" added automatically, ID token algorithms taken from
   * id_token_signing_alg_values_supported; src/sso.rs compares the token's iss with SSO_AUTHORITY
   * byte for byte), for the example inputs below (the guide's placeholder vaultwarden.company).
   * Where they disagree: the wiki's general rule for SSO_AUTHORITY is "no trailing /", the guide
   * keeps authentik's issuer with its trailing slash; the guide is followed, because Vaultwarden
   * checks the iss claim against SSO_AUTHORITY exactly and authentik's issuer ends with "/".
   */
  expected: {
    sources: {
      followed:
        'The guide for SSO_AUTHORITY (trailing slash kept): Vaultwarden compares the token’s iss with SSO_AUTHORITY exactly, and authentik’s issuer ends with “/”.',
    },
    inputs: { url: 'https://vaultwarden.company' },
    launchUrl: 'https://vaultwarden.company',
    oidc: {
      redirectUris: ['https://vaultwarden.company/identity/connect/oidc-signin'],
      scopes: ['openid', 'email', 'profile', 'offline_access'],
      // Allowed algorithms come from authentik's discovery document, so an RSA or EC key both verify.
      signing: 'any',
      claims: ['email', 'email_verified'],
    },
    appSide: {
      DOMAIN: 'https://vaultwarden.company',
      SSO_ENABLED: 'true',
      SSO_AUTHORITY: 'https://authentik.company/application/o/vaultwarden/',
      SSO_SCOPES: 'email profile offline_access',
      SSO_ALLOW_UNKNOWN_EMAIL_VERIFICATION: 'false',
      SSO_CLIENT_CACHE_EXPIRATION: '0',
    },
  },
});
