/**
 * Komodo Core signs users in with OpenID Connect, configured by environment variables. It reads
 * authentik's discovery document below KOMODO_OIDC_PROVIDER, calls back to KOMODO_HOST +
 * /auth/oidc/callback (with PKCE), verifies the ID token and identifies users by its `sub`.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/infrastructure/komodo/', vendor: 'https://komo.do/docs/setup/advanced' },
  inputs: {
    url: {
      type: 'url',
      label: 'Komodo URL',
      help: help.url,
      example: 'https://komodo.company',
      pages: [
        'auth',
        'login',
        'servers',
        'stacks',
        'deployments',
        'builds',
        'repos',
        'procedures',
        'actions',
        'syncs',
        'builders',
        'alerters',
        'settings',
        'updates',
        'alerts',
        'containers',
        'schedules',
        'resources',
        'user-groups',
        'users',
      ],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/auth/oidc/callback'], signingKey: 'any' },
  screen: [
    {
      title: 'Komodo Core environment',
      location: 'compose.env (or the environment of the Komodo Core container), then redeploy',
      format: 'env',
      fields: [
        { label: 'KOMODO_HOST', value: '{url}', help: help.host },
        { label: 'KOMODO_OIDC_ENABLED', value: 'true' },
        { label: 'KOMODO_OIDC_PROVIDER', value: '{issuer}', help: help.provider },
        { label: 'KOMODO_OIDC_CLIENT_ID', value: '{client_id}' },
        { label: 'KOMODO_OIDC_CLIENT_SECRET', value: '{client_secret}', secret: true },
      ],
      notes: [notes.toml, notes.enable],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is KOMODO_HOST/auth/oidc/callback', why: why.redirect },
    'signing-key': { why: why.signing },
    discovery: { why: why.discovery },
  },
  manualTest,
  /**
   * Komodo: values copied from https://integrations.goauthentik.io/infrastructure/komodo/ (sections
   * "Create an application and provider in authentik" and "Komodo configuration › Setup OIDC connection")
   * and from the vendor: https://komo.do/docs/setup/advanced ("OIDC / Oauth2": the redirect uri is
   * <KOMODO_HOST>/auth/oidc/callback) with the source (github.com/moghtech/komodo, bin/core/src/auth/oidc/
   * client.rs: redirect `{host}/auth/oidc/callback`, scopes openid profile email, PKCE, ID token verified
   * with the algorithms of the discovery document; config/core.config.toml: KOMODO_HOST is required), for
   * the example inputs below.
   * Where they disagree: (1) the guide never sets KOMODO_HOST, from which Komodo builds the redirect URI;
   * the vendor's value is added. (2) The vendor's config example writes the provider without a trailing
   * slash (".../application/o/komodo"); the guide writes the issuer with one. The guide is followed:
   * Komodo's discovery (openidconnect-rs) compares the configured issuer with authentik's exactly, and
   * authentik's issuer ends with a slash.
   */
  expected: {
    sources: {
      followed:
        'vendor for KOMODO_HOST (the guide omits it, yet it decides the redirect URI); guide for the issuer with its trailing slash (the vendor example has none, which fails the exact issuer comparison)',
    },
    inputs: { url: 'https://komodo.company' },
    launchUrl: 'https://komodo.company',
    oidc: {
      redirectUris: ['https://komodo.company/auth/oidc/callback'],
      scopes: ['openid', 'profile', 'email'],
      signing: 'any',
      claims: ['preferred_username', 'email'],
    },
    appSide: {
      KOMODO_HOST: 'https://komodo.company',
      KOMODO_OIDC_ENABLED: 'true',
      KOMODO_OIDC_PROVIDER: 'https://authentik.company/application/o/komodo/',
    },
  },
});
