/**
 * Infisical signs users in through its general OIDC SSO (Organization › SSO & Provisioning › SSO).
 * It reads authentik's discovery document and calls back to <SITE_URL>/api/v1/sso/oidc/callback.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/security/infisical/',
    vendor: 'https://infisical.com/docs/documentation/platform/sso/general-oidc/overview',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Infisical URL',
      help: help.url,
      example: 'https://infisical.company',
      pages: ['login', 'signup', 'organization', 'org', 'project', 'projects', 'secret-manager', 'api', 'personal-settings', 'admin'],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/api/v1/sso/oidc/callback'], signingKey: 'any' },
  screen: [
    {
      title: 'OIDC',
      location: 'SSO & Provisioning › SSO › Add Provider › OIDC',
      fields: [
        { label: 'Discovery Document URL', value: '{discovery_url}' },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
      ],
      notes: [notes.plan, notes.selfHosted, { tone: 'info', text: 'Click Configure OIDC to save.' }],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'The redirect URI is Infisical’s /api/v1/sso/oidc/callback',
      why: 'Infisical sends its SITE_URL followed by /api/v1/sso/oidc/callback; any other string gets “Redirect URI Error”.',
    },
    'email-claim': { why: 'Infisical matches the user and the verified domain by the email address authentik sends.' },
  },
  manualTest,
  /**
   * Infisical: values copied from https://integrations.goauthentik.io/security/infisical/ (sections
   * "Create an application and provider": self-hosted redirect URI
   * `https://infisical.company/api/v1/sso/oidc/callback`, Cloud `https://app.infisical.com/…` /
   * `https://eu.infisical.com/…`; "Infisical configuration": Discovery Document URL, Client ID, Client
   * Secret) and https://infisical.com/docs/documentation/platform/sso/general-oidc/overview (callback
   * `<SITE_URL>/api/v1/sso/oidc/callback`, discovery document URL), for the example inputs below. They agree.
   */
  expected: {
    inputs: { url: 'https://infisical.company' },
    launchUrl: 'https://infisical.company',
    oidc: {
      redirectUris: ['https://infisical.company/api/v1/sso/oidc/callback'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['email'],
    },
    appSide: { 'Discovery Document URL': 'https://authentik.company/application/o/infisical/.well-known/openid-configuration' },
  },
});
