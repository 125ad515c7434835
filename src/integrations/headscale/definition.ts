/**
 * Headscale (a self-hosted Tailscale control server) signs users in with OpenID Connect from the
 * oidc section of config.yaml. It calls back to server_url + /oidc/callback with PKCE, verifies the
 * ID token against the issuer's keys and names users after preferred_username.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, snippet, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/networking/headscale/', vendor: 'https://headscale.net/stable/ref/oidc/' },
  inputs: {
    url: {
      type: 'url',
      label: 'Headscale URL',
      help: help.url,
      example: 'https://headscale.company',
      pages: ['oidc', 'register', 'key', 'health', 'api', 'ts2021', 'machine', 'apple', 'windows', 'swagger', 'verify'],
    },
  },
  // No launch URL: server_url serves the Tailscale clients' control API, not a page to open.
  launchUrl: '',
  provider: { protocol: 'oidc', redirectUris: ['{url}/oidc/callback'], signingKey: 'any' },
  screen: [
    {
      title: 'config.yaml',
      location: '/etc/headscale/config.yaml (then restart Headscale)',
      format: 'file',
      snippet,
      fields: [
        { label: 'server_url', value: '{url}', help: help.serverUrl },
        { label: 'issuer', value: '{issuer}', help: help.issuer },
        { label: 'client_id', value: '{client_id}' },
        { label: 'client_secret', value: '{client_secret}', secret: true, help: help.secret },
        { label: 'scope', value: '["openid", "profile", "email"]' },
        { label: 'pkce.enabled', value: 'true' },
      ],
      notes: [notes.restart, notes.names],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Headscale’s /oidc/callback', why: why.redirect },
    'signing-key': { why: 'Headscale verifies each ID token with the keys authentik publishes for the issuer.' },
    'username-changes': { why: 'Headscale names new users after preferred_username; a renamed authentik user keeps the old Headscale name.' },
  },
  manualTest,
  /**
   * Headscale: values copied from https://integrations.goauthentik.io/networking/headscale/ (sections
   * "Create an application and provider in authentik" and "Headscale configuration") and Headscale's
   * https://headscale.net/stable/ref/oidc/ ("Basic configuration": redirect URI
   * `https://headscale.example.com/oidc/callback`, scopes default to "openid", "profile" and "email",
   * client_secret_path / HEADSCALE_OIDC_CLIENT_SECRET as alternatives; PKCE under pkce.enabled), for the
   * example inputs below. Headscale verifies the ID token with go-oidc, whose verifier accepts the
   * algorithms the discovery document announces, so an RSA or an EC key both work.
   * Where they disagree: the guide's sample also sets extra_params, allowed_domains, allowed_groups and
   * allowed_users with placeholder values (acmecorp.net); the vendor marks them optional, so they are
   * not asserted. The guide shows the scope list with an extra "custom" scope copied from the vendor's
   * sample; authentik has no such scope, so the vendor's default list is followed.
   */
  expected: {
    sources: {
      followed:
        'The vendor’s default scopes (openid profile email): the guide’s sample adds a "custom" scope that authentik does not have, and optional filters with placeholder values.',
    },
    inputs: { url: 'https://headscale.company' },
    oidc: {
      redirectUris: ['https://headscale.company/oidc/callback'],
      scopes: ['openid', 'profile', 'email'],
      signing: 'any',
      claims: ['sub', 'preferred_username', 'email', 'name'],
    },
    appSide: {
      server_url: 'https://headscale.company',
      issuer: 'https://authentik.company/application/o/headscale/',
      scope: '["openid", "profile", "email"]',
      'pkce.enabled': 'true',
    },
  },
});
