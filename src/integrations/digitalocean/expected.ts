/**
 * DigitalOcean: values copied from https://integrations.goauthentik.io/cloud-providers/digitalocean/
 * (sections "Create a scope mapping", "Create an application and provider" and "DigitalOcean
 * configuration") and from the vendor: https://docs.digitalocean.com/platform/teams/how-to/configure-sso/
 * ("Enable SSO on a DigitalOcean Team": sign-in redirect URI https://cloud.digitalocean.com/sessions/sso/callback;
 * OpenID provider URL, OpenID client ID, OpenID client secret; the role claim), for the example
 * inputs below (none: the callback is fixed). The guide and the vendor agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/cloud-providers/digitalocean/',
    vendor: 'https://docs.digitalocean.com/platform/teams/how-to/configure-sso/',
  },
  inputs: {},
  oidc: {
    redirectUris: [{ url: 'https://cloud.digitalocean.com/sessions/sso/callback' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'any',
    claims: ['email', 'name', 'team_role'],
  },
  appSide: {
    'OpenID provider URL': 'https://authentik.company/application/o/digitalocean/',
    'Require sign-in via SSO only': 'Off',
  },
});
