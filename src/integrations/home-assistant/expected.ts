/**
 * Home Assistant (hass-oidc-auth tab): values copied from
 * https://integrations.goauthentik.io/miscellaneous/home-assistant/ (sections "Create an application and
 * provider" and "Home Assistant configuration" › UI configuration) and
 * https://github.com/christiaangoossens/hass-oidc-auth/blob/main/docs/provider-configurations/authentik.md
 * with its source (custom_components/auth_oidc: callback `/auth/oidc/callback`; REQUIRED_SCOPES
 * "openid profile", plus "groups" only when groups are enabled — off by default in the UI flow;
 * DEFAULT_ID_TOKEN_SIGNING_ALGORITHM "RS256"; the "Authentik" preset reads name, preferred_username and
 * groups), for the example inputs below.
 * Where they disagree: the guide says "any available signing key"; the integration verifies RS256 only
 * unless id_token_signing_alg is changed in YAML (its authentik page: "to use the RS256
 * id_token_signing_alg"). The vendor is followed. Its YAML defaults assume a public client; the guide
 * (confidential, with a secret) works too, so no client type is required.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/miscellaneous/home-assistant/',
    vendor: 'https://github.com/christiaangoossens/hass-oidc-auth/blob/main/docs/provider-configurations/authentik.md',
    followed: 'vendor for the signing algorithm: hass-oidc-auth rejects ID tokens not signed with RS256 by default',
  },
  inputs: { url: 'https://hass.company' },
  oidc: {
    redirectUris: [{ url: 'https://hass.company/auth/oidc/callback' }],
    scopes: ['openid', 'profile'],
    signing: 'RS256',
    claims: ['name', 'preferred_username'],
  },
  appSide: {
    Provider: 'Authentik',
    'Discovery URL': 'https://authentik.company/application/o/home-assistant/.well-known/openid-configuration',
  },
});
