/**
 * Xen Orchestra: values copied from https://integrations.goauthentik.io/hypervisors-orchestrators/xen-orchestra/
 * (sections "Create an application and provider" and "Xen Orchestra configuration") and from the vendor:
 * https://docs.xen-orchestra.com/xo5/users#openid-connect with the plugin source
 * (github.com/vatesfr/xen-orchestra, packages/xo-server-auth-oidc/index.js: field titles "Auto-discovery
 * URL", "Client identifier (key)", "Client secret", "Callback URL" default '/signin/oidc/callback',
 * "Username field" default 'username', "Scopes" with openid added implicitly; .USAGE.md: register the
 * callback URL .../signin/oidc/callback), for the example inputs below.
 * Where they disagree: the plugin's .USAGE.md writes the callback as http://xo.company.net/signin/oidc/callback
 * and its default is relative (the scheme comes from the request, http behind a TLS-terminating proxy);
 * the guide registers https. The guide's https form is followed, since sign-in codes must not travel over
 * plain http; the definition therefore also writes the full URL into Callback URL.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/hypervisors-orchestrators/xen-orchestra/',
    vendor: 'https://docs.xen-orchestra.com/xo5/users#openid-connect',
    followed: 'guide: the callback over https (the plugin usage note shows http and a relative default)',
  },
  inputs: { url: 'https://xenorchestra.company' },
  oidc: {
    redirectUris: [{ url: 'https://xenorchestra.company/signin/oidc/callback' }],
    scopes: ['openid', 'profile', 'email'],
    signing: 'any',
    claims: ['preferred_username'],
  },
  appSide: {
    'Auto-discovery URL': 'https://authentik.company/application/o/xen-orchestra/.well-known/openid-configuration',
    Scopes: 'profile email',
    'Username field': 'username',
  },
});
