/**
 * Xen Orchestra signs users in through its auth-oidc plugin (passport-openidconnect). The plugin reads
 * authentik's discovery document, calls back to /signin/oidc/callback, does not verify the ID token's
 * signature, and names the user after preferred_username (or the email address) from userinfo.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/hypervisors-orchestrators/xen-orchestra/',
    vendor: 'https://docs.xen-orchestra.com/xo5/users#openid-connect',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Xen Orchestra URL',
      help: help.url,
      example: 'https://xenorchestra.company',
      pages: ['signin', 'signout', 'v6', 'rest', 'api', 'oauth'],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/signin/oidc/callback'], signingKey: 'any', signingKeyOptional: true },
  screen: [
    {
      title: 'auth-oidc plugin',
      location: 'Settings › Plugins › auth-oidc (click + to expand)',
      fields: [
        { label: 'Auto-discovery URL', value: '{discovery_url}', help: help.discovery },
        { label: 'Client identifier (key)', value: '{client_id}' },
        { label: 'Client secret', value: '{client_secret}', secret: true },
        { label: 'Fill information (optional)', value: 'On', choice: true, help: help.fill },
        { label: 'Callback URL', value: '{redirect_uri}', help: help.callback },
        { label: 'Username field', value: 'username', help: help.username, optional: true },
        { label: 'Scopes', value: 'profile email', help: help.scopes },
      ],
      notes: [notes.enable, notes.acl],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Xen Orchestra’s /signin/oidc/callback', why: why.redirect },
    discovery: { why: 'The plugin reads every endpoint from the Auto-discovery URL.' },
  },
  manualTest,
  /**
   * Xen Orchestra: values copied from https://integrations.goauthentik.io/hypervisors-orchestrators/xen-orchestra/
   * (sections "Create an application and provider" and "Xen Orchestra configuration") and from the vendor:
   * https://docs.xen-orchestra.com/xo5/users#openid-connect with the plugin source
   * (github.com/vatesfr/xen-orchestra, packages/xo-server-auth-oidc/index.js: field titles "Auto-discovery
   * URL", "Client identifier (key)", "Client secret", "Callback URL" default '/signin/oidc/callback',
   * "Username field" default 'username', "Scopes" with openid added implicitly; .USAGE.md: register the
   * callback URL .../signin/oidc/callback), for the example inputs below.
   * Where they disagree: the plugin's .USAGE.md writes the callback as http://xo.company.net/signin/oidc/callback
   * and its default is relative (the scheme comes from the request, http behind a TLS-terminating proxy);
   * the guide registers https. The guide's https form is followed, since sign-in codes must not travel over
   * plain http; the definition therefore also writes the full URL into Callback URL.
   */
  expected: {
    sources: { followed: 'guide: the callback over https (the plugin usage note shows http and a relative default)' },
    inputs: { url: 'https://xenorchestra.company' },
    oidc: {
      redirectUris: ['https://xenorchestra.company/signin/oidc/callback'],
      scopes: ['openid', 'profile', 'email'],
      signing: 'any',
      claims: ['preferred_username'],
    },
    appSide: {
      'Auto-discovery URL': 'https://authentik.company/application/o/xen-orchestra/.well-known/openid-configuration',
      Scopes: 'profile email',
      'Username field': 'username',
    },
  },
});
