/**
 * Bitwarden (Enterprise) signs organisation members in with OpenID Connect under Admin Console ›
 * Settings › Single sign-on. Its SSO service calls back to <SSO address>/oidc-signin and returns after
 * logout to <SSO address>/oidc-signedout.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/security/bitwarden/',
    vendor: 'https://bitwarden.com/help/configure-sso-oidc/',
  },
  inputs: {
    sso: {
      type: 'url',
      label: 'Bitwarden SSO address',
      help: help.sso,
      example: 'https://bitwarden.company/sso',
      preview: 'Redirect URI: {sso}/oidc-signin',
      pages: ['oidc-signin', 'oidc-signedout', 'Account', 'account'],
    },
  },
  provider: {
    protocol: 'oidc',
    redirectUris: [{ url: '{sso}/oidc-signin' }, { url: '{sso}/oidc-signedout', type: 'logout' }],
    signingKey: 'any',
  },
  screen: [
    {
      title: 'Single sign-on',
      location: 'Admin Console › Settings › Single sign-on',
      fields: [
        { label: 'Allow SSO authentication', value: 'On' },
        { label: 'SSO Identifier', value: '', help: help.identifier },
        { label: 'Type', value: 'OpenID Connect' },
        { label: 'Authority', value: '{issuer}', help: help.authority },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        { label: 'OIDC Redirect Behavior', value: 'Redirect GET' },
      ],
      notes: [notes.plan, notes.saml],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Bitwarden’s /oidc-signin', why: 'Bitwarden’s SSO service sends its address followed by /oidc-signin; another region or path gets “Redirect URI Error”.' },
    'email-claim': { why: 'Bitwarden matches the organisation member by the email address authentik sends.' },
  },
  manualTest,
});
