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
      preview: 'Redirect URI: {url}/signin/oidc/callback',
      pages: ['signin', 'signout', 'v6', 'rest', 'api', 'oauth'],
    },
  },
  launchUrl: '{url}',
  provider: { protocol: 'oidc', redirectUris: [{ url: '{url}/signin/oidc/callback' }], signingKey: 'any', signingKeyOptional: true },
  screen: [
    {
      title: 'auth-oidc plugin',
      location: 'Settings › Plugins › auth-oidc (click + to expand)',
      fields: [
        { label: 'Auto-discovery URL', value: '{discovery_url}', help: help.discovery },
        { label: 'Client identifier (key)', value: '{client_id}' },
        { label: 'Client secret', value: '{client_secret}', secret: true },
        { label: 'Fill information (optional)', value: 'On', help: help.fill },
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
});
