/**
 * Mastodon signs users in through OmniAuth's OpenID Connect strategy, configured by OIDC_*
 * variables in .env.production. It reads authentik's discovery document, calls back to
 * <OIDC_REDIRECT_URI> = <local domain>/auth/auth/openid_connect/callback and identifies the
 * account by OIDC_UID_FIELD (here the authentik username).
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/mastodon/',
    vendor: 'https://docs.joinmastodon.org/admin/config/#external-authentication',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Mastodon URL',
      help: help.url,
      example: 'https://mastodon.company',
      pages: [
        '@*',
        'auth',
        'home',
        'explore',
        'public',
        'settings',
        'admin',
        'about',
        'notifications',
        'deck',
        'web',
        'publish',
        'search',
        'tags',
        'lists',
        'bookmarks',
        'favourites',
        'oauth',
        'api',
        'users',
        'filters',
        'relationships',
        'directory',
        'privacy-policy',
      ],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/auth/auth/openid_connect/callback'], signingKey: 'any' },
  screen: [
    {
      title: '.env.production',
      location: '.env.production of the Mastodon installation, then restart the Mastodon web service',
      format: 'env',
      fields: [
        { label: 'OIDC_ENABLED', value: 'true' },
        { label: 'OIDC_DISPLAY_NAME', value: 'authentik' },
        { label: 'OIDC_DISCOVERY', value: 'true' },
        { label: 'OIDC_ISSUER', value: '{issuer}' },
        { label: 'OIDC_SCOPE', value: 'openid,profile,email', help: help.scope },
        { label: 'OIDC_UID_FIELD', value: 'preferred_username', help: help.uid },
        { label: 'OIDC_CLIENT_ID', value: '{client_id}' },
        { label: 'OIDC_CLIENT_SECRET', value: '{client_secret}', secret: true },
        { label: 'OIDC_REDIRECT_URI', value: '{redirect_uri}' },
        { label: 'OIDC_SECURITY_ASSUME_EMAIL_IS_VERIFIED', value: 'true', help: help.verified },
      ],
      notes: [notes.usernames],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is OIDC_REDIRECT_URI', why: why.redirect },
    'signing-key': { why: 'Mastodon verifies the ID token with the keys from authentik’s discovery document.' },
    'email-claim': { source: 'userinfo', why: 'Mastodon creates the account with the email address authentik sends; without one the sign-up fails.' },
    'username-changes': { why: why.usernames },
    discovery: { why: 'With OIDC_DISCOVERY=true Mastodon reads every endpoint from OIDC_ISSUER.' },
  },
  manualTest,
  /**
   * Mastodon: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/mastodon/
   * (sections "Create an application and provider" and "Mastodon configuration") and Mastodon's
   * https://docs.joinmastodon.org/admin/config/#external-authentication (OIDC_ENABLED, OIDC_DISPLAY_NAME,
   * OIDC_ISSUER, OIDC_DISCOVERY, OIDC_SCOPE "comma-separated", OIDC_UID_FIELD, OIDC_CLIENT_ID,
   * OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI, OIDC_SECURITY_ASSUME_EMAIL_IS_VERIFIED) with its source
   * (github.com/mastodon/mastodon, config/initializers/3_omniauth.rb: scope = OIDC_SCOPE split at commas;
   * config/routes.rb: omniauth callbacks under /auth/auth/<provider>/callback), for the example inputs
   * below. They agree.
   */
  expected: {
    inputs: { url: 'https://mastodon.company' },
    launchUrl: 'https://mastodon.company',
    oidc: {
      redirectUris: ['https://mastodon.company/auth/auth/openid_connect/callback'],
      scopes: ['openid', 'profile', 'email'],
      signing: 'any',
      claims: ['preferred_username', 'email'],
    },
    appSide: {
      OIDC_ENABLED: 'true',
      OIDC_DISPLAY_NAME: 'authentik',
      OIDC_DISCOVERY: 'true',
      OIDC_ISSUER: 'https://authentik.company/application/o/mastodon/',
      OIDC_SCOPE: 'openid,profile,email',
      OIDC_UID_FIELD: 'preferred_username',
      OIDC_REDIRECT_URI: 'https://mastodon.company/auth/auth/openid_connect/callback',
      OIDC_SECURITY_ASSUME_EMAIL_IS_VERIFIED: 'true',
    },
  },
});
