/**
 * Karakeep (formerly Hoarder) signs users in through NextAuth's generic OAuth provider `custom`,
 * configured by OAUTH_* variables of the web container. It reads authentik's discovery document,
 * calls back to NEXTAUTH_URL + /api/auth/callback/custom and verifies the ID token as RS256 unless
 * OAUTH_ID_TOKEN_SIGNED_RESPONSE_ALG says otherwise, so the provider signs with an RSA key.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/documentation/karakeep/',
    vendor: 'https://docs.karakeep.app/configuration/environment-variables/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Karakeep URL',
      help: help.url,
      example: 'https://karakeep.company',
      pages: [
        'dashboard',
        'signin',
        'signup',
        'settings',
        'admin',
        'api',
        'reader',
        'preview',
        'public',
        'check-email',
        'verify-email',
        'reset-password',
        'forgot-password',
        'logout',
      ],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/api/auth/callback/custom'], signingKey: 'rsa' },
  screen: [
    {
      title: 'Environment',
      location: 'The environment (.env) of Karakeep’s web container, then restart Karakeep',
      format: 'env',
      fields: [
        { label: 'NEXTAUTH_URL', value: '{url}' },
        { label: 'OAUTH_CLIENT_ID', value: '{client_id}' },
        { label: 'OAUTH_CLIENT_SECRET', value: '{client_secret}', secret: true },
        { label: 'OAUTH_WELLKNOWN_URL', value: '{discovery_url}' },
        { label: 'OAUTH_PROVIDER_NAME', value: 'authentik' },
      ],
      notes: [notes.linking, notes.only, notes.rsa],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Karakeep’s /api/auth/callback/custom', why: why.redirect },
    'signing-key': { title: 'ID tokens are signed with an RSA key (RS256)', why: why.rsa },
    'email-claim': { source: 'userinfo', why: 'Karakeep creates the account with the email address authentik sends.' },
    discovery: { why: 'Karakeep reads every endpoint and key from OAUTH_WELLKNOWN_URL.' },
  },
  manualTest,
  /**
   * Karakeep: values copied from https://integrations.goauthentik.io/documentation/karakeep/ (sections
   * "Create an application and provider" and "Karakeep configuration") and Karakeep's
   * https://docs.karakeep.app/configuration/environment-variables/ (section "Authentication / Signup":
   * redirect `<KARAKEEP_ADDRESS>/api/auth/callback/custom` with NEXTAUTH_URL as the address;
   * OAUTH_WELLKNOWN_URL, OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET, OAUTH_SCOPE default "openid email profile",
   * OAUTH_PROVIDER_NAME) with its source and release notes (apps/web/server/auth.ts: NextAuth provider
   * `custom` with wellKnown; `client.id_token_signed_response_alg` only from
   * OAUTH_ID_TOKEN_SIGNED_RESPONSE_ALG, so openid-client's default RS256 applies), for the example inputs below.
   * Where they disagree: the guide allows "any available signing key"; Karakeep verifies RS256 unless
   * OAUTH_ID_TOKEN_SIGNED_RESPONSE_ALG is set, which the guide does not set. The vendor is followed: an RSA key.
   */
  expected: {
    sources: {
      followed: 'vendor for the key type: without OAUTH_ID_TOKEN_SIGNED_RESPONSE_ALG Karakeep accepts RS256 ID tokens only; the guide allows any key',
    },
    inputs: { url: 'https://karakeep.company' },
    launchUrl: 'https://karakeep.company',
    oidc: {
      redirectUris: ['https://karakeep.company/api/auth/callback/custom'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'RS256',
      claims: ['sub', 'email', 'name'],
    },
    appSide: {
      NEXTAUTH_URL: 'https://karakeep.company',
      OAUTH_WELLKNOWN_URL: 'https://authentik.company/application/o/karakeep/.well-known/openid-configuration',
      OAUTH_PROVIDER_NAME: 'authentik',
    },
  },
});
