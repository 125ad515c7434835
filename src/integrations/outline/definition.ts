/**
 * Outline signs users in through its OIDC plugin with the endpoint URIs given in .env. It calls
 * back to <URL>/auth/oidc.callback, reads the user from the userinfo endpoint, keys accounts on
 * `sub` (the authentik username, per the guide) and needs email_verified true for invited users.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/documentation/outline/',
    vendor: 'https://docs.getoutline.com/s/hosting/doc/oidc-8CPBm6uC0I',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Outline URL',
      help: help.url,
      example: 'https://docs.company',
      httpReason: 'Use the https:// address of Outline: it requires https outside development.',
      pages: ['auth', 'doc', 'collection', 'home', 'settings', 'search', 'drafts', 'archive', 'trash', 's', 'api'],
    },
  },
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/auth/oidc.callback'],
    scopes: ['openid', 'profile'],
    customScopes: ['email-verified'],
    // Outline reads claims from userinfo and does not verify the ID token's signature.
    signingKey: 'any',
    signingKeyOptional: true,
    subject: 'user_username',
  },
  screen: [
    {
      title: 'Environment',
      location: 'Outline’s .env',
      format: 'env',
      fields: [
        { label: 'OIDC_CLIENT_ID', value: '{client_id}' },
        { label: 'OIDC_CLIENT_SECRET', value: '{client_secret}', secret: true },
        { label: 'OIDC_AUTH_URI', value: '{authorize_url}' },
        { label: 'OIDC_TOKEN_URI', value: '{token_url}' },
        { label: 'OIDC_USERINFO_URI', value: '{userinfo_url}' },
        { label: 'OIDC_LOGOUT_URI', value: '{end_session_url}' },
        { label: 'OIDC_DISPLAY_NAME', value: 'authentik', help: help.display },
        { label: 'OIDC_USERNAME_CLAIM', value: 'preferred_username', help: help.username },
      ],
      notes: [notes.verified, notes.restart, notes.domains],
    },
  ],
  checks: {
    'provider-assigned': { why: 'Without the link authentik serves no end-session URL for OIDC_LOGOUT_URI.' },
    'application-access': { why: 'A user authentik’s policies refuse stops on an authentik error page and never reaches Outline.' },
    'redirect-uri': {
      title: 'The redirect URI is Outline’s oidc.callback',
      why: 'Outline sends its URL followed by /auth/oidc.callback; any other string gets “Redirect URI Error”.',
    },
    'encryption-key': { why: 'Outline decodes the ID token as a plain JWT and cannot read an encrypted one.' },
    'email-claim': { source: 'userinfo', why: 'Outline refuses a login without an email address, and an invited user without a verified one.' },
    discovery: { why: 'The three endpoint URIs in .env must be the ones authentik announces.' },
    'redirect-errors': { why: 'When a login hits “Redirect URI Error”, authentik records the address Outline really sent.' },
    'username-changes': { why: 'Outline keys accounts on the subject, the authentik username; a renamed user would no longer match.' },
  },
  manualTest,
  /**
   * Outline: values copied from https://integrations.goauthentik.io/documentation/outline/ (sections
   * "Create an email verification scope mapping", "Create an application and provider" and "Outline
   * configuration") and https://docs.getoutline.com/s/hosting/doc/oidc-8CPBm6uC0I (sections "Manual
   * discovery" and "Optional setup": OIDC_USERNAME_CLAIM defaults to preferred_username, OIDC_SCOPES
   * to "openid profile email"), with Outline's source (plugins/oidc/server/auth/oidcRouter.ts:
   * callbackURL `${URL}/auth/oidc.callback`, email required, email_verified read, the id_token only
   * decoded, never verified), for the example inputs below (the guide's placeholder outline.company).
   * They agree.
   */
  expected: {
    inputs: { url: 'https://outline.company' },
    launchUrl: 'https://outline.company',
    oidc: {
      redirectUris: ['https://outline.company/auth/oidc.callback'],
      scopes: ['openid', 'profile', 'email'],
      signing: 'any',
      subject: 'user_username',
      claims: ['email', 'email_verified', 'preferred_username'],
    },
    appSide: {
      OIDC_AUTH_URI: 'https://authentik.company/application/o/authorize/',
      OIDC_TOKEN_URI: 'https://authentik.company/application/o/token/',
      OIDC_USERINFO_URI: 'https://authentik.company/application/o/userinfo/',
      OIDC_LOGOUT_URI: 'https://authentik.company/application/o/outline/end-session/',
      OIDC_DISPLAY_NAME: 'authentik',
      OIDC_USERNAME_CLAIM: 'preferred_username',
    },
  },
});
