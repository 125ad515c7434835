/**
 * zot signs users in to its web interface through OpenID Connect social login, configured in
 * config.json (http.auth.openid.providers.oidc) with the client credentials in a separate file. It
 * calls back to <externalUrl>/zot/auth/callback/<provider key>, here "oidc".
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

const credentials = `{
  "clientid": "{client_id}",
  "clientsecret": "{client_secret}"
}`;

const config = `{
  "http": {
    "externalUrl": "{url}",
    "auth": {
      "openid": {
        "providers": {
          "oidc": {
            "credentialsFile": "/etc/zot/oidc-credentials.json",
            "issuer": "{issuer}",
            "keypath": "",
            "scopes": ["openid", "profile", "email"]
          }
        }
      }
    }
  }
}`;

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/zot/',
    vendor: 'https://zotregistry.dev/v2.1.18/articles/authn-authz/#social-login-using-openidoauth2',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'zot URL',
      help: help.url,
      example: 'https://zot.company',
      // zot's own routes (/zot/…, the /v2 registry API) and its web interface pages.
      pages: ['zot', 'v2', 'home', 'explore', 'image', 'user', 'login'],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/zot/auth/callback/oidc'], signingKey: 'any' },
  screen: [
    {
      title: 'Credentials file',
      location: '/etc/zot/oidc-credentials.json',
      format: 'file',
      snippet: credentials,
      fields: [
        { label: 'clientid', value: '{client_id}' },
        { label: 'clientsecret', value: '{client_secret}', secret: true },
      ],
      notes: [{ tone: 'info', text: help.credentials }],
    },
    {
      title: 'config.json',
      location: '/etc/zot/config.json (merge into your existing http section, then restart zot)',
      format: 'file',
      snippet: config,
      fields: [
        { label: 'externalUrl', value: '{url}', help: help.externalUrl },
        { label: 'providers', value: 'oidc', help: help.providerKey },
        { label: 'credentialsFile', value: '/etc/zot/oidc-credentials.json' },
        { label: 'issuer', value: '{issuer}' },
        { label: 'scopes', value: 'openid profile email' },
      ],
      notes: [notes.keypath, notes.restart, notes.cli],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is zot’s oidc callback', why: why.redirect },
    'signing-key': { why: 'zot verifies the ID token with the keys authentik publishes at the issuer.' },
    discovery: { why: 'zot finds every endpoint through the issuer in config.json, which must be this provider’s.' },
  },
  manualTest,
  /**
   * zot: values copied from https://integrations.goauthentik.io/infrastructure/zot/ (sections "Create an
   * application and provider" and "zot configuration") and from the vendor:
   * https://zotregistry.dev/v2.1.18/articles/authn-authz/#social-login-using-openidoauth2 with zot's
   * source (github.com/project-zot/zot, pkg/api/constants/consts.go: AppNamespacePath "/zot",
   * CallbackBasePath = "/zot/auth/callback", to which zot appends the provider key), for the example
   * inputs below. The guide and the vendor agree: provider key "oidc", scopes openid profile email.
   */
  expected: {
    inputs: { url: 'https://zot.company' },
    launchUrl: 'https://zot.company',
    oidc: { redirectUris: ['https://zot.company/zot/auth/callback/oidc'], scopes: ['openid', 'profile', 'email'], signing: 'any' },
    appSide: {
      externalUrl: 'https://zot.company',
      credentialsFile: '/etc/zot/oidc-credentials.json',
      issuer: 'https://authentik.company/application/o/zot/',
      scopes: 'openid profile email',
    },
  },
});
