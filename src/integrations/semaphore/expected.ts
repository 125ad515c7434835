/**
 * Semaphore UI: values copied from https://integrations.goauthentik.io/infrastructure/semaphore/ (sections
 * "Create an application and provider" and "Semaphore UI configuration") and Semaphore's
 * https://semaphoreui.com/docs/admin-guide/openid/authentik (config.json with `redirect_url`
 * `…/api/auth/oidc/authentik/redirect/`, username_claim / name_claim preferred_username, scopes
 * openid profile email) with https://semaphoreui.com/docs/admin-guide/openid (the provider key is a path
 * component of the redirect URL; provider_url is the root below which /.well-known/openid-configuration
 * lives) and the router (github.com/semaphoreui/semaphore, api/router.go: `/auth/oidc/{provider}/redirect`
 * and `/auth/oidc/{provider}/redirect/{redirect_path:.*}`), for the example inputs below. They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/semaphore/',
    vendor: 'https://semaphoreui.com/docs/admin-guide/openid/authentik',
  },
  inputs: { url: 'https://semaphore.company', name: 'authentik' },
  launchUrl: 'https://semaphore.company',
  oidc: {
    redirectUris: [{ url: 'https://semaphore.company/api/auth/oidc/authentik/redirect/' }],
    scopes: ['openid', 'profile', 'email'],
    signing: 'any',
    claims: ['preferred_username', 'email'],
  },
  appSide: {
    display_name: 'Sign in with authentik',
    provider_url: 'https://authentik.company/application/o/semaphore/',
    redirect_url: 'https://semaphore.company/api/auth/oidc/authentik/redirect/',
    username_claim: 'preferred_username',
    name_claim: 'preferred_username',
    email_claim: 'email',
  },
});
