/**
 * Coolify signs users in through its built-in authentik OAuth provider (Laravel Socialite). It calls
 * back to <Coolify>/auth/authentik/callback, builds authentik's endpoints from the Base URL and reads
 * the email address from the userinfo endpoint; it never verifies an ID token.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/infrastructure/coolify/', vendor: 'https://coolify.io/docs/knowledge-base/oauth' },
  inputs: {
    url: {
      type: 'url',
      label: 'Coolify URL',
      help: help.url,
      example: 'https://coolify.company',
      pages: [
        'auth',
        'login',
        'register',
        'settings',
        'project',
        'projects',
        'server',
        'servers',
        'sources',
        'destinations',
        'security',
        'team',
        'teams',
        'storages',
        'shared-variables',
        'tags',
        'notifications',
        'terminal',
        'profile',
        'subscription',
      ],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/auth/authentik/callback'], signingKey: 'any', signingKeyOptional: true },
  screen: [
    {
      title: 'authentik',
      location: 'Settings › Authentication › authentik section, then Save',
      fields: [
        { label: 'Enabled', value: 'On', choice: true },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        { label: 'Redirect URI', value: '{redirect_uri}', help: help.redirect },
        { label: 'Base URL', value: '{ak}', help: help.base },
      ],
      notes: [notes.registration],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Coolify’s /auth/authentik/callback', why: why.redirect },
    'email-claim': { source: 'userinfo', why: why.email },
    discovery: { why: why.discovery },
  },
  manualTest,
  /**
   * Coolify: values copied from https://integrations.goauthentik.io/infrastructure/coolify/ (sections
   * "Create an application and provider" and "Coolify configuration") and from the vendor:
   * https://coolify.io/docs/knowledge-base/oauth ("Setup OAuth": the redirect URI is
   * YOUR_COOLIFY_DASHBOARD/auth/PROVIDER/callback) with the source (github.com/coollabsio/coolify:
   * resources/views/livewire/settings-oauth.blade.php labels Enabled, Client ID, Client Secret, Redirect
   * URI, Base URL; bootstrap/helpers/socialite.php passes base_url to the authentik driver;
   * app/Http/Controllers/OauthController.php matches users by email) and SocialiteProviders/Providers
   * src/Authentik/Provider.php (endpoints below base_url, scopes "openid goauthentik.io/api profile email",
   * user read from the userinfo endpoint), for the example inputs below.
   * Socialite also asks for goauthentik.io/api; authentik drops scopes the provider does not offer, so only
   * openid, email and profile are required. The guide and the vendor agree.
   */
  expected: {
    inputs: { url: 'https://coolify.company' },
    oidc: {
      redirectUris: ['https://coolify.company/auth/authentik/callback'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['email'],
    },
    appSide: { 'Redirect URI': 'https://coolify.company/auth/authentik/callback', 'Base URL': 'https://authentik.company' },
  },
});
