/**
 * Seafile (Seahub) signs users in through its OAuth client, configured in seahub_settings.py. It
 * calls back to OAUTH_REDIRECT_URL (<Seafile URL>/oauth/callback/, with the trailing slash) and reads
 * the user from authentik's userinfo endpoint, keyed by `sub`; it never checks an ID token.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, snippet, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/media/seafile/', vendor: 'https://manual.seafile.com/13.0/config/oauth/' },
  inputs: {
    url: {
      type: 'url',
      label: 'Seafile URL',
      help: help.url,
      example: 'https://seafile.company',
      pages: [
        'accounts',
        'oauth',
        'library',
        'libraries',
        'my-libs',
        'shared-libs',
        'sys',
        'profile',
        'lib',
        'f',
        'd',
        'api2',
        'api',
        'seafhttp',
        'media',
        'groups',
        'starred',
        'dashboard',
        'wiki',
        'wikis',
        'published',
        'help',
        'share-admin-libs',
        'share-admin-folders',
        'share-admin-share-links',
        'org',
      ],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/oauth/callback/'], signingKey: 'any', signingKeyOptional: true },
  screen: [
    {
      title: 'seahub_settings.py',
      location: 'seahub_settings.py (its folder depends on the installation), then restart Seahub',
      format: 'file',
      snippet,
      fields: [
        { label: 'CSRF_TRUSTED_ORIGINS', value: '["{url}"]' },
        { label: 'ENABLE_OAUTH', value: 'True' },
        { label: 'OAUTH_CLIENT_ID', value: '{client_id}' },
        { label: 'OAUTH_CLIENT_SECRET', value: '{client_secret}', secret: true },
        { label: 'OAUTH_REDIRECT_URL', value: '{redirect_uri}' },
        { label: 'OAUTH_PROVIDER', value: 'authentik' },
        { label: 'OAUTH_PROVIDER_DOMAIN', value: 'authentik' },
        { label: 'OAUTH_AUTHORIZATION_URL', value: '{authorize_url}' },
        { label: 'OAUTH_TOKEN_URL', value: '{token_url}' },
        { label: 'OAUTH_USER_INFO_URL', value: '{userinfo_url}' },
        { label: 'OAUTH_SCOPE', value: '["openid", "profile", "email"]' },
      ],
      notes: [notes.attributes, notes.sso],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is OAUTH_REDIRECT_URL, with its trailing slash', why: why.redirect },
    'email-claim': { source: 'userinfo', why: 'Seafile stores the email address from userinfo as the account’s contact email.' },
    'redirect-errors': {
      why: 'When a login hits “Redirect URI Error”, authentik records the callback Seafile really sent, e.g. without the trailing slash.',
    },
  },
  manualTest,
  /**
   * Seafile: values copied from https://integrations.goauthentik.io/media/seafile/ (sections "Create an
   * application and provider" and "Seafile configuration") and Seafile's
   * https://manual.seafile.com/13.0/config/oauth/ (section "Configuration": OAUTH_REDIRECT_URL =
   * 'http{s}://example.com/oauth/callback/', "the redirect url you input when you register your client
   * application MUST be exactly the same as this value"; OAUTH_AUTHORIZATION_URL, OAUTH_TOKEN_URL,
   * OAUTH_USER_INFO_URL, OAUTH_SCOPE, OAUTH_ATTRIBUTE_MAP with "uid" as the unique key since 11.0), for
   * the example inputs below. Seahub reads the user from the userinfo endpoint only, so any signing key
   * works (the guide names none).
   * They agree.
   */
  expected: {
    inputs: { url: 'https://seafile.company' },
    launchUrl: 'https://seafile.company',
    oidc: {
      redirectUris: ['https://seafile.company/oauth/callback/'],
      scopes: ['openid', 'profile', 'email'],
      signing: 'any',
      claims: ['sub', 'name', 'email'],
    },
    appSide: {
      CSRF_TRUSTED_ORIGINS: '["https://seafile.company"]',
      ENABLE_OAUTH: 'True',
      OAUTH_REDIRECT_URL: 'https://seafile.company/oauth/callback/',
      OAUTH_PROVIDER: 'authentik',
      OAUTH_PROVIDER_DOMAIN: 'authentik',
      OAUTH_AUTHORIZATION_URL: 'https://authentik.company/application/o/authorize/',
      OAUTH_TOKEN_URL: 'https://authentik.company/application/o/token/',
      OAUTH_USER_INFO_URL: 'https://authentik.company/application/o/userinfo/',
      OAUTH_SCOPE: '["openid", "profile", "email"]',
    },
  },
});
