/**
 * Terrakube signs users in through Dex, which it deploys next to its UI and API. Dex reaches
 * authentik with an OpenID Connect connector, configured in Dex's config file with the client
 * credentials from environment variables, and calls back to <Dex address>/dex/callback.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

const connector = `connectors:
  - type: oidc
    id: TerrakubeClient
    name: TerrakubeClient
    config:
      issuer: "{issuer}"
      clientID: $TERRAKUBE_OIDC_CLIENT_ID
      clientSecret: $TERRAKUBE_OIDC_CLIENT_SECRET
      redirectURI: "{redirect_uri}"
      insecureEnableGroups: true`;

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/terrakube/',
    vendor: 'https://docs.terrakube.io/getting-started/deployment/user-authentication-dex',
  },
  inputs: { dex: { type: 'url', label: 'Dex URL', help: help.dex, example: 'https://terrakube-dex.company', pages: ['dex'] } },
  provider: { protocol: 'oidc', redirectUris: ['{dex}/dex/callback'], signingKey: 'any' },
  screen: [
    {
      title: 'Dex connector',
      location: 'Dex configuration file (config.yaml or config.docker.yaml, often in /etc/dex): add to connectors',
      format: 'file',
      snippet: connector,
      fields: [
        { label: 'id', value: 'TerrakubeClient', help: help.id },
        { label: 'name', value: 'TerrakubeClient' },
        { label: 'issuer', value: '{issuer}' },
        { label: 'redirectURI', value: '{redirect_uri}', help: help.redirect },
        { label: 'insecureEnableGroups', value: 'true', help: help.groups },
      ],
      notes: [notes.env],
    },
    {
      title: 'Dex environment',
      location: '.env of the Dex container',
      format: 'env',
      fields: [
        { label: 'TERRAKUBE_OIDC_CLIENT_ID', value: '{client_id}' },
        { label: 'TERRAKUBE_OIDC_CLIENT_SECRET', value: '{client_secret}', secret: true },
      ],
      notes: [notes.restart, notes.teams],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Dex’s /dex/callback', why: why.redirect },
    'signing-key': { why: 'Dex verifies the ID token with the keys authentik publishes at the issuer.' },
    'id-token-claims': { why: 'Dex reads the email, name and groups from the ID token and passes them on to Terrakube.' },
    discovery: { why: 'Dex finds every endpoint through the issuer in its connector, which must be this provider’s.' },
  },
  manualTest,
  /**
   * Terrakube: values copied from https://integrations.goauthentik.io/infrastructure/terrakube/ (sections
   * "Create an application and provider" and "Terrakube configuration": the Dex connector block and
   * .env) and from the vendor: https://docs.terrakube.io/getting-started/deployment/user-authentication-dex
   * with Dex's https://dexidp.io/docs/connectors/oidc/ (the connector's redirectURI is Dex's issuer
   * followed by /callback; without `scopes` Dex asks for openid profile email), for the example inputs
   * below. The guide and the vendors agree.
   */
  expected: {
    inputs: { dex: 'https://terrakube-dex.company' },
    oidc: {
      redirectUris: ['https://terrakube-dex.company/dex/callback'],
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
  },
});
