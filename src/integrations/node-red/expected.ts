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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/development/node-red/',
    vendor: 'https://nodered.org/docs/user-guide/runtime/securing-node-red#oauthopenid-based-authentication',
  },
  inputs: { url: 'https://nodered.company' },
  oidc: {
    redirectUris: [{ url: 'https://nodered.company/auth/strategy/callback' }],
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
});
