/**
 * Technitium DNS: values copied from https://integrations.goauthentik.io/networking/technitium/
 * (sections "Create a scope mapping in authentik": scope `profile` returning `roles` from application
 * entitlements; "Create an application and provider": redirect URI
 * `https://technitium.company/sso/callback`, scopes openid email profile; "Technitium configuration":
 * Authority (Issuer), Client ID, Client Secret, Allow New User Sign Up, Allow Sign Up Only For Mapped
 * Users, Group Map) and Technitium's v15 release announcement
 * https://blog.technitium.com/2026/04/technitium-dns-server-v15-released.html (SSO with OpenID Connect,
 * remote groups from the roles claim mapped to local groups), for the example inputs below. They
 * agree; the vendor's API docs (APIDOCS.md) were not read for the callback path, which comes from the guide.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/networking/technitium/',
    vendor: 'https://blog.technitium.com/2026/04/technitium-dns-server-v15-released.html',
  },
  inputs: { url: 'https://technitium.company' },
  launchUrl: 'https://technitium.company',
  oidc: {
    redirectUris: [{ url: 'https://technitium.company/sso/callback' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'any',
    claims: ['roles', 'email', 'preferred_username'],
  },
  appSide: {
    'Authority (Issuer)': 'https://authentik.company/application/o/technitium/',
    'Group Map › Remote Group': 'Technitium Admins',
    'Group Map › Local Group': 'Administrators',
  },
});
