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
      pages: ['auth', 'red', 'flows', 'flow', 'nodes', 'settings', 'locales', 'icons', 'vendor', 'theme', 'debug', 'ui', 'dashboard'],
    },
  },
  // passport-openidconnect does not verify the ID token's signature: any key, or none, works.
  provider: { protocol: 'oidc', redirectUris: ['{url}/auth/strategy/callback'], signingKey: 'any', signingKeyOptional: true },
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
  /**
   * Node-RED: values copied from https://integrations.goauthentik.io/development/node-red/ (sections
   * "Create an application and provider" and "Node-RED configuration › Configure editor authentication")
   * and from the vendor: https://nodered.org/docs/user-guide/runtime/securing-node-red ("OAuth/OpenID
   * based authentication": adminAuth type "strategy", callbackURL ending in /auth/strategy/callback) with
   * the source (github.com/node-red/node-red, editor-api/lib/auth/index.js: the callback route is
   * '/auth/strategy/callback' below httpAdminRoot; users.js: the users function gets profile.username)
   * and passport-openidconnect (lib/strategy.js: scope is prefixed with "openid", iss must equal the
   * configured issuer, no signature check; lib/profile.js: username = preferred_username), for the example
   * inputs below. The guide and the vendor agree.
   */
  expected: {
    inputs: { url: 'https://nodered.company' },
    oidc: {
      redirectUris: ['https://nodered.company/auth/strategy/callback'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['preferred_username'],
    },
    appSide: {
      issuer: 'https://authentik.company/application/o/node-red/',
      authorizationURL: 'https://authentik.company/application/o/authorize/',
      tokenURL: 'https://authentik.company/application/o/token/',
      userInfoURL: 'https://authentik.company/application/o/userinfo/',
      callbackURL: 'https://nodered.company/auth/strategy/callback',
    },
  },
});
