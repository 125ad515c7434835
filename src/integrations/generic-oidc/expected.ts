/**
 * Generic OpenID Connect app: what the admin typed must arrive byte for byte. Endpoint paths copied
 * from https://docs.goauthentik.io/add-secure-apps/providers/oauth2/ (section "OAuth2 endpoints and
 * bindings") and the redirect_uri rules of https://openid.net/specs/openid-connect-core-1_0.html
 * (section 3.1.2.1: the value must exactly match a pre-registered redirect URI; query component
 * allowed). The example input is unusual but valid: mixed-case host and path, a port, a trailing
 * slash and a query string, and an app name with a space (slug "team-wiki").
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://docs.goauthentik.io/add-secure-apps/providers/oauth2/',
    vendor: 'https://openid.net/specs/openid-connect-core-1_0.html',
  },
  inputs: { name: 'Team Wiki', redirect: 'https://Wiki.Company:8443/OAuth2/Callback/?tenant=Acme&mode=sso' },
  oidc: {
    redirectUris: [{ url: 'https://Wiki.Company:8443/OAuth2/Callback/?tenant=Acme&mode=sso' }],
    scopes: ['openid'],
    signing: 'any',
  },
  appSide: {
    Issuer: 'https://authentik.company/application/o/team-wiki/',
    'Discovery URL (well-known configuration)': 'https://authentik.company/application/o/team-wiki/.well-known/openid-configuration',
    'Redirect URI (callback)': 'https://Wiki.Company:8443/OAuth2/Callback/?tenant=Acme&mode=sso',
    'Authorization endpoint': 'https://authentik.company/application/o/authorize/',
    'Token endpoint': 'https://authentik.company/application/o/token/',
    'Userinfo endpoint': 'https://authentik.company/application/o/userinfo/',
    'JWKS URL': 'https://authentik.company/application/o/team-wiki/jwks/',
    'End session (logout) endpoint': 'https://authentik.company/application/o/team-wiki/end-session/',
  },
});
