/**
 * Firezone (SaaS) signs users in through a universal OIDC provider under Settings › Authentication.
 * It reads authentik's discovery document and calls back to the fixed
 * https://app.firezone.dev/auth/oidc/callback; users must already exist in Firezone.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/networking/firezone/', vendor: 'https://www.firezone.dev/kb/authenticate/oidc' },
  inputs: {
    account: {
      type: 'slug',
      label: 'Account slug',
      help: help.account,
      example: 'company',
      preview: 'Admin portal: https://app.firezone.dev/{account}',
    },
  },
  launchUrl: 'https://app.firezone.dev/{account}',
  provider: { protocol: 'oidc', redirectUris: ['https://app.firezone.dev/auth/oidc/callback'], signingKey: 'any' },
  screen: [
    {
      title: 'Add Provider › OIDC',
      location: 'Admin portal › Settings › Authentication › Add Provider › OIDC',
      fields: [
        { label: 'Name', value: 'authentik', help: 'Shown to users on the sign-in page.' },
        {
          label: 'Authentication Context',
          value: 'Admin portal and client apps',
          choice: true,
          help: 'Choose where users may sign in with authentik.',
        },
        { label: 'Discovery Document URI', value: '{discovery_url}' },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        { label: 'Email Verification', value: 'Proof', choice: true },
      ],
      notes: [notes.verify, notes.users],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'The redirect URI is Firezone’s fixed OIDC callback',
      why: 'Firezone always sends https://app.firezone.dev/auth/oidc/callback; authentik must list exactly that.',
    },
    'email-claim': { source: 'id_token', why: 'Firezone finds the existing Firezone user by the email address authentik sends.' },
  },
  manualTest,
  /**
   * Firezone: values copied from https://integrations.goauthentik.io/networking/firezone/ (sections
   * "Create an application and provider": redirect URI `https://app.firezone.dev/auth/oidc/callback`;
   * "Firezone configuration": Name, Authentication Context, Discovery Document URI, Client ID, Client
   * Secret, Email Verification Proof, Redirect URI shown by Firezone) and
   * https://www.firezone.dev/kb/authenticate/oidc (universal OIDC connector: discovery document URI,
   * fixed redirect URI, users are not synced), for the example account `company`. They agree.
   * "Authentication Context" has no literal value in the guide, so it is not listed.
   */
  expected: {
    inputs: { account: 'company' },
    launchUrl: 'https://app.firezone.dev/company',
    oidc: {
      redirectUris: ['https://app.firezone.dev/auth/oidc/callback'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['email'],
    },
    appSide: {
      Name: 'authentik',
      'Discovery Document URI': 'https://authentik.company/application/o/firezone/.well-known/openid-configuration',
      'Email Verification': 'Proof',
    },
  },
});
