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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/hypervisors-orchestrators/arcane/',
    vendor: 'https://getarcane.app/docs/configuration/sso',
    followed: 'authentik’s issuer with its trailing slash (Arcane trims it before discovery), where the guide omits the slash.',
  },
  inputs: { url: 'https://arcane.company' },
  launchUrl: 'https://arcane.company',
  oidc: {
    redirectUris: [{ url: 'https://arcane.company/auth/oidc/callback' }],
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
});
