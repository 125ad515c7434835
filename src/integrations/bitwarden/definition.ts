/**
 * Bitwarden (Enterprise) signs organisation members in with OpenID Connect under Admin Console ›
 * Settings › Single sign-on. Its SSO service calls back to <SSO address>/oidc-signin and returns after
 * logout to <SSO address>/oidc-signedout.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/security/bitwarden/', vendor: 'https://bitwarden.com/help/configure-sso-oidc/' },
  inputs: {
    sso: {
      type: 'url',
      label: 'Bitwarden SSO address',
      help: help.sso,
      example: 'https://bitwarden.company/sso',
      pages: ['oidc-signin', 'oidc-signedout', 'Account', 'account'],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{sso}/oidc-signin', { url: '{sso}/oidc-signedout', type: 'logout' }], signingKey: 'any' },
  screen: [
    {
      title: 'Single sign-on',
      location: 'Admin Console › Settings › Single sign-on',
      fields: [
        { label: 'Allow SSO authentication', value: 'On', choice: true },
        { label: 'SSO Identifier', value: '', help: help.identifier },
        { label: 'Type', value: 'OpenID Connect', choice: true },
        { label: 'Authority', value: '{issuer}', help: help.authority },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        { label: 'OIDC Redirect Behavior', value: 'Redirect GET', choice: true },
      ],
      notes: [notes.plan, notes.saml],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'The redirect URI is Bitwarden’s /oidc-signin',
      why: 'Bitwarden’s SSO service sends its address followed by /oidc-signin; another region or path gets “Redirect URI Error”.',
    },
    'email-claim': { why: 'Bitwarden matches the organisation member by the email address authentik sends.' },
  },
  manualTest,
  /**
   * Bitwarden: values copied from https://integrations.goauthentik.io/security/bitwarden/ (default tab
   * "Log in with OIDC": self-hosted redirect URIs `https://bitwarden.company/sso/oidc-signin`
   * (Authorization) and `https://bitwarden.company/sso/oidc-signedout` (Post Logout), Cloud
   * `https://sso.bitwarden.com/…` and `https://sso.bitwarden.eu/…`; "Bitwarden configuration": Type
   * OpenID Connect, Authority, Client ID, Client Secret, OIDC Redirect Behavior Redirect GET) and
   * https://bitwarden.com/help/configure-sso-oidc/ (Callback path `<SSO>/oidc-signin`, Signed out callback
   * path `<SSO>/oidc-signedout`, redirect behaviour), for the example inputs below. They agree. The
   * guide's SAML tab is not covered.
   */
  expected: {
    inputs: { sso: 'https://bitwarden.company/sso' },
    oidc: {
      redirectUris: ['https://bitwarden.company/sso/oidc-signin', { url: 'https://bitwarden.company/sso/oidc-signedout', type: 'logout' }],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['email'],
    },
    appSide: { Type: 'OpenID Connect', Authority: 'https://authentik.company/application/o/bitwarden/', 'OIDC Redirect Behavior': 'Redirect GET' },
  },
});
