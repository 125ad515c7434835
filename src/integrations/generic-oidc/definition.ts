/**
 * Any app that speaks OpenID Connect and is not in the catalog: the admin gives its name and the
 * redirect URI it shows; the screen uses the standard OpenID Connect names, which almost every
 * app's settings page uses too.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, REDIRECT } from '../shared/generic-content';

export default defineIntegration({
  docs: {
    authentik: 'https://docs.goauthentik.io/add-secure-apps/providers/oauth2/',
    vendor: 'https://openid.net/specs/openid-connect-core-1_0.html',
  },
  inputs: {
    name: { type: 'text', label: 'App name', help: help.name, example: 'Wiki' },
    redirect: {
      type: 'text',
      label: 'Redirect URI',
      help: help.redirect,
      example: 'https://wiki.company/oauth/callback',
      pattern: REDIRECT,
      ignoreCase: true,
      message: help.redirectMessage,
    },
  },
  identity: { name: '{name}', slug: '{name}' },
  provider: { protocol: 'oidc', redirectUris: ['{redirect}'], signingKey: 'any' },
  screen: [
    {
      title: 'OpenID Connect settings',
      location: 'The app’s single sign-on, OAuth or OpenID Connect settings',
      fields: [
        { label: 'Issuer', value: '{issuer}', help: help.issuer },
        { label: 'Discovery URL (well-known configuration)', value: '{discovery_url}', help: help.discovery },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client secret', value: '{client_secret}', secret: true },
        { label: 'Redirect URI (callback)', value: '{redirect_uri}' },
        { label: 'Scopes', value: 'openid email profile' },
        { label: 'Authorization endpoint', value: '{authorize_url}' },
        { label: 'Token endpoint', value: '{token_url}' },
        { label: 'Userinfo endpoint', value: '{userinfo_url}' },
        { label: 'JWKS URL', value: '{jwks_url}' },
        { label: 'End session (logout) endpoint', value: '{end_session_url}' },
      ],
    },
  ],
  checks: {
    'application-access': { why: 'If authentik’s policies refuse you, the login ends on an authentik error page.' },
    'redirect-uri': { why: 'authentik compares the redirect URI the app sends with this one, character by character.' },
    'grant-types': { why: 'Apps sign users in with the authorization code flow.' },
    'signing-key': { why: 'Most apps verify the ID token with the keys authentik publishes.' },
    'encryption-key': { why: 'Few apps can read an encrypted ID token.' },
    'email-claim': { source: 'userinfo', why: 'Most apps match or create accounts by email address.' },
    discovery: { why: 'Apps that read the discovery document use the URLs it announces.' },
    'redirect-errors': { why: 'When a login hits “Redirect URI Error”, authentik records the redirect URI the app really sent.' },
  },
  manualTest,
  /**
   * Generic OpenID Connect app: what the admin typed must arrive byte for byte. Endpoint paths copied
   * from https://docs.goauthentik.io/add-secure-apps/providers/oauth2/ (section "OAuth2 endpoints and
   * bindings") and the redirect_uri rules of https://openid.net/specs/openid-connect-core-1_0.html
   * (section 3.1.2.1: the value must exactly match a pre-registered redirect URI; query component
   * allowed). The example input is unusual but valid: mixed-case host and path, a port, a trailing
   * slash and a query string, and an app name with a space (slug "team-wiki").
   */
  expected: {
    inputs: { name: 'Team Wiki', redirect: 'https://Wiki.Company:8443/OAuth2/Callback/?tenant=Acme&mode=sso' },
    oidc: { redirectUris: ['https://Wiki.Company:8443/OAuth2/Callback/?tenant=Acme&mode=sso'], scopes: ['openid'], signing: 'any' },
    appSide: {
      Issuer: 'https://authentik.company/application/o/team-wiki/',
      'Discovery URL (well-known configuration)': 'https://authentik.company/application/o/team-wiki/.well-known/openid-configuration',
      'Redirect URI (callback)': 'https://Wiki.Company:8443/OAuth2/Callback/?tenant=Acme&mode=sso',
      'Authorization endpoint': 'https://authentik.company/application/o/authorize/',
      'Token endpoint': 'https://authentik.company/application/o/token/',
      'Userinfo endpoint': 'https://authentik.company/application/o/userinfo/',
      'JWKS URL': 'https://authentik.company/application/o/team-wiki/jwks/',
      'End session (logout) endpoint': 'https://authentik.company/application/o/team-wiki/end-session/',
    },
  },
});
