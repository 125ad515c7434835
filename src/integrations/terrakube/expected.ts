/**
 * Terrakube: values copied from https://integrations.goauthentik.io/infrastructure/terrakube/ (sections
 * "Create an application and provider" and "Terrakube configuration": the Dex connector block and
 * .env) and from the vendor: https://docs.terrakube.io/getting-started/deployment/user-authentication-dex
 * with Dex's https://dexidp.io/docs/connectors/oidc/ (the connector's redirectURI is Dex's issuer
 * followed by /callback; without `scopes` Dex asks for openid profile email), for the example inputs
 * below. The guide and the vendors agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/terrakube/',
    vendor: 'https://docs.terrakube.io/getting-started/deployment/user-authentication-dex',
  },
  inputs: { dex: 'https://terrakube-dex.company' },
  oidc: {
    redirectUris: [{ url: 'https://terrakube-dex.company/dex/callback' }],
    scopes: ['openid', 'profile', 'email'],
    signing: 'any',
    claims: ['email', 'name', 'groups'],
  },
  appSide: {
    id: 'TerrakubeClient',
    name: 'TerrakubeClient',
    issuer: 'https://authentik.company/application/o/terrakube/',
    redirectURI: 'https://terrakube-dex.company/dex/callback',
    insecureEnableGroups: 'true',
  },
});
