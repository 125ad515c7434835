/**
 * OpenObserve Enterprise signs users in through Dex; Dex is authentik's OIDC client. Dex calls
 * back to <Dex issuer>/callback, verifies the ID token, skips email verification and passes groups
 * on; OpenObserve talks to Dex through its O2_DEX_* settings.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, snippet, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/monitoring/openobserve/',
    vendor: 'https://openobserve.ai/docs/user-guide/account-administration/identity-and-access-management/sso/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'OpenObserve URL',
      help: help.url,
      example: 'https://openobserve.company',
      preview: 'OpenObserve: {url}',
      pages: ['web', 'config', 'api', 'auth', 'proxy'],
    },
    dex: {
      type: 'url',
      label: 'Dex issuer URL',
      help: help.dex,
      example: 'https://dex.company/dex',
      pages: ['callback', 'auth', 'token', 'keys', 'userinfo', '.well-known', 'approval'],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{dex}/callback'], signingKey: 'any' },
  screen: [
    {
      title: 'dex-config.yml',
      location: 'Dex’s configuration file (then restart Dex)',
      format: 'file',
      snippet,
      fields: [
        { label: 'redirectURIs', value: '{url}/config/redirect' },
        { label: 'issuer', value: '{issuer}' },
        { label: 'clientID', value: '{client_id}' },
        { label: 'clientSecret', value: '{client_secret}', secret: true },
        { label: 'redirectURI', value: '{dex}/callback' },
        { label: 'insecureEnableGroups', value: 'true', help: help.groups },
        { label: 'insecureSkipEmailVerified', value: 'true', help: help.skip },
        { label: 'scopes', value: 'openid profile email' },
        { label: 'userNameKey', value: 'preferred_username' },
      ],
      notes: [notes.dex],
    },
    {
      title: 'OpenObserve environment',
      location: 'The OpenObserve Enterprise environment (then restart OpenObserve)',
      format: 'env',
      fields: [
        { label: 'O2_DEX_ENABLED', value: 'true' },
        { label: 'O2_DEX_CLIENT_ID', value: 'openobserve' },
        { label: 'O2_DEX_CLIENT_SECRET', value: '', help: help.shared },
        { label: 'O2_DEX_BASE_URL', value: '{dex}' },
        { label: 'O2_DEX_REDIRECT_URL', value: '{url}/config/redirect' },
        { label: 'O2_CALLBACK_URL', value: '{url}/web/cb' },
      ],
      notes: [notes.enterprise, notes.roles],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Dex’s /callback', why: why.redirect },
    'signing-key': { why: 'Dex verifies the ID token with the keys authentik publishes.' },
    'id-token-claims': { why: 'Dex reads the email, preferred_username and groups claims from the ID token.' },
  },
  manualTest,
  /**
   * OpenObserve: values copied from https://integrations.goauthentik.io/monitoring/openobserve/ (OpenID
   * Connect tab, the default: "Create an application and provider", "Configure Dex", "Configure
   * OpenObserve") and the vendor docs: OpenObserve's
   * https://openobserve.ai/docs/user-guide/account-administration/identity-and-access-management/sso/
   * (O2_DEX_ENABLED, O2_DEX_CLIENT_ID, O2_DEX_CLIENT_SECRET, O2_DEX_BASE_URL, O2_DEX_REDIRECT_URL,
   * O2_CALLBACK_URL) and Dex's https://dexidp.io/docs/connectors/oidc/ (connector redirectURI is Dex's
   * issuer + `/callback`, e.g. `http://127.0.0.1:5556/dex/callback`; insecureSkipEmailVerified,
   * insecureEnableGroups, userNameKey), for the example inputs below.
   * Where they disagree: OpenObserve's docs describe O2_DEX_CLIENT_SECRET as base64-encoded; the guide
   * says OpenObserve sends it verbatim and it must equal the Dex static client's secret. The guide is
   * followed (the wizard leaves the shared secret to the admin). The LDAP tab is not covered.
   */
  expected: {
    sources: {
      followed: 'The guide on O2_DEX_CLIENT_SECRET (the same string as the Dex static client secret, not base64-encoded as the vendor docs say).',
    },
    inputs: { url: 'https://openobserve.company', dex: 'https://dex.company/dex' },
    launchUrl: 'https://openobserve.company',
    oidc: {
      redirectUris: ['https://dex.company/dex/callback'],
      scopes: ['openid', 'profile', 'email'],
      signing: 'any',
      claims: ['email', 'preferred_username', 'groups'],
    },
    appSide: {
      redirectURIs: 'https://openobserve.company/config/redirect',
      issuer: 'https://authentik.company/application/o/openobserve/',
      redirectURI: 'https://dex.company/dex/callback',
      insecureEnableGroups: 'true',
      insecureSkipEmailVerified: 'true',
      userNameKey: 'preferred_username',
      O2_DEX_ENABLED: 'true',
      O2_DEX_CLIENT_ID: 'openobserve',
      O2_DEX_BASE_URL: 'https://dex.company/dex',
      O2_DEX_REDIRECT_URL: 'https://openobserve.company/config/redirect',
      O2_CALLBACK_URL: 'https://openobserve.company/web/cb',
    },
  },
});
