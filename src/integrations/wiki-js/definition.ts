/**
 * Wiki.js 2 signs users in through a "Generic OpenID Connect / OAuth2" authentication strategy. Each
 * strategy gets a generated key when it is added, and its callback is <Site URL>/login/<key>/callback,
 * so the admin adds the strategy first and copies its key (the Callback URL Wiki.js shows) into the
 * wizard. Wiki.js checks the ID token's issuer and reads the user from authentik's userinfo endpoint.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/documentation/wiki-js/', vendor: 'https://docs.requarks.io/auth' },
  inputs: {
    url: {
      type: 'url',
      label: 'Wiki.js Site URL',
      help: help.url,
      example: 'https://wiki.company',
      preview: 'Wiki.js: {url}',
      pages: ['login', 'logout', 'a', 'e', 'h', 's', 'i', 't', 'p', 'register', 'profile', 'graphql', 'healthz', '_assets', '_userav'],
    },
    strategy: {
      type: 'slug',
      label: 'Strategy key',
      help: help.key,
      example: '3c7b9a2e-5d14-4f0b-9e61-8a2d4c6f1b70',
      preview: 'Callback: …/login/{strategy}/callback',
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/login/{strategy}/callback'], signingKey: 'any' },
  screen: [
    {
      title: 'Generic OpenID Connect / OAuth2',
      location: 'Administration › Authentication › the Generic OpenID Connect / OAuth2 strategy you added',
      fields: [
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        { label: 'Authorization Endpoint URL', value: '{authorize_url}' },
        { label: 'Token Endpoint URL', value: '{token_url}' },
        { label: 'User Info Endpoint URL', value: '{userinfo_url}' },
        { label: 'Issuer', value: '{issuer}', help: help.issuer },
        { label: 'Email Claim', value: 'email', help: 'Wiki.js’s default; keep it.' },
        { label: 'Logout URL', value: '{end_session_url}' },
      ],
      notes: [notes.callback, notes.certs],
    },
    {
      title: 'Registration',
      location: 'Same strategy, Registration',
      fields: [
        { label: 'Allow self-registration', value: 'On', choice: true, help: help.register },
        { label: 'Assign to group', value: '', help: help.group, optional: true },
      ],
      notes: [notes.groups],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is the Callback URL of this Wiki.js strategy', why: why.redirect },
    'email-claim': { source: 'userinfo', why: 'Wiki.js creates and matches users by the email address from the User Info endpoint.' },
    'redirect-errors': {
      why: 'When a login hits “Redirect URI Error”, authentik records the callback Wiki.js really sent, e.g. with another strategy key or Site URL.',
    },
  },
  manualTest,
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
  expected: {
    inputs: { url: 'https://wiki.company', strategy: '3c7b9a2e-5d14-4f0b-9e61-8a2d4c6f1b70' },
    launchUrl: 'https://wiki.company',
    oidc: {
      redirectUris: ['https://wiki.company/login/3c7b9a2e-5d14-4f0b-9e61-8a2d4c6f1b70/callback'],
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
  },
});
