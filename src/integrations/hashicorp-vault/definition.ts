/**
 * HashiCorp Vault signs users in through its OIDC auth method: the web UI calls back to
 * `<Vault>/ui/vault/auth/<mount>/oidc/callback`, `vault login -method=oidc` to a listener on
 * http://localhost:8250. Vault verifies the ID token against the JWKS from the discovery document
 * and maps the login to a role that grants policies.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, snippet, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/security/hashicorp-vault/',
    vendor: 'https://developer.hashicorp.com/vault/docs/auth/jwt',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Vault address',
      help: help.url,
      example: 'https://vault.company:8200',
      preview: 'Redirect URI: {url}/ui/vault/auth/…/oidc/callback',
      httpReason: 'Use the https:// address of Vault (VAULT_ADDR): sign-in codes and Vault tokens must not travel over plain http.',
      pages: ['ui', 'v1'],
    },
    mount: { type: 'slug', label: 'Mount path', help: help.mount, example: 'oidc', default: 'oidc' },
    policy: { type: 'slug', label: 'Vault policy', help: help.policy, example: 'reader', default: 'reader' },
  },
  launchUrl: '{url}',
  provider: {
    protocol: 'oidc',
    redirectUris: [{ url: '{url}/ui/vault/auth/{mount}/oidc/callback' }, { url: 'http://localhost:8250/oidc/callback' }],
    signingKey: 'rsa',
  },
  screen: [
    {
      title: 'Enable and configure the OIDC auth method',
      location: 'A shell with VAULT_ADDR and an admin VAULT_TOKEN',
      format: 'file',
      snippet,
      fields: [
        { label: 'oidc_discovery_url', value: '{issuer}', help: help.discovery },
        { label: 'oidc_client_id', value: '{client_id}' },
        { label: 'oidc_client_secret', value: '{client_secret}', secret: true },
        { label: 'bound_audiences', value: '{client_id}', help: 'The audience of authentik’s ID tokens is the client ID.' },
        { label: 'allowed_redirect_uris (UI)', value: '{redirect_uri}' },
        { label: 'allowed_redirect_uris (CLI)', value: 'http://localhost:8250/oidc/callback' },
      ],
      notes: [notes.policy, notes.namespace],
    },
  ],
  checks: {
    'provider-assigned': { why: 'Without the link authentik serves no discovery document, and vault write auth/…/config refuses the discovery URL.' },
    'application-access': { why: 'If authentik’s policies refuse you, “Sign in with OIDC Provider” ends on an authentik error page.' },
    'redirect-uri': { title: 'The redirect URI is the Vault UI’s callback', why: why.redirect },
    'grant-types': { why: 'Vault signs users in with the authorization code flow (with PKCE).' },
    'signing-key': { why: 'Vault verifies every ID token with the keys authentik publishes; HS256 tokens are refused.' },
    'encryption-key': {},
    discovery: { why: 'Vault reads the issuer, endpoints and keys from the discovery document below oidc_discovery_url.' },
    'redirect-errors': { why: 'When a login hits “Redirect URI Error”, authentik records the callback Vault really sent.' },
  },
  manualTest,
});
