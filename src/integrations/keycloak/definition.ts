/**
 * Keycloak as an application: a Keycloak realm brokers its logins to authentik through an “OpenID
 * Connect v1.0” identity provider. Keycloak reads authentik's discovery document and calls back to
 * <Keycloak URL>/realms/<realm>/broker/<alias>/endpoint, so the realm name and the identity provider's
 * alias are part of the redirect URI.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/keycloak/',
    vendor: 'https://www.keycloak.org/docs/latest/server_admin/index.html#_identity_broker_oidc',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Keycloak URL',
      help: help.url,
      example: 'https://keycloak.company',
      preview: 'Keycloak: {url}',
      pages: ['realms', 'admin', 'resources', 'js', 'health', 'metrics'],
    },
    realm: { type: 'slug', label: 'Realm', help: help.realm, example: 'company', preview: 'Realm: {realm}' },
    alias: {
      type: 'slug',
      label: 'Alias',
      default: 'authentik',
      help: help.alias,
      example: 'authentik',
      preview: 'Redirect URI: …/broker/{alias}/endpoint',
    },
  },
  launchUrl: '{url}/realms/{realm}/account',
  provider: { protocol: 'oidc', redirectUris: ['{url}/realms/{realm}/broker/{alias}/endpoint'], signingKey: 'any' },
  screen: [
    {
      title: 'Add OpenID Connect provider',
      location: 'Admin console › realm {realm} › Configure › Identity providers › OpenID Connect v1.0',
      fields: [
        { label: 'Redirect URI', value: '{redirect_uri}', help: help.redirect },
        { label: 'Alias', value: '{alias}' },
        { label: 'Display name', value: 'authentik', help: 'The button on the Keycloak login page.' },
        { label: 'Use discovery endpoint', value: 'On', choice: true },
        { label: 'Discovery endpoint', value: '{discovery_url}', help: 'Keycloak fills in the endpoints, the issuer and the JWKS URL from it.' },
        { label: 'Client authentication', value: 'Client secret sent as post', choice: true },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
      ],
      notes: [{ tone: 'info', text: 'Click Add. Keycloak then opens the provider’s settings page for the next values.' }],
    },
    {
      title: 'Advanced settings',
      location: 'Identity providers › {alias} › Advanced',
      fields: [{ label: 'Scopes', value: 'openid email profile', help: help.scopes }],
      notes: [notes.email, notes.logout],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is the realm’s broker endpoint for this alias', why: why.redirect },
    'signing-key': { why: 'Keycloak validates the ID token signature with the JWKS URL from the discovery document.' },
    'id-token-claims': { why: 'Keycloak maps email, name and preferred_username from the ID token on the first broker login.' },
  },
  manualTest,
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
  expected: {
    sources: {
      followed:
        'vendor for the redirect URI: Keycloak sends /realms/<realm>/broker/<alias>/endpoint; the guide’s /access/oidc/callback would fail with “Redirect URI Error”',
    },
    inputs: { url: 'https://keycloak.company', realm: 'company', alias: 'authentik' },
    oidc: {
      redirectUris: ['https://keycloak.company/realms/company/broker/authentik/endpoint'],
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
  },
});
