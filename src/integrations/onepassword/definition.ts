/**
 * 1Password's Unlock with SSO (identity provider “Other”) is a public OpenID Connect client with
 * PKCE: no client secret. The web client returns to https://<sign-in address>/sso/oidc/redirect/ and
 * the apps to onepassword://sso/oidc/redirect.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/security/1password/', vendor: 'https://support.1password.com/sso-configure-generic/' },
  inputs: { account: { type: 'host', label: '1Password sign-in address', help: help.account, example: 'company.1password.com' } },
  launchUrl: 'https://{account}',
  provider: {
    protocol: 'oidc',
    clientType: 'public',
    redirectUris: ['https://{account}/sso/oidc/redirect/', 'onepassword://sso/oidc/redirect'],
    signingKey: 'any',
  },
  screen: [
    {
      title: 'Single sign-on › Other',
      location: '1Password dashboard › Policies › Single sign-on › Manage policies › Other',
      fields: [
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Well-known URL', value: '{discovery_url}' },
      ],
      notes: [notes.next, notes.policy],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'Both 1Password redirect URIs are registered',
      why: 'The web client sends https://<sign-in address>/sso/oidc/redirect/ (with its trailing slash) and the apps onepassword://sso/oidc/redirect; a missing one gets “Redirect URI Error”.',
    },
    'signing-key': { why: '1Password verifies the ID token with the keys published at the Well-known URL.' },
  },
  manualTest,
  /**
   * 1Password: values copied from https://integrations.goauthentik.io/security/1password/ (sections
   * "Create an application and provider in authentik": Client Type Public, redirect URIs
   * `https://your-domain.1password.com/sso/oidc/redirect/` and `onepassword://sso/oidc/redirect`;
   * "1Password configuration": Client ID, Well-known URL) and
   * https://support.1password.com/sso-configure-generic/ (identity provider "Other", public client with
   * PKCE, the same two redirect URIs), for the example sign-in address company.1password.com. They agree.
   */
  expected: {
    inputs: { account: 'company.1password.com' },
    launchUrl: 'https://company.1password.com',
    oidc: {
      redirectUris: ['https://company.1password.com/sso/oidc/redirect/', 'onepassword://sso/oidc/redirect'],
      scopes: ['openid', 'email', 'profile'],
      clientType: 'public',
      signing: 'any',
      claims: ['email'],
    },
    appSide: { 'Well-known URL': 'https://authentik.company/application/o/onepassword/.well-known/openid-configuration' },
  },
});
