/**
 * Node-RED protects its editor with a Passport strategy (adminAuth type "strategy") in settings.js,
 * here passport-openidconnect. It calls back to httpAdminRoot + /auth/strategy/callback, checks the
 * ID token's issuer against the configured one (without verifying its signature) and takes the
 * username from the userinfo endpoint (preferred_username).
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, snippet, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/development/node-red/',
    vendor: 'https://nodered.org/docs/user-guide/runtime/securing-node-red#oauthopenid-based-authentication',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Node-RED editor URL',
      help: help.url,
      example: 'https://nodered.company',
      preview: 'Redirect URI: {url}/auth/strategy/callback',
      pages: ['auth', 'red', 'flows', 'flow', 'nodes', 'settings', 'locales', 'icons', 'vendor', 'theme', 'debug', 'ui', 'dashboard'],
    },
  },
  launchUrl: '{url}',
  // passport-openidconnect does not verify the ID token's signature: any key, or none, works.
  provider: { protocol: 'oidc', redirectUris: [{ url: '{url}/auth/strategy/callback' }], signingKey: 'any', signingKeyOptional: true },
  screen: [
    {
      title: 'Install the Passport strategy',
      location: 'A shell in the Node-RED user directory',
      format: 'file',
      snippet: 'npm install passport-openidconnect',
      fields: [{ label: 'Package', value: 'passport-openidconnect' }],
      notes: [notes.install],
    },
    {
      title: 'settings.js',
      location: 'settings.js in the Node-RED user directory (inside module.exports), then restart Node-RED',
      format: 'file',
      snippet,
      fields: [
        { label: 'issuer', value: '{issuer}', help: help.issuer },
        { label: 'authorizationURL', value: '{authorize_url}' },
        { label: 'tokenURL', value: '{token_url}' },
        { label: 'userInfoURL', value: '{userinfo_url}' },
        { label: 'clientID', value: '{client_id}' },
        { label: 'clientSecret', value: '{client_secret}', secret: true },
        { label: 'callbackURL', value: '{redirect_uri}', help: help.callback },
        { label: 'scope', value: '["email", "profile", "openid"]' },
        { label: 'users', value: 'function (user) { return Promise.resolve({ username: user, permissions: "*" }); }', help: help.users },
      ],
      notes: [notes.restart, notes.access],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Node-RED’s /auth/strategy/callback', why: why.redirect },
    discovery: { why: why.discovery },
  },
  manualTest,
});
