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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/hypervisors-orchestrators/proxmox-ve/',
    vendor: 'https://pve.proxmox.com/pve-docs/chapter-pveum.html#pveum_authentication_openid',
    followed: 'vendor for the signing algorithm: proxmox-openid uses openidconnect-rs’s default ID-token verifier, RS256 only',
  },
  inputs: { url: 'https://proxmox.company:8006', realm: 'authentik' },
  oidc: {
    redirectUris: [{ url: 'https://proxmox.company:8006' }],
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
});
