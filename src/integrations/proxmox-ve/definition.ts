/**
 * Proxmox VE signs users in through an “OpenID Connect Server” realm. The web UI sends its own
 * origin (location.origin) as the redirect URI, verifies the ID token and names each user
 * <username>@<realm>.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { command, help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/hypervisors-orchestrators/proxmox-ve/',
    vendor: 'https://pve.proxmox.com/pve-docs/chapter-pveum.html#pveum_authentication_openid',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Proxmox VE URL',
      help: help.url,
      example: 'https://proxmox.company:8006',
      preview: 'Redirect URI: {url}',
      httpReason: 'Use the https:// address of Proxmox VE: its web UI runs on https (port 8006).',
      // Proxmox redirects to its origin: any path is cut.
      pages: ['**'],
    },
    realm: {
      type: 'text',
      label: 'Realm',
      help: help.realm,
      example: 'authentik',
      pattern: '^(?!(?:pam|pve)$)[A-Za-z][A-Za-z0-9._-]{1,31}$',
      message: 'A realm starts with a letter, has only letters, digits, “.”, “-” and “_”, and is not pam or pve.',
    },
  },
  // The origin exactly: no path, no trailing slash.
  provider: { protocol: 'oidc', redirectUris: ['{url}'], signingKey: 'rsa' },
  screen: [
    {
      title: 'Add an OpenID Connect realm',
      location: 'Datacenter › Permissions › Realms › Add › OpenID Connect Server',
      fields: [
        { label: 'Issuer URL', value: '{issuer}', help: help.issuer },
        { label: 'Realm', value: '{realm}' },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Key', value: '{client_secret}', secret: true },
        { label: 'Default', value: 'On', choice: true, help: 'Pre-selects the realm on the login screen.' },
        { label: 'Autocreate Users', value: 'On', choice: true },
        { label: 'Username Claim', value: 'username', help: help.claim },
        { label: 'Scopes', value: 'email profile' },
      ],
      notes: [notes.roles, notes.nodes],
    },
    {
      title: 'Or on any node’s shell',
      location: 'pveum',
      format: 'file',
      snippet: command,
      fields: [
        { label: 'Realm', value: '{realm}' },
        { label: 'Issuer URL', value: '{issuer}' },
      ],
    },
  ],
  checks: {
    'provider-assigned': { why: 'Without the link authentik serves no issuer or discovery document under the application’s slug.' },
    'redirect-uri': { title: 'The redirect URI is the Proxmox origin', why: why.redirect },
    'signing-key': { why: why.signing },
    'encryption-key': {},
    discovery: { why: 'Proxmox reads every endpoint from the discovery document under the Issuer URL.' },
    'redirect-errors': { why: 'When a login hits “Redirect URI Error”, authentik records the origin Proxmox really sent.' },
    'username-changes': { why: 'With Username Claim “username”, a renamed authentik user becomes a new Proxmox user without its permissions.' },
  },
  manualTest,
  /**
   * Proxmox VE: values copied from https://integrations.goauthentik.io/hypervisors-orchestrators/proxmox-ve/
   * (sections "Create an application and provider", "Configure the realm in the web interface", "Configure
   * the realm with the CLI") and https://pve.proxmox.com/pve-docs/chapter-pveum.html#pveum_authentication_openid
   * with the source it links (pve-access-control src/PVE/Auth/OpenId.pm: scopes default "email profile";
   * pve-manager www/manager6/window/LoginWindow.js: redirect-url = location.origin; proxmox-openid
   * (openidconnect-rs): always adds "openid" and verifies the ID token with the library's default
   * verifier, which allows RS256 only), for the example inputs below.
   * Where they disagree: the guide says "Select any available signing key"; an EC (ES256) key is refused
   * by Proxmox's verifier ("Failed to verify ID token"). The vendor is followed (RS256).
   */
  expected: {
    sources: { followed: 'vendor for the signing algorithm: proxmox-openid uses openidconnect-rs’s default ID-token verifier, RS256 only' },
    inputs: { url: 'https://proxmox.company:8006', realm: 'authentik' },
    oidc: {
      redirectUris: ['https://proxmox.company:8006'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'RS256',
      claims: ['preferred_username'],
    },
    appSide: {
      'Add an OpenID Connect realm › Issuer URL': 'https://authentik.company/application/o/proxmox-ve/',
      'Add an OpenID Connect realm › Realm': 'authentik',
      'Username Claim': 'username',
      Scopes: 'email profile',
      'Or on any node’s shell › Realm': 'authentik',
      'Or on any node’s shell › Issuer URL': 'https://authentik.company/application/o/proxmox-ve/',
    },
  },
});
