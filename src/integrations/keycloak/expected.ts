/**
 * Keycloak (as an application brokering to authentik): values copied from
 * https://integrations.goauthentik.io/infrastructure/keycloak/ (tab "Log in with OIDC": sections "Create an
 * application and provider in authentik" and "Keycloak configuration") and Keycloak's Server Administration
 * Guide https://www.keycloak.org/docs/latest/server_admin/index.html#_identity_broker_oidc ("OpenID Connect
 * v1.0 identity providers": the read-only Redirect URI is `…/realms/{realm-name}/broker/{alias}/endpoint`;
 * Discovery endpoint; Client authentication; Scopes, default `openid`), for the example inputs below.
 * Where they disagree: the guide's redirect URI `https://keycloak.company/access/oidc/callback` is not a
 * Keycloak route; Keycloak sends the broker endpoint of the realm and alias, so the vendor is followed.
 * The guide's optional back-channel Logout URI is not part of this block.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/keycloak/',
    vendor: 'https://www.keycloak.org/docs/latest/server_admin/index.html#_identity_broker_oidc',
    followed:
      'vendor for the redirect URI: Keycloak sends /realms/<realm>/broker/<alias>/endpoint; the guide’s /access/oidc/callback would fail with “Redirect URI Error”',
  },
  inputs: { url: 'https://keycloak.company', realm: 'company', alias: 'authentik' },
  oidc: {
    redirectUris: [{ url: 'https://keycloak.company/realms/company/broker/authentik/endpoint' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'any',
    claims: ['sub', 'email', 'preferred_username', 'given_name', 'family_name'],
  },
  appSide: {
    'Redirect URI': 'https://keycloak.company/realms/company/broker/authentik/endpoint',
    Alias: 'authentik',
    'Discovery endpoint': 'https://authentik.company/application/o/keycloak/.well-known/openid-configuration',
    Scopes: 'openid email profile',
  },
});
