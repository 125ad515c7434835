/**
 * Semaphore UI signs users in through an entry of `oidc_providers` in its config.json. The entry's key
 * (e.g. "authentik") is part of the callback, <Semaphore URL>/api/auth/oidc/<key>/redirect/; Semaphore
 * reads authentik's discovery document from provider_url, verifies the ID token and takes username,
 * name and email from its claims.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, snippet, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/semaphore/',
    vendor: 'https://semaphoreui.com/docs/admin-guide/openid/authentik',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Semaphore URL',
      help: help.url,
      example: 'https://semaphore.company',
      preview: 'Semaphore: {url}',
      pages: ['project', 'auth', 'api', 'users', 'runners', 'tokens', 'apps', 'settings', 'projects'],
    },
    name: {
      type: 'slug',
      label: 'Provider key',
      default: 'authentik',
      help: help.name,
      example: 'authentik',
      preview: 'Callback: …/api/auth/oidc/{name}/redirect/',
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/api/auth/oidc/{name}/redirect/'], signingKey: 'any' },
  screen: [
    {
      title: 'config.json',
      location: '/etc/semaphore/config.json (merge into the existing file), then restart Semaphore',
      format: 'file',
      snippet,
      fields: [
        { label: 'oidc_providers key', value: '{name}', help: help.name },
        { label: 'display_name', value: 'Sign in with authentik' },
        { label: 'provider_url', value: '{issuer}', help: help.providerUrl },
        { label: 'client_id', value: '{client_id}' },
        { label: 'client_secret', value: '{client_secret}', secret: true },
        { label: 'redirect_url', value: '{redirect_uri}' },
        { label: 'username_claim', value: 'preferred_username' },
        { label: 'name_claim', value: 'preferred_username' },
        { label: 'email_claim', value: 'email' },
        { label: 'scopes', value: '["openid", "profile", "email"]' },
      ],
      notes: [notes.webRoot, notes.permissions],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Semaphore’s callback for this provider key', why: why.redirect },
    'signing-key': { why: 'Semaphore verifies the ID token with the keys in authentik’s discovery document.' },
    'id-token-claims': { why: 'Semaphore takes the username, name and email from the ID token claims.' },
    'email-claim': { source: 'id_token', why: 'Semaphore creates the user with the email claim of the ID token.' },
    'username-changes': { why: 'Semaphore matches users by preferred_username; a renamed authentik user would arrive as a new Semaphore user.' },
  },
  manualTest,
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
  expected: {
    inputs: { url: 'https://semaphore.company', name: 'authentik' },
    launchUrl: 'https://semaphore.company',
    oidc: {
      redirectUris: ['https://semaphore.company/api/auth/oidc/authentik/redirect/'],
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
  },
});
