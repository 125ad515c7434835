/**
 * Rancher signs users in with its Generic OIDC auth provider (☰ › Users & Authentication › Auth
 * Provider). It reads authentik's discovery document under the Issuer, calls back to <Rancher URL>/
 * verify-auth, identifies users by the `sub` claim and maps authentik groups from the `groups` claim.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/hypervisors-orchestrators/rancher/',
    vendor:
      'https://ranchermanager.docs.rancher.com/how-to-guides/new-user-guides/authentication-permissions-and-global-configuration/authentication-config/configure-generic-oidc',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Rancher URL',
      help: help.url,
      example: 'https://rancher.company',
      pages: [
        'dashboard',
        'c',
        'auth',
        'verify-auth',
        'login',
        'logout',
        'account',
        'prefs',
        'home',
        'explorer',
        'g',
        'v1',
        'v3',
        'k8s',
        'meta',
        'api-ui',
        'assets',
      ],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/verify-auth'], signingKey: 'any' },
  screen: [
    {
      title: 'Configure an OIDC account',
      location: '☰ › Users & Authentication › Auth Provider › Generic OIDC',
      fields: [
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        { label: 'Rancher URL', value: '{redirect_uri}', help: help.rancherUrl },
        { label: 'Issuer', value: '{issuer}', help: help.issuer },
        { label: 'Scopes', value: 'openid profile email' },
        { label: 'Rancher API Host', value: '{url}', optional: true, help: 'Only on Rancher releases that show this field.' },
      ],
      notes: [notes.enable, notes.subject],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Rancher’s /verify-auth', why: why.redirect },
    'signing-key': { why: 'Rancher verifies the ID token with the keys authentik publishes for the Issuer.' },
    'id-token-claims': { why: 'Rancher reads sub, name, email and groups from the ID token and userinfo.' },
  },
  manualTest,
  /**
   * Rancher: values copied from https://integrations.goauthentik.io/hypervisors-orchestrators/rancher/
   * (sections "Create an application and provider" and "Rancher configuration") and Rancher's
   * https://ranchermanager.docs.rancher.com/how-to-guides/new-user-guides/authentication-permissions-and-global-configuration/authentication-config/configure-generic-oidc
   * (redirect / "Rancher URL" `https://<rancher-url>/verify-auth`, Issuer, Scopes `openid profile email`,
   * users keyed by `sub`, groups from `groups`), for the example inputs below. They agree.
   */
  expected: {
    inputs: { url: 'https://rancher.company' },
    launchUrl: 'https://rancher.company',
    oidc: {
      redirectUris: ['https://rancher.company/verify-auth'],
      scopes: ['openid', 'profile', 'email'],
      signing: 'any',
      claims: ['sub', 'name', 'email', 'groups'],
    },
    appSide: {
      'Rancher URL': 'https://rancher.company/verify-auth',
      Issuer: 'https://authentik.company/application/o/rancher/',
      Scopes: 'openid profile email',
      'Rancher API Host': 'https://rancher.company',
    },
  },
});
