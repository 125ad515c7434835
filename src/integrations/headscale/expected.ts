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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/networking/headscale/',
    vendor: 'https://headscale.net/stable/ref/oidc/',
    followed: 'The vendor’s default scopes (openid profile email): the guide’s sample adds a "custom" scope that authentik does not have, and optional filters with placeholder values.',
  },
  inputs: { url: 'https://headscale.company' },
  oidc: {
    redirectUris: [{ url: 'https://headscale.company/oidc/callback' }],
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
});
