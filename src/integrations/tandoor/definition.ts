/**
 * Tandoor signs users in through django-allauth's OpenID Connect provider, configured by two
 * environment variables. allauth reads authentik's discovery document and calls back to
 * <Tandoor URL>/accounts/oidc/<provider_id>/login/callback/; the provider_id here is "authentik".
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { PROVIDERS, help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/documentation/tandoor/', vendor: 'https://docs.tandoor.dev/features/authentication/' },
  inputs: {
    url: {
      type: 'url',
      label: 'Tandoor URL',
      help: help.url,
      example: 'https://tandoor.company',
      pages: [
        'accounts',
        'admin',
        'api',
        'search',
        'view',
        'recipe',
        'books',
        'plan',
        'shopping',
        'settings',
        'list',
        'new',
        'edit',
        'data',
        'space',
        'invite',
        'static',
        'media',
      ],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/accounts/oidc/authentik/login/callback/'], signingKey: 'any' },
  screen: [
    {
      title: 'Environment',
      location: 'Tandoor’s .env (then restart Tandoor)',
      format: 'env',
      fields: [
        { label: 'SOCIAL_PROVIDERS', value: 'allauth.socialaccount.providers.openid_connect' },
        { label: 'SOCIALACCOUNT_PROVIDERS', value: PROVIDERS, secret: true, help: help.providers },
      ],
      notes: [notes.oneLine, notes.space, notes.proxy],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is allauth’s callback for provider_id authentik', why: why.redirect },
    'email-claim': { source: 'userinfo', why: 'allauth stores the email address from the userinfo answer with the new Tandoor user.' },
    discovery: { why: 'allauth reads every endpoint from the server_url, authentik’s discovery document.' },
  },
  manualTest,
  /**
   * Tandoor: values copied from https://integrations.goauthentik.io/documentation/tandoor/ (sections
   * "Create an application and provider" and "Tandoor configuration") and from the vendor:
   * https://docs.tandoor.dev/features/authentication/ ("Allauth": SOCIAL_PROVIDERS, SOCIALACCOUNT_PROVIDERS
   * as one line) with django-allauth's https://docs.allauth.org/en/latest/socialaccount/providers/openid_connect.html
   * (callback /accounts/oidc/{id}/login/callback/ where {id} is the app's provider_id), for the example
   * inputs below. They agree.
   */
  expected: {
    inputs: { url: 'https://tandoor.company' },
    launchUrl: 'https://tandoor.company',
    oidc: {
      redirectUris: ['https://tandoor.company/accounts/oidc/authentik/login/callback/'],
      scopes: ['openid', 'profile', 'email'],
      signing: 'any',
      claims: ['sub', 'email', 'preferred_username'],
    },
    appSide: { SOCIAL_PROVIDERS: 'allauth.socialaccount.providers.openid_connect' },
  },
});
