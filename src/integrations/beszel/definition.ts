/**
 * Beszel signs users in through its PocketBase backend's OAuth2 "OpenID Connect" provider, set up
 * on the users collection. PocketBase calls back to /api/oauth2-redirect, reads the user from the
 * userinfo endpoint and matches users by an email address that must be marked verified.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/monitoring/beszel/', vendor: 'https://beszel.dev/guide/oauth' },
  inputs: {
    url: {
      type: 'url',
      label: 'Beszel URL',
      help: help.url,
      example: 'https://beszel.company',
      pages: ['_', 'api', 'system', 'settings', 'containers', 'smart', 'forgot-password', 'request-otp'],
    },
  },
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/api/oauth2-redirect'],
    scopes: ['openid', 'profile'],
    customScopes: ['email-verified'],
    signingKey: 'any',
  },
  screen: [
    {
      title: 'OpenID Connect provider',
      location: 'PocketBase dashboard ({url}/_/) › Collections › users › gear icon › Options › OAuth2 (Enable) › Add provider › OpenID Connect',
      fields: [
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client secret', value: '{client_secret}', secret: true },
        { label: 'Display name', value: 'authentik', help: help.name },
        { label: 'Auth URL', value: '{authorize_url}' },
        { label: 'Token URL', value: '{token_url}' },
        { label: 'Fetch user info from', value: 'User info URL', choice: true, help: help.fetch },
        { label: 'User info URL', value: '{userinfo_url}' },
      ],
      notes: [notes.controls, notes.save, notes.users],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Beszel’s /api/oauth2-redirect', why: why.redirect },
    'email-claim': { source: 'userinfo', why: 'Beszel matches (or creates) the user by the email address from the userinfo endpoint.' },
    'custom-mappings': { why: why.verified },
  },
  manualTest,
  /**
   * Beszel: values copied from https://integrations.goauthentik.io/monitoring/beszel/ (sections "Create an
   * email verification scope mapping in authentik", "Create an application and provider in authentik",
   * "Beszel configuration", "User creation and password login") and Beszel's https://beszel.dev/guide/oauth
   * (source henrygd/beszel-docs en/guide/oauth.md: callback `<your-beszel-url>/api/oauth2-redirect`,
   * provider added on the users collection's OAuth2 options, USER_CREATION=true for automatic users,
   * DISABLE_PASSWORD_AUTH=true), for the example inputs below. With "Fetch user info from: User info URL"
   * PocketBase reads the userinfo endpoint and does not verify an ID token, so any signing key works.
   * They agree.
   */
  expected: {
    inputs: { url: 'https://beszel.company' },
    launchUrl: 'https://beszel.company',
    oidc: {
      redirectUris: ['https://beszel.company/api/oauth2-redirect'],
      scopes: ['openid', 'profile', 'email'],
      signing: 'any',
      claims: ['email', 'email_verified'],
    },
    appSide: {
      'Display name': 'authentik',
      'Auth URL': 'https://authentik.company/application/o/authorize/',
      'Token URL': 'https://authentik.company/application/o/token/',
      'Fetch user info from': 'User info URL',
      'User info URL': 'https://authentik.company/application/o/userinfo/',
    },
  },
});
