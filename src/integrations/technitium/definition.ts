/**
 * Technitium DNS Server (15.0+) signs console users in with OpenID Connect, set under
 * Administration › Single Sign-On (SSO). It calls back to <url>/sso/callback and maps the values of
 * the `roles` claim to local groups through its Group Map; authentik fills `roles` from the
 * application's entitlements.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, ROLES } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/networking/technitium/',
    vendor: 'https://blog.technitium.com/2026/04/technitium-dns-server-v15-released.html',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Technitium URL',
      help: help.url,
      example: 'https://technitium.company',
      pages: ['sso', 'api', 'index.html', 'js', 'css', 'img'],
    },
  },
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/sso/callback'],
    signingKey: 'any',
    customScopes: [{ name: 'Technitium DNS roles', scope: 'profile', expression: ROLES, description: 'Application entitlements as roles' }],
  },
  screen: [
    {
      title: 'Single Sign-On (SSO)',
      location: 'Administration › Single Sign-On (SSO)',
      fields: [
        { label: 'Enable Single Sign-On (SSO)', value: 'On', choice: true },
        { label: 'Authority (Issuer)', value: '{issuer}', help: help.authority },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        { label: 'Scopes', value: 'openid profile email', help: 'Keep the three defaults; they match the provider.' },
        { label: 'Allow New User Sign Up', value: 'On', choice: true, help: help.signUp },
        { label: 'Allow Sign Up Only For Mapped Users', value: 'On', choice: true, help: help.mapped },
        { label: 'Group Map › Remote Group', value: 'Technitium Admins', help: help.group },
        { label: 'Group Map › Local Group', value: 'Administrators' },
      ],
      notes: [notes.version, notes.entitlements, notes.fallback],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'The redirect URI is Technitium’s /sso/callback',
      why: 'Technitium sends its console address followed by /sso/callback; another host, port or scheme gets “Redirect URI Error”.',
    },
    'custom-mappings': { why: 'Technitium maps the roles claim to local groups; authentik only sends it with the entitlements mapping.' },
  },
  manualTest,
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
  expected: {
    inputs: { url: 'https://technitium.company' },
    launchUrl: 'https://technitium.company',
    oidc: {
      redirectUris: ['https://technitium.company/sso/callback'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['roles', 'email', 'preferred_username'],
    },
    appSide: {
      'Authority (Issuer)': 'https://authentik.company/application/o/technitium/',
      'Group Map › Remote Group': 'Technitium Admins',
      'Group Map › Local Group': 'Administrators',
    },
  },
});
