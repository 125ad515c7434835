/**
 * Tandoor: values copied from https://integrations.goauthentik.io/documentation/tandoor/ (sections
 * "Create an application and provider" and "Tandoor configuration") and from the vendor:
 * https://docs.tandoor.dev/features/authentication/ ("Allauth": SOCIAL_PROVIDERS, SOCIALACCOUNT_PROVIDERS
 * as one line) with django-allauth's https://docs.allauth.org/en/latest/socialaccount/providers/openid_connect.html
 * (callback /accounts/oidc/{id}/login/callback/ where {id} is the app's provider_id), for the example
 * inputs below. They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/documentation/tandoor/',
    vendor: 'https://docs.tandoor.dev/features/authentication/',
  },
  inputs: { url: 'https://tandoor.company' },
  launchUrl: 'https://tandoor.company',
  oidc: {
    redirectUris: [{ url: 'https://tandoor.company/accounts/oidc/authentik/login/callback/' }],
    scopes: ['openid', 'profile', 'email'],
    signing: 'any',
    claims: ['sub', 'email', 'preferred_username'],
  },
  appSide: {
    SOCIAL_PROVIDERS: 'allauth.socialaccount.providers.openid_connect',
  },
});
