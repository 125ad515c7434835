/**
 * DigitalOcean teams sign users in through single sign-on with an OpenID provider (Settings › Single
 * sign-on (OIDC)). DigitalOcean discovers authentik's endpoints from the issuer, calls back to its
 * fixed https://cloud.digitalocean.com/sessions/sso/callback, and reads the team role from a
 * `team_role` claim, here built from the application's entitlements.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, TEAM_ROLE } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/cloud-providers/digitalocean/',
    vendor: 'https://docs.digitalocean.com/platform/teams/how-to/configure-sso/',
  },
  inputs: {},
  provider: {
    protocol: 'oidc',
    redirectUris: ['https://cloud.digitalocean.com/sessions/sso/callback'],
    signingKey: 'any',
    customScopes: [TEAM_ROLE],
  },
  screen: [
    {
      title: 'Enable single sign-on',
      location: 'Control panel › Switch Teams (the team) › Settings › Single sign-on (OIDC) › Enable',
      fields: [
        { label: 'OpenID provider URL', value: '{issuer}', help: help.provider },
        { label: 'OpenID client ID', value: '{client_id}' },
        { label: 'OpenID client secret', value: '{client_secret}', secret: true },
      ],
      notes: [notes.test],
    },
    {
      title: 'Secure settings',
      fields: [{ label: 'Require sign-in via SSO only', value: 'Off', choice: true, help: help.only }],
      notes: [notes.launch, notes.entitlements],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'The redirect URI is DigitalOcean’s SSO callback',
      why: 'DigitalOcean always sends https://cloud.digitalocean.com/sessions/sso/callback; authentik refuses any other string with “Redirect URI Error”.',
    },
    'custom-mappings': {
      title: 'The team_role claim is on the provider',
      why: 'DigitalOcean gives each user the team role named in the team_role claim.',
    },
    'public-authentik': {
      why: 'DigitalOcean’s servers fetch authentik’s discovery document and keys over the internet, with a publicly trusted certificate.',
    },
  },
  manualTest,
  /**
   * DigitalOcean: values copied from https://integrations.goauthentik.io/cloud-providers/digitalocean/
   * (sections "Create a scope mapping", "Create an application and provider" and "DigitalOcean
   * configuration") and from the vendor: https://docs.digitalocean.com/platform/teams/how-to/configure-sso/
   * ("Enable SSO on a DigitalOcean Team": sign-in redirect URI https://cloud.digitalocean.com/sessions/sso/callback;
   * OpenID provider URL, OpenID client ID, OpenID client secret; the role claim), for the example
   * inputs below (none: the callback is fixed). The guide and the vendor agree.
   */
  expected: {
    inputs: {},
    oidc: {
      redirectUris: ['https://cloud.digitalocean.com/sessions/sso/callback'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['email', 'name', 'team_role'],
    },
    appSide: { 'OpenID provider URL': 'https://authentik.company/application/o/digitalocean/', 'Require sign-in via SSO only': 'Off' },
  },
});
