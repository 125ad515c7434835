/**
 * OpenProject (Enterprise) signs users in through a custom OpenID provider. It reads authentik's
 * discovery document, calls back to <host>/auth/oidc-<display name>/callback and needs first and last
 * names, which authentik's default profile mapping does not send: a custom profile mapping replaces it.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { PROFILE, help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/openproject/',
    vendor: 'https://www.openproject.org/docs/system-admin-guide/authentication/openid-providers/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'OpenProject URL',
      help: help.url,
      example: 'https://openproject.company',
      pages: [
        'projects',
        'work_packages',
        'wp',
        'admin',
        'my',
        'users',
        'groups',
        'login',
        'logout',
        'auth',
        'api',
        'account',
        'boards',
        'meetings',
        'news',
        'wiki',
        'time_entries',
        'calendars',
        'team_planners',
        'notifications',
        'search',
        'settings',
        'home',
      ],
    },
  },
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/auth/oidc-authentik/callback'],
    scopes: ['openid', 'email'],
    customScopes: [PROFILE],
    signingKey: 'any',
  },
  screen: [
    {
      title: 'Custom OpenID provider',
      location: 'Administration › Authentication › OpenID providers › + OpenID provider › Custom',
      fields: [
        { label: 'Display Name', value: 'authentik', help: help.display },
        { label: 'Discovery endpoint URL', value: '{discovery_url}', help: help.discovery },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
      ],
      notes: [notes.enterprise],
    },
    {
      title: 'Optional configuration › Attribute mapping',
      fields: [
        { label: 'Mapping for: Username', value: 'preferred_username' },
        { label: 'Mapping for: Email', value: 'email' },
        { label: 'Mapping for: First Name', value: 'first_name' },
        { label: 'Mapping for: Last Name', value: 'last_name' },
      ],
      notes: [notes.finish, notes.groups, notes.logout],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is OpenProject’s /auth/oidc-authentik/callback', why: why.redirect },
    'email-claim': { source: 'userinfo', why: why.email },
    'custom-mappings': { why: why.mapping },
    discovery: { why: 'OpenProject fills its endpoints from the discovery endpoint URL.' },
  },
  manualTest,
  /**
   * OpenProject: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/openproject/
   * ("Create a scope mapping": scope name profile with first_name/last_name; "Create an application and
   * provider": Strict redirect URI https://openproject.company/auth/oidc-authentik/callback, the default
   * profile mapping replaced by the custom one; "OpenProject configuration": Display Name authentik,
   * discovery endpoint …/application/o/<application_slug>/.well-known/openid-configuration, Mapping for:
   * Username preferred_username, Email email, First Name first_name, Last Name last_name) and the vendor:
   * https://www.openproject.org/docs/system-admin-guide/authentication/openid-providers/ ("Custom OpenID
   * Connect Provider", steps Display name, Discovery endpoint, Client details, attribute mapping from the
   * userinfo response; the redirect URI is <host>/auth/oidc-<display name>/callback, e.g.
   * /auth/oidc-microsoft-entra/callback for "Microsoft Entra"), for the example inputs below.
   * They agree. The guide's logout URI (…/auth/oidc-authentik/backchannel-logout, Back-channel) is optional
   * and not asserted.
   */
  expected: {
    inputs: { url: 'https://openproject.company' },
    launchUrl: 'https://openproject.company',
    oidc: {
      redirectUris: ['https://openproject.company/auth/oidc-authentik/callback'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['preferred_username', 'email', 'first_name', 'last_name'],
    },
    appSide: {
      'Display Name': 'authentik',
      'Discovery endpoint URL': 'https://authentik.company/application/o/openproject/.well-known/openid-configuration',
      'Mapping for: Username': 'preferred_username',
      'Mapping for: Email': 'email',
      'Mapping for: First Name': 'first_name',
      'Mapping for: Last Name': 'last_name',
    },
  },
});
