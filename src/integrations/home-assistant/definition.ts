/**
 * Home Assistant signs users in through the HACS integration hass-oidc-auth (“OpenID Connect/SSO
 * Authentication”), the guide's default tab. It reads authentik's discovery document, uses PKCE,
 * verifies RS256 ID tokens and gives admin rights by authentik group.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/miscellaneous/home-assistant/',
    vendor: 'https://github.com/christiaangoossens/hass-oidc-auth/blob/main/docs/provider-configurations/authentik.md',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Home Assistant URL',
      help: help.url,
      example: 'https://hass.company',
      pages: ['lovelace', 'config', 'auth', 'dashboard-*', 'history', 'logbook', 'map', 'energy', 'profile', 'developer-tools', 'hacs'],
    },
  },
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/auth/oidc/callback'],
    // The guide allows any key; hass-oidc-auth defaults to id_token_signing_alg RS256 (vendor).
    signingKey: 'rsa',
  },
  screen: [
    {
      title: 'Add the integration',
      location: 'Settings › Devices & Services › Add Integration › OpenID Connect/SSO Authentication',
      fields: [
        { label: 'Provider', value: 'Authentik', choice: true },
        { label: 'Discovery URL', value: '{discovery_url}', help: help.discovery },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        { label: 'Admin group', value: 'admins', help: help.admins },
        { label: 'Automatic user linking', value: 'Off', choice: true, help: help.linking },
      ],
      notes: [notes.install, notes.proxy, notes.yaml, notes.fallback],
    },
  ],
  checks: {
    'provider-assigned': { why: 'Without the link authentik serves no discovery document for the Discovery URL.' },
    'redirect-uri': { title: 'The redirect URI is hass-oidc-auth’s callback', why: why.redirect },
    'grant-types': { why: 'hass-oidc-auth signs users in with the authorization code flow and PKCE.' },
    'signing-key': { why: why.signing, algorithms: ['RS256'] },
    'encryption-key': { why: 'hass-oidc-auth cannot read an encrypted ID token.' },
    discovery: { why: 'Home Assistant reads every endpoint from the Discovery URL and tests it during setup.' },
  },
  manualTest,
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
  expected: {
    sources: { followed: 'vendor for the signing algorithm: hass-oidc-auth rejects ID tokens not signed with RS256 by default' },
    inputs: { url: 'https://hass.company' },
    oidc: {
      redirectUris: ['https://hass.company/auth/oidc/callback'],
      scopes: ['openid', 'profile'],
      signing: 'RS256',
      claims: ['name', 'preferred_username'],
    },
    appSide: { Provider: 'Authentik', 'Discovery URL': 'https://authentik.company/application/o/home-assistant/.well-known/openid-configuration' },
  },
});
