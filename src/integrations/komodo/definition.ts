/**
 * Komodo Core signs users in with OpenID Connect, configured by environment variables. It reads
 * authentik's discovery document below KOMODO_OIDC_PROVIDER, calls back to KOMODO_HOST +
 * /auth/oidc/callback (with PKCE), verifies the ID token and identifies users by its `sub`.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/komodo/',
    vendor: 'https://komo.do/docs/setup/advanced',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Komodo URL',
      help: help.url,
      example: 'https://komodo.company',
      preview: 'Redirect URI: {url}/auth/oidc/callback',
      pages: ['auth', 'login', 'servers', 'stacks', 'deployments', 'builds', 'repos', 'procedures', 'actions', 'syncs', 'builders', 'alerters', 'settings', 'updates', 'alerts', 'containers', 'schedules', 'resources', 'user-groups', 'users'],
    },
  },
  launchUrl: '{url}',
  provider: { protocol: 'oidc', redirectUris: [{ url: '{url}/auth/oidc/callback' }], signingKey: 'any' },
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
});
