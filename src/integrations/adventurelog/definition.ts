/**
 * AdventureLog (Django, django-allauth) signs users in through an OpenID Connect social application
 * added in its Admin Panel. allauth calls back to <url>/accounts/oidc/<Provider ID>/login/callback/,
 * The guide registers a regex for the /accounts/oidc/ prefix because its Provider ID is the client
 * ID; here the Provider ID is “authentik”, so the redirect URI is one exact (Strict) URL.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/miscellaneous/adventurelog/',
    vendor: 'https://adventurelog.app/docs/configuration/social_auth/authentik.html',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'AdventureLog URL',
      help: help.url,
      example: 'https://adventurelog.company',
      preview: 'Redirect URI: {url}/accounts/oidc/authentik/login/callback/',
      pages: ['accounts', 'admin', 'login', 'signup', 'settings', 'adventures', 'locations', 'collections', 'map', 'worldtravel', 'api', 'user', 'profile'],
    },
  },
  launchUrl: '{url}',
  provider: { protocol: 'oidc', redirectUris: [{ url: '{url}/accounts/oidc/authentik/login/callback/' }], signingKey: 'any' },
  screen: [
    {
      title: 'Add social application',
      location: 'Admin Panel (/admin) › Social Accounts › Social applications › Add',
      fields: [
        { label: 'Provider', value: 'OpenID Connect' },
        { label: 'Provider ID', value: 'authentik', help: help.providerId },
        { label: 'Name', value: 'authentik' },
        { label: 'Client id', value: '{client_id}' },
        { label: 'Secret key', value: '{client_secret}', secret: true },
        { label: 'Key', value: '', help: 'Leave empty.' },
        { label: 'Settings', value: '{"server_url": "{issuer}"}', help: help.settings },
        { label: 'Sites', value: 'example.com', help: help.sites },
      ],
      notes: [notes.signup, notes.proxy],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is allauth’s callback for the Provider ID “authentik”', why: 'allauth sends <url>/accounts/oidc/<Provider ID>/login/callback/; authentik refuses any other string with “Redirect URI Error”.' },
    discovery: { why: 'The AdventureLog backend reads every endpoint from server_url’s discovery document.' },
  },
  manualTest,
});
