/**
 * Firezone: values copied from https://integrations.goauthentik.io/networking/firezone/ (sections
 * "Create an application and provider": redirect URI `https://app.firezone.dev/auth/oidc/callback`;
 * "Firezone configuration": Name, Authentication Context, Discovery Document URI, Client ID, Client
 * Secret, Email Verification Proof, Redirect URI shown by Firezone) and
 * https://www.firezone.dev/kb/authenticate/oidc (universal OIDC connector: discovery document URI,
 * fixed redirect URI, users are not synced), for the example account `company`. They agree.
 * "Authentication Context" has no literal value in the guide, so it is not listed.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/networking/firezone/',
    vendor: 'https://www.firezone.dev/kb/authenticate/oidc',
  },
  inputs: { account: 'company' },
  launchUrl: 'https://app.firezone.dev/company',
  oidc: {
    redirectUris: [{ url: 'https://app.firezone.dev/auth/oidc/callback' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'any',
    claims: ['email'],
  },
  appSide: {
    Name: 'authentik',
    'Discovery Document URI': 'https://authentik.company/application/o/firezone/.well-known/openid-configuration',
    'Email Verification': 'Proof',
  },
});
