/**
 * Wiki.js: values copied from https://integrations.goauthentik.io/documentation/wiki-js/ (sections "Get the
 * callback URL", "Create an application and provider" and "Wiki.js configuration") and from the vendor:
 * https://docs.requarks.io/auth with Wiki.js's source (github.com/requarks/wiki, server/core/auth.js:
 * callbackURL = `${WIKI.config.host}/login/${stg.key}/callback`; server/modules/authentication/oidc/
 * definition.yml: scopes openid profile email and the field titles Client ID, Client Secret,
 * Authorization Endpoint URL, Token Endpoint URL, User Info Endpoint URL, Issuer, Email Claim (default
 * email), Logout URL; authentication.js: passport-openidconnect with the issuer, email from userinfo),
 * for the example inputs below. The strategy key is a literal example of the UUID Wiki.js generates
 * (the guide has the admin copy the whole Callback URL; neither page prints a key).
 * They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/documentation/wiki-js/',
    vendor: 'https://docs.requarks.io/auth',
  },
  inputs: { url: 'https://wiki.company', strategy: '3c7b9a2e-5d14-4f0b-9e61-8a2d4c6f1b70' },
  launchUrl: 'https://wiki.company',
  oidc: {
    redirectUris: [{ url: 'https://wiki.company/login/3c7b9a2e-5d14-4f0b-9e61-8a2d4c6f1b70/callback' }],
    scopes: ['openid', 'profile', 'email'],
    signing: 'any',
    claims: ['email', 'name'],
  },
  appSide: {
    'Authorization Endpoint URL': 'https://authentik.company/application/o/authorize/',
    'Token Endpoint URL': 'https://authentik.company/application/o/token/',
    'User Info Endpoint URL': 'https://authentik.company/application/o/userinfo/',
    Issuer: 'https://authentik.company/application/o/wiki-js/',
    'Logout URL': 'https://authentik.company/application/o/wiki-js/end-session/',
    'Email Claim': 'email',
  },
});
