/**
 * HashiCorp Vault signs users in through its OIDC auth method: the web UI calls back to
 * `<Vault>/ui/vault/auth/<mount>/oidc/callback`, `vault login -method=oidc` to a listener on
 * http://localhost:8250. Vault verifies the ID token against the JWKS from the discovery document
 * and maps the login to a role that grants policies.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, snippet, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/security/hashicorp-vault/', vendor: 'https://developer.hashicorp.com/vault/docs/auth/jwt' },
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
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/ui/vault/auth/{mount}/oidc/callback', 'http://localhost:8250/oidc/callback'],
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
  /**
   * HashiCorp Vault: values copied from https://integrations.goauthentik.io/security/hashicorp-vault/
   * (sections "Create an application and provider" and "HashiCorp Vault configuration") and
   * https://developer.hashicorp.com/vault/docs/auth/jwt (section "Redirect URIs": CLI
   * `http://localhost:8250/oidc/callback`, UI `https://{host:port}/ui/vault/auth/{path}/oidc/callback`)
   * with https://developer.hashicorp.com/vault/api-docs/auth/jwt (section "Configure":
   * `jwt_supported_algs` "Defaults to [RS256] for OIDC roles"; section "Create/Update role":
   * `oidc_scopes`, "The standard scope "openid" is automatically included"), for the example inputs
   * below (the guide's placeholder vault.company, mount `oidc`, policy/role `reader`).
   * Where they disagree: the guide says "Select any available signing key", but its commands set no
   * jwt_supported_algs, so Vault accepts only RS256 ID tokens; the vendor is followed (RSA key).
   */
  expected: {
    sources: {
      followed:
        'The vendor for the signing key: jwt_supported_algs defaults to [RS256] for OIDC roles and the guide’s commands do not change it, so “any available signing key” fails with an EC key.',
    },
    inputs: { url: 'https://vault.company', mount: 'oidc', policy: 'reader' },
    launchUrl: 'https://vault.company',
    oidc: {
      redirectUris: ['https://vault.company/ui/vault/auth/oidc/oidc/callback', 'http://localhost:8250/oidc/callback'],
      // No oidc_scopes on the guide's role: Vault asks for "openid" only.
      scopes: ['openid'],
      signing: 'RS256',
      claims: ['sub'],
    },
    appSide: {
      oidc_discovery_url: 'https://authentik.company/application/o/hashicorp-vault/',
      'allowed_redirect_uris (UI)': 'https://vault.company/ui/vault/auth/oidc/oidc/callback',
      'allowed_redirect_uris (CLI)': 'http://localhost:8250/oidc/callback',
    },
  },
});
