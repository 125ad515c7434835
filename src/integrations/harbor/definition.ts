/**
 * Harbor signs users in with OIDC as its Auth Mode (Administration › Configuration › Authentication).
 * It calls back to its external URL + /c/oidc/callback, verifies the ID token against the OIDC
 * Endpoint's keys, onboards users by the Username Claim, reads groups from the Group Claim Name and
 * asks for offline_access to keep a refresh token for CLI secrets.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/harbor/',
    vendor: 'https://goharbor.io/docs/2.14.0/administration/configure-authentication/oidc-auth/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Harbor URL',
      help: help.url,
      example: 'https://harbor.company',
      pages: ['harbor', 'account', 'c', 'api', 'devcenter-api-2.0', 'v2', 'service', 'chartrepo', 'license'],
    },
  },
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/c/oidc/callback'],
    signingKey: 'any',
    scopes: ['openid', 'email', 'profile', 'offline_access'],
  },
  screen: [
    {
      title: 'Authentication',
      location: 'Administration › Configuration › Authentication (Auth Mode: OIDC)',
      fields: [
        { label: 'Auth Mode', value: 'OIDC', choice: true },
        { label: 'OIDC Provider Name', value: 'authentik', help: 'Shown on the login button: “LOGIN WITH AUTHENTIK”.' },
        { label: 'OIDC Endpoint', value: '{issuer}', help: help.endpoint },
        { label: 'OIDC Client ID', value: '{client_id}' },
        { label: 'OIDC Client Secret', value: '{client_secret}', secret: true },
        { label: 'Group Claim Name', value: 'groups' },
        { label: 'OIDC Admin Group', value: '', help: help.admin },
        { label: 'OIDC Scope', value: 'openid,profile,email,offline_access', help: help.scope },
        { label: 'Automatic onboarding', value: 'On', choice: true },
        { label: 'Username Claim', value: 'preferred_username' },
      ],
      notes: [notes.test, notes.users, notes.externalUrl],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Harbor’s /c/oidc/callback', why: why.redirect },
    'signing-key': { why: 'Harbor verifies the ID token with the keys authentik publishes for the OIDC Endpoint.' },
    'id-token-claims': { why: 'Harbor reads the username and groups claims from the ID token.' },
    'username-changes': {
      why: 'With Username Claim preferred_username, Harbor onboards the user under the authentik username; a renamed user gets no new Harbor name.',
    },
  },
  manualTest,
  /**
   * Harbor: values copied from https://integrations.goauthentik.io/infrastructure/harbor/ (sections "Create an
   * application and provider" and "Harbor configuration") and Harbor's
   * https://goharbor.io/docs/2.14.0/administration/configure-authentication/oidc-auth/ ("Configure OIDC
   * Provider Settings in Harbor": redirect URI `https://<harbor_host>/c/oidc/callback`; OIDC Endpoint is the
   * provider's issuer; OIDC Scope comma-separated with openid, and offline_access for refresh tokens; Group
   * Claim Name; Automatic onboarding with Username Claim), for the example inputs below. They agree.
   */
  expected: {
    inputs: { url: 'https://harbor.company' },
    launchUrl: 'https://harbor.company',
    oidc: {
      redirectUris: ['https://harbor.company/c/oidc/callback'],
      scopes: ['openid', 'profile', 'email', 'offline_access'],
      signing: 'any',
      claims: ['preferred_username', 'groups', 'email'],
    },
    appSide: {
      'Auth Mode': 'OIDC',
      'OIDC Provider Name': 'authentik',
      'OIDC Endpoint': 'https://authentik.company/application/o/harbor/',
      'Group Claim Name': 'groups',
      'OIDC Scope': 'openid,profile,email,offline_access',
      'Username Claim': 'preferred_username',
    },
  },
});
