/**
 * NetBox signs users in through python-social-auth's generic OpenID Connect backend
 * (REMOTE_AUTH_BACKEND). It discovers authentik's endpoints from the issuer, calls back to <NetBox
 * URL>/oauth/complete/oidc/ and verifies the ID token with RS256 only (social-core's default), so the
 * provider needs an RSA signing key.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { configPy, help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/documentation/netbox/',
    vendor: 'https://netboxlabs.com/docs/netbox/administration/authentication/overview/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'NetBox URL',
      help: help.url,
      example: 'https://netbox.company',
      pages: [
        'dcim',
        'ipam',
        'circuits',
        'tenancy',
        'virtualization',
        'wireless',
        'vpn',
        'extras',
        'core',
        'users',
        'user',
        'plugins',
        'search',
        'api',
        'graphql',
        'login',
        'logout',
        'oauth',
        'admin',
        'static',
        'media',
      ],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/oauth/complete/oidc/'], signingKey: 'rsa' },
  screen: [
    {
      title: 'NetBox Docker',
      location: 'The NetBox Docker environment file (.env), then restart NetBox',
      format: 'env',
      fields: [
        { label: 'REMOTE_AUTH_ENABLED', value: 'true' },
        { label: 'REMOTE_AUTH_BACKEND', value: 'social_core.backends.open_id_connect.OpenIdConnectAuth' },
        { label: 'SOCIAL_AUTH_OIDC_OIDC_ENDPOINT', value: '{issuer}', help: help.endpoint },
        { label: 'SOCIAL_AUTH_OIDC_KEY', value: '{client_id}' },
        { label: 'SOCIAL_AUTH_OIDC_SECRET', value: '{client_secret}', secret: true },
        { label: 'SOCIAL_AUTH_OIDC_SCOPE', value: 'openid email profile' },
        { label: 'LOGOUT_REDIRECT_URL', value: '{end_session_url}' },
      ],
    },
    {
      title: 'Or configuration.py (without Docker)',
      location: '/opt/netbox/netbox/netbox/configuration.py, then restart NetBox',
      format: 'file',
      snippet: configPy,
      fields: [{ label: 'SOCIAL_AUTH_BACKEND_ATTRS', value: '"oidc": ("authentik", "login")', help: help.attrs }],
      notes: [notes.rsa, notes.groups],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is NetBox’s /oauth/complete/oidc/', why: why.redirect },
    'signing-key': { why: why.signing },
    'encryption-key': { why: 'social-core decodes the ID token as a signed JWT and cannot read an encrypted one.' },
  },
  manualTest,
  /**
   * NetBox: values copied from https://integrations.goauthentik.io/documentation/netbox/ (sections "Create an
   * application and provider", "Configure NetBox Docker" and "Configure a non-Docker installation") and the
   * vendor side: https://netboxlabs.com/docs/netbox/administration/authentication/overview/ (REMOTE_AUTH_BACKEND
   * with python-social-auth, callback `/oauth/complete/<backend>/`) with python-social-auth's source
   * (github.com/python-social-auth/social-core, social_core/backends/open_id_connect.py: name "oidc",
   * OIDC_ENDPOINT without /.well-known/openid-configuration, DEFAULT_SCOPE openid/profile/email,
   * JWT_ALGORITHMS = ["RS256"]), for the example inputs below.
   * Where they disagree: the guide says "Select any available signing key"; social-core verifies RS256
   * only unless SOCIAL_AUTH_OIDC_JWT_ALGORITHMS is changed, so the vendor is followed: RS256.
   */
  expected: {
    sources: {
      followed:
        'vendor (social-core source) for the signing key: JWT_ALGORITHMS defaults to RS256 only, so “any available signing key” fails with an EC key',
    },
    inputs: { url: 'https://netbox.company' },
    launchUrl: 'https://netbox.company',
    oidc: {
      redirectUris: ['https://netbox.company/oauth/complete/oidc/'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'RS256',
      claims: ['sub', 'preferred_username', 'email', 'name'],
    },
    appSide: {
      REMOTE_AUTH_ENABLED: 'true',
      REMOTE_AUTH_BACKEND: 'social_core.backends.open_id_connect.OpenIdConnectAuth',
      SOCIAL_AUTH_OIDC_OIDC_ENDPOINT: 'https://authentik.company/application/o/netbox/',
      SOCIAL_AUTH_OIDC_SCOPE: 'openid email profile',
      LOGOUT_REDIRECT_URL: 'https://authentik.company/application/o/netbox/end-session/',
    },
  },
});
