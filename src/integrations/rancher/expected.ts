/**
 * Rancher: values copied from https://integrations.goauthentik.io/hypervisors-orchestrators/rancher/
 * (sections "Create an application and provider" and "Rancher configuration") and Rancher's
 * https://ranchermanager.docs.rancher.com/how-to-guides/new-user-guides/authentication-permissions-and-global-configuration/authentication-config/configure-generic-oidc
 * (redirect / "Rancher URL" `https://<rancher-url>/verify-auth`, Issuer, Scopes `openid profile email`,
 * users keyed by `sub`, groups from `groups`), for the example inputs below. They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/hypervisors-orchestrators/rancher/',
    vendor:
      'https://ranchermanager.docs.rancher.com/how-to-guides/new-user-guides/authentication-permissions-and-global-configuration/authentication-config/configure-generic-oidc',
  },
  inputs: { url: 'https://rancher.company' },
  launchUrl: 'https://rancher.company',
  oidc: {
    redirectUris: [{ url: 'https://rancher.company/verify-auth' }],
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
});
