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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/coolify/',
    vendor: 'https://coolify.io/docs/knowledge-base/oauth',
  },
  inputs: { url: 'https://coolify.company' },
  oidc: {
    redirectUris: [{ url: 'https://coolify.company/auth/authentik/callback' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'any',
    claims: ['email'],
  },
  appSide: {
    'Redirect URI': 'https://coolify.company/auth/authentik/callback',
    'Base URL': 'https://authentik.company',
  },
});
