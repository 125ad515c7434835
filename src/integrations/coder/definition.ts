/**
 * Coder signs users in with OpenID Connect, configured by CODER_OIDC_* environment variables. It calls
 * back to CODER_ACCESS_URL + /api/v2/users/oidc/callback, verifies the ID token, merges it with
 * userinfo and refuses an email address whose email_verified claim is false, which authentik's default
 * email mapping sends since 2025.10: the provider gets the wizard's verified-email mapping instead.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/development/coder/', vendor: 'https://coder.com/docs/admin/users/oidc-auth' },
  inputs: {
    url: {
      type: 'url',
      label: 'Coder access URL',
      help: help.url,
      example: 'https://coder.company',
      pages: [
        '@*',
        'workspaces',
        'templates',
        'users',
        'groups',
        'organizations',
        'deployment',
        'settings',
        'audit',
        'health',
        'login',
        'cli-auth',
        'icon',
        'icons',
        'api',
        'external-auth',
        'starter-templates',
        'insights',
      ],
    },
  },
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/api/v2/users/oidc/callback'],
    signingKey: 'any',
    scopes: ['openid', 'profile', 'offline_access'],
    customScopes: ['email-verified'],
  },
  screen: [
    {
      title: 'Environment',
      location: 'Coder’s environment (.env, systemd or Helm coder.env), then restart Coder',
      format: 'env',
      fields: [
        { label: 'CODER_OIDC_ISSUER_URL', value: '{issuer}' },
        { label: 'CODER_OIDC_EMAIL_DOMAIN', value: '', help: help.domain },
        { label: 'CODER_OIDC_CLIENT_ID', value: '{client_id}' },
        { label: 'CODER_OIDC_CLIENT_SECRET', value: '{client_secret}', secret: true },
        { label: 'CODER_OIDC_SCOPES', value: 'openid,profile,email,offline_access', help: help.scopes },
        { label: 'CODER_OIDC_SIGN_IN_TEXT', value: 'Log in with authentik' },
        { label: 'CODER_OIDC_ICON_URL', value: '{ak}/static/dist/assets/icons/icon.svg' },
      ],
      notes: [notes.accessUrl, notes.verified],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Coder’s /api/v2/users/oidc/callback', why: why.redirect },
    'signing-key': { why: 'Coder verifies the ID token with the keys authentik publishes for the issuer.' },
    'id-token-claims': { why: 'Coder reads email, email_verified and preferred_username from the ID token (merged with userinfo).' },
    'email-claim': { source: 'id_token', why: why.email },
    'custom-mappings': { why: why.verified },
  },
  manualTest,
  /**
   * Coder: values copied from https://integrations.goauthentik.io/development/coder/ (sections "Create an
   * application and provider" and "Coder configuration") and Coder's https://coder.com/docs/admin/users/oidc-auth
   * (callback `https://coder.example.com/api/v2/users/oidc/callback`; CODER_OIDC_ISSUER_URL, CODER_OIDC_SCOPES;
   * an email_verified claim of false is refused unless CODER_OIDC_IGNORE_EMAIL_VERIFIED is set) with its
   * source (github.com/coder/coder, coderd/userauth.go: "Verify the %q email address on your OIDC provider to
   * authenticate!" when email_verified is false), for the example inputs below.
   * Where they disagree: the guide keeps authentik's default email mapping, which sends email_verified: false
   * since authentik 2025.10, and Coder then refuses every login. The vendor is followed: the email scope
   * must answer email_verified: true (a custom mapping), the scopes are otherwise the guide's.
   */
  expected: {
    sources: {
      followed:
        'vendor for email_verified: Coder refuses email_verified false, which authentik’s default email mapping sends, so the email scope must come from a mapping that sends true',
    },
    inputs: { url: 'https://coder.company' },
    launchUrl: 'https://coder.company',
    oidc: {
      redirectUris: ['https://coder.company/api/v2/users/oidc/callback'],
      scopes: ['openid', 'profile', 'email', 'offline_access'],
      signing: 'any',
      claims: ['email', 'email_verified', 'preferred_username'],
    },
    appSide: {
      CODER_OIDC_ISSUER_URL: 'https://authentik.company/application/o/coder/',
      CODER_OIDC_SCOPES: 'openid,profile,email,offline_access',
      CODER_OIDC_SIGN_IN_TEXT: 'Log in with authentik',
      CODER_OIDC_ICON_URL: 'https://authentik.company/static/dist/assets/icons/icon.svg',
    },
  },
});
