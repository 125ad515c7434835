/**
 * Homarr (1.x) signs users in through Auth.js's OIDC provider, configured by AUTH_OIDC_*
 * environment variables. It calls back to /api/auth/callback/oidc, validates the ID token and takes
 * the name, email and groups from it.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/dashboards/homarr/', vendor: 'https://homarr.dev/docs/advanced/single-sign-on/' },
  inputs: {
    url: {
      type: 'url',
      label: 'Homarr URL',
      help: help.url,
      example: 'https://homarr.company',
      pages: ['api', 'auth', 'boards', 'manage', 'init', 'b'],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/api/auth/callback/oidc'], signingKey: 'any' },
  screen: [
    {
      title: 'Environment',
      location: '.env or the compose file’s environment: (then restart Homarr)',
      format: 'env',
      fields: [
        { label: 'AUTH_PROVIDERS', value: 'oidc', help: help.providers },
        { label: 'AUTH_OIDC_CLIENT_ID', value: '{client_id}' },
        { label: 'AUTH_OIDC_CLIENT_SECRET', value: '{client_secret}', secret: true },
        { label: 'AUTH_OIDC_ISSUER', value: '{issuer}', help: help.issuer },
        { label: 'AUTH_OIDC_CLIENT_NAME', value: 'authentik', help: help.name },
      ],
      notes: [notes.groups, notes.linking, notes.restart],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Homarr’s /api/auth/callback/oidc', why: why.redirect },
    'signing-key': { why: 'Homarr (Auth.js) verifies the ID token with the keys authentik publishes.' },
    'id-token-claims': { why: 'Homarr reads preferred_username (or name), email and groups from the ID token.' },
  },
  manualTest,
  /**
   * Homarr: values copied from https://integrations.goauthentik.io/dashboards/homarr/ (sections "Create an
   * application and provider", "Configure Homarr groups" and "Homarr configuration") and Homarr's
   * https://homarr.dev/docs/advanced/single-sign-on/ (OIDC provider tab: AUTH_OIDC_ISSUER,
   * AUTH_OIDC_CLIENT_ID, AUTH_OIDC_CLIENT_SECRET, AUTH_OIDC_CLIENT_NAME, AUTH_OIDC_SCOPE_OVERWRITE default
   * "openid email profile groups", groups from the groups claim) with its source
   * (packages/auth/providers/oidc/oidc-provider.ts: provider id "oidc", redirect_uri
   * `/api/auth/callback/oidc`, ID token used unless AUTH_OIDC_FORCE_USERINFO, name from
   * preferred_username or name, id from sub), for the example inputs below.
   * Where they disagree: (1) the vendor says AUTH_OIDC_ISSUER "without trailing slash"; the guide keeps
   * authentik's issuer with its slash. The guide is followed: Auth.js (oauth4webapi) compares the
   * configured issuer with the discovery document's issuer exactly, and authentik's ends with "/".
   * (2) Homarr's default scopes add "groups", for which authentik has no scope; authentik ignores it
   * and sends groups in profile, so the scopes the provider must offer are openid, email and profile.
   */
  expected: {
    sources: {
      followed:
        'The guide’s AUTH_OIDC_ISSUER with trailing slash (Auth.js checks the issuer exactly; authentik’s ends with “/”), although the vendor docs say “without trailing slash”.',
    },
    inputs: { url: 'https://homarr.company' },
    launchUrl: 'https://homarr.company',
    oidc: {
      redirectUris: ['https://homarr.company/api/auth/callback/oidc'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['sub', 'preferred_username', 'name', 'email', 'groups'],
    },
    appSide: { AUTH_PROVIDERS: 'oidc', AUTH_OIDC_ISSUER: 'https://authentik.company/application/o/homarr/', AUTH_OIDC_CLIENT_NAME: 'authentik' },
  },
});
