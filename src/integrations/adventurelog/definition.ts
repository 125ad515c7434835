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
      pages: [
        'accounts',
        'admin',
        'login',
        'signup',
        'settings',
        'adventures',
        'locations',
        'collections',
        'map',
        'worldtravel',
        'api',
        'user',
        'profile',
      ],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/accounts/oidc/authentik/login/callback/'], signingKey: 'any' },
  screen: [
    {
      title: 'Add social application',
      location: 'Admin Panel (/admin) › Social Accounts › Social applications › Add',
      fields: [
        { label: 'Provider', value: 'OpenID Connect', choice: true },
        { label: 'Provider ID', value: 'authentik', help: help.providerId },
        { label: 'Name', value: 'authentik' },
        { label: 'Client id', value: '{client_id}' },
        { label: 'Secret key', value: '{client_secret}', secret: true },
        { label: 'Key', value: '', help: 'Leave empty.' },
        { label: 'Settings', value: '{"server_url": "{issuer}"}', help: help.settings },
        { label: 'Sites', value: 'example.com', choice: true, help: help.sites },
      ],
      notes: [notes.signup, notes.proxy],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'The redirect URI is allauth’s callback for the Provider ID “authentik”',
      why: 'allauth sends <url>/accounts/oidc/<Provider ID>/login/callback/; authentik refuses any other string with “Redirect URI Error”.',
    },
    discovery: { why: 'The AdventureLog backend reads every endpoint from server_url’s discovery document.' },
  },
  manualTest,
  /**
   * AdventureLog: values copied from https://integrations.goauthentik.io/miscellaneous/adventurelog/
   * (sections "Create an application and provider": redirect URI of type Regex
   * `^https://adventurelog.company/accounts/oidc/.*$`; "AdventureLog configuration": Provider OpenID
   * Connect, Provider ID = Client ID, Name authentik, Settings `{"server_url": …}`) and
   * https://adventurelog.app/docs/configuration/social_auth/authentik.html (the same social application
   * fields; django-allauth openid_connect callback `/accounts/oidc/<provider_id>/login/callback/`), for
   * the example inputs below. They agree on the callback shape. Followed: allauth's callback with the
   * Provider ID “authentik” as one Strict URL, not the guide's loose regex (which would also admit other
   * paths under /accounts/oidc/); the Provider ID is any name in allauth.
   */
  expected: {
    sources: {
      followed:
        'allauth (vendor) for the redirect URI: the Provider ID is any name, so it is “authentik” and the callback one Strict URL, not the guide’s regex over /accounts/oidc/ (its Provider ID is the client ID).',
    },
    inputs: { url: 'https://adventurelog.company' },
    launchUrl: 'https://adventurelog.company',
    oidc: {
      redirectUris: ['https://adventurelog.company/accounts/oidc/authentik/login/callback/'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['email', 'preferred_username'],
    },
    appSide: { Provider: 'OpenID Connect', Name: 'authentik', Settings: '{"server_url": "https://authentik.company/application/o/adventurelog/"}' },
  },
});
