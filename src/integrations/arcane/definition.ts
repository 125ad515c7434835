/**
 * Arcane (Docker management) signs users in with OpenID Connect, set under Settings › Security ›
 * OIDC Authentication or by OIDC_* environment variables. It calls back to APP_URL +
 * /auth/oidc/callback with PKCE and reads the user from authentik's userinfo endpoint.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/hypervisors-orchestrators/arcane/',
    vendor: 'https://getarcane.app/docs/configuration/sso',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Arcane URL',
      help: help.url,
      example: 'https://arcane.company',
      pages: [
        'auth',
        'api',
        'login',
        'dashboard',
        'containers',
        'images',
        'volumes',
        'networks',
        'projects',
        'environments',
        'settings',
        'customize',
        'events',
      ],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/auth/oidc/callback'], signingKey: 'any' },
  screen: [
    {
      title: 'OIDC Authentication',
      location: 'Settings › Security › OIDC Authentication',
      fields: [
        { label: 'Enable OIDC Authentication', value: 'On', choice: true },
        { label: 'OIDC Client ID', value: '{client_id}' },
        { label: 'OIDC Client Secret', value: '{client_secret}', secret: true },
        { label: 'OIDC Issuer URL', value: '{issuer}', help: help.issuer },
        { label: 'Provider Display Name', value: 'authentik' },
        { label: 'OIDC Account Merging', value: 'Off', choice: true, help: help.merging },
        { label: 'Redirect URI', value: '{redirect_uri}', help: help.redirect },
      ],
      notes: [notes.ui, notes.roles],
    },
    {
      title: 'Environment (alternative)',
      location: 'Arcane’s .env (then restart Arcane)',
      format: 'env',
      fields: [
        { label: 'APP_URL', value: '{url}', help: help.appUrl },
        { label: 'OIDC_ENABLED', value: 'true' },
        { label: 'OIDC_CLIENT_ID', value: '{client_id}' },
        { label: 'OIDC_CLIENT_SECRET', value: '{client_secret}', secret: true },
        { label: 'OIDC_ISSUER_URL', value: '{issuer}' },
        { label: 'OIDC_PROVIDER_NAME', value: 'authentik' },
        { label: 'OIDC_SCOPES', value: 'openid email profile' },
      ],
    },
  ],
  checks: { 'redirect-uri': { title: 'The redirect URI is Arcane’s /auth/oidc/callback', why: why.redirect } },
  manualTest,
  /**
   * Arcane: values copied from https://integrations.goauthentik.io/hypervisors-orchestrators/arcane/
   * (sections "Create an application and provider", "Configure OIDC in the web interface", "Configure
   * environment variables") and Arcane's https://getarcane.app/docs/configuration/sso with its source
   * (ofkm/arcane backend/internal/services/oidc_service.go: the issuer's trailing "/" is trimmed before
   * `/.well-known/openid-configuration`; scopes default to "openid email profile"; PKCE S256; the user is
   * read from the userinfo endpoint and must carry `sub`; redirect URI from the config's
   * GetOidcRedirectURI, i.e. APP_URL + `/auth/oidc/callback`, which Authelia's Arcane guide confirms),
   * for the example inputs below. Arcane does not verify an ID token, so any signing key works.
   * Where they disagree: the guide writes the issuer without its trailing slash
   * (`…/application/o/<application_slug>`); authentik's issuer ends with "/", and Arcane trims it
   * anyway, so the issuer as authentik reports it is followed.
   */
  expected: {
    sources: { followed: 'authentik’s issuer with its trailing slash (Arcane trims it before discovery), where the guide omits the slash.' },
    inputs: { url: 'https://arcane.company' },
    launchUrl: 'https://arcane.company',
    oidc: {
      redirectUris: ['https://arcane.company/auth/oidc/callback'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['sub', 'email', 'preferred_username', 'name'],
    },
    appSide: {
      'OIDC Issuer URL': 'https://authentik.company/application/o/arcane/',
      'Provider Display Name': 'authentik',
      'Redirect URI': 'https://arcane.company/auth/oidc/callback',
      APP_URL: 'https://arcane.company',
      OIDC_ENABLED: 'true',
      OIDC_ISSUER_URL: 'https://authentik.company/application/o/arcane/',
      OIDC_PROVIDER_NAME: 'authentik',
      OIDC_SCOPES: 'openid email profile',
    },
  },
});
