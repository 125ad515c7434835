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
      preview: 'Redirect URI: {url}/auth/oidc/callback',
      pages: ['lovelace', 'config', 'auth', 'dashboard-*', 'history', 'logbook', 'map', 'energy', 'profile', 'developer-tools', 'hacs'],
    },
  },
  launchUrl: '{url}',
  provider: {
    protocol: 'oidc',
    redirectUris: [{ url: '{url}/auth/oidc/callback' }],
    // The guide allows any key; hass-oidc-auth defaults to id_token_signing_alg RS256 (vendor).
    signingKey: 'rsa',
  },
  screen: [
    {
      title: 'Add the integration',
      location: 'Settings › Devices & Services › Add Integration › OpenID Connect/SSO Authentication',
      fields: [
        { label: 'Provider', value: 'Authentik' },
        { label: 'Discovery URL', value: '{discovery_url}', help: help.discovery },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        { label: 'Admin group', value: 'admins', help: help.admins },
        { label: 'Automatic user linking', value: 'Off', help: help.linking },
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
});
