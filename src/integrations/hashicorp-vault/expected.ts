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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/security/hashicorp-vault/',
    vendor: 'https://developer.hashicorp.com/vault/docs/auth/jwt',
    followed:
      'The vendor for the signing key: jwt_supported_algs defaults to [RS256] for OIDC roles and the guide’s commands do not change it, so “any available signing key” fails with an EC key.',
  },
  inputs: { url: 'https://vault.company', mount: 'oidc', policy: 'reader' },
  launchUrl: 'https://vault.company',
  oidc: {
    redirectUris: [
      { url: 'https://vault.company/ui/vault/auth/oidc/oidc/callback' },
      { url: 'http://localhost:8250/oidc/callback' },
    ],
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
});
