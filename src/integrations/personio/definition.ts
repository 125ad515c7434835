/**
 * Personio signs employees in through an Open ID Connect login method. Personio shows its callback
 * URL before anything is asked of the IdP, so the admin pastes it here; it also calls back to
 * https://login.personio.com/login/callback. Personio takes each endpoint separately, asks for the
 * openid and email scopes, and matches employees by the email claim.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/platforms/personio/',
    vendor: 'https://support.personio.de/hc/en-us/articles/360000019129-Set-up-your-company-s-authentication-method',
  },
  inputs: {
    callback: {
      type: 'text',
      label: 'Callback URL',
      help: help.callback,
      example: 'https://company.personio.de/…',
      pattern: '^https:\\/\\/[^\\s/?#]+[^\\s]*$',
      message: help.callbackRule,
    },
  },
  provider: {
    protocol: 'oidc',
    redirectUris: ['{callback}', 'https://login.personio.com/login/callback'],
    scopes: ['openid', 'email'],
    signingKey: 'any',
  },
  screen: [
    {
      title: 'Open ID Connect (OIDC) configuration',
      location: 'Settings › Security & integrations › Security & authentication › Open ID Connect (OIDC) › Configure',
      fields: [
        { label: 'Button Display Text', value: 'Continue with authentik' },
        { label: 'Issuer', value: '{issuer}' },
        { label: 'Authorization URI', value: '{authorize_url}' },
        { label: 'Token URI', value: '{token_url}' },
        { label: 'Userinfo URI', value: '{userinfo_url}' },
        { label: 'JSON Web Key Set URI', value: '{jwks_url}' },
        { label: 'Scopes', value: 'openid,email' },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        { label: 'Secret expiry date', value: '', help: help.expiry },
        { label: 'Claim Field', value: 'email', help: help.claim },
      ],
      notes: [notes.employees, notes.enable],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'The redirect URIs are Personio’s callback URLs',
      why: 'Personio calls back to the Callback URL it shows or to https://login.personio.com/login/callback; authentik refuses any other string with “Redirect URI Error”.',
    },
    'email-claim': { source: 'id_token', why: 'Personio matches employees by the email claim (Claim Field: email).' },
    discovery: { why: 'Personio takes each endpoint separately: they must be the ones authentik announces.' },
  },
  manualTest,
  /**
   * Personio: values copied from https://integrations.goauthentik.io/platforms/personio/ ("authentik configuration" —
   * Client type Confidential, two Strict Authorization redirect URIs: Personio's Callback URLs/Redirect URIs value and
   * https://login.personio.com/login/callback, any signing key — and "Personio configuration": Button Display Text
   * Continue with authentik, Issuer …/application/o/<application_slug>/, Authorization URI …/application/o/authorize/,
   * Token URI …/application/o/token/, Userinfo URI …/application/o/userinfo/, JSON Web Key Set URI
   * …/application/o/<application_slug>/jwks/, Scopes openid,email, Claim Field email) and Personio's
   * https://support.personio.de/hc/en-us/articles/360000019129 with its Entra ID article 4411236757521 (copy the Callback
   * URI under Provider settings; employees need a Personio profile). The callback input is illustrative (Personio shows
   * it per company). The guide and the vendor agree.
   */
  expected: {
    sources: { vendor: 'https://support.personio.de/hc/en-us/articles/4411236757521-Set-up-single-sign-on-SSO-in-Personio-with-Microsoft-Entra-ID' },
    inputs: { callback: 'https://company.personio.de/oauth/callback' },
    oidc: {
      redirectUris: ['https://company.personio.de/oauth/callback', 'https://login.personio.com/login/callback'],
      scopes: ['openid', 'email'],
      clientType: 'confidential',
      signing: 'any',
      claims: ['email'],
    },
    appSide: {
      'Button Display Text': 'Continue with authentik',
      Issuer: 'https://authentik.company/application/o/personio/',
      'Authorization URI': 'https://authentik.company/application/o/authorize/',
      'Token URI': 'https://authentik.company/application/o/token/',
      'Userinfo URI': 'https://authentik.company/application/o/userinfo/',
      'JSON Web Key Set URI': 'https://authentik.company/application/o/personio/jwks/',
      Scopes: 'openid,email',
      'Claim Field': 'email',
    },
  },
});
