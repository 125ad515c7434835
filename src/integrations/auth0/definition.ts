/**
 * Auth0 (the guide's default tab, OpenID Connect) delegates sign-in to authentik through an OpenID
 * Connect enterprise connection. Auth0 reads authentik's endpoints from the discovery document, calls
 * back to https://<tenant domain>/login/callback, exchanges the code over the back channel with the
 * client secret and verifies RS256 ID tokens.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/platforms/auth0/',
    vendor: 'https://auth0.com/docs/authenticate/identity-providers/enterprise-identity-providers/oidc',
  },
  inputs: { domain: { type: 'host', label: 'Auth0 tenant domain', help: help.domain, example: 'company.auth0.com' } },
  launchUrl: 'https://{domain}',
  provider: { protocol: 'oidc', redirectUris: ['https://{domain}/login/callback'], signingKey: 'rsa', clientType: 'confidential' },
  screen: [
    {
      title: 'New OpenID Connect connection',
      location: 'Auth0 Dashboard › Authentication › Enterprise › Open ID Connect › Create',
      fields: [
        { label: 'Purpose', value: 'Authentication', choice: true },
        { label: 'Connection name', value: 'authentik', help: help.name },
        { label: 'OpenID Connect Discovery URL', value: '{discovery_url}', help: help.discovery },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Communication Channel', value: 'Back Channel', choice: true, help: help.channel },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
      ],
      notes: [notes.apps, notes.saml],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'The redirect URI is your tenant’s /login/callback',
      why: 'Auth0 always calls back to https://<tenant domain>/login/callback; authentik refuses any other string with “Redirect URI Error”.',
    },
    'signing-key': { algorithms: ['RS256'], why: 'Auth0 verifies the ID token’s RS256 signature with the keys it discovers.' },
    discovery: { why: 'Auth0 reads every endpoint and the signing keys from the OpenID Connect Discovery URL.' },
  },
  manualTest,
  /**
   * Auth0 (OIDC tab, the guide's default): values copied from https://integrations.goauthentik.io/platforms/auth0/
   * ("Create an application and provider" — Strict Authorization redirect URI https://company.auth0.com/login/callback,
   * an RSA Signing Key — and "Auth0 configuration": Purpose Authentication, Connection name authentik, OpenID Connect
   * Discovery URL …/application/o/<application_slug>/.well-known/openid-configuration, Communication Channel Back
   * Channel) and Auth0's https://auth0.com/docs/authenticate/identity-providers/enterprise-identity-providers/oidc
   * (the IdP's callback is https://{yourDomain}/login/callback; back channel uses the client secret), for the
   * guide's tenant company.auth0.com. The guide also sets a front-channel Logout URI https://company.auth0.com/logout,
   * which the wizard does not create (sign-in works without it). The guide and the vendor agree.
   */
  expected: {
    inputs: { domain: 'company.auth0.com' },
    launchUrl: 'https://company.auth0.com',
    oidc: {
      redirectUris: ['https://company.auth0.com/login/callback'],
      scopes: ['openid', 'profile', 'email'],
      clientType: 'confidential',
      signing: 'RS256',
      claims: ['email', 'name'],
    },
    appSide: {
      Purpose: 'Authentication',
      'Connection name': 'authentik',
      'OpenID Connect Discovery URL': 'https://authentik.company/application/o/auth0/.well-known/openid-configuration',
      'Communication Channel': 'Back Channel',
    },
  },
});
