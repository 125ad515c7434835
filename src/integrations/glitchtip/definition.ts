/**
 * GlitchTip signs users in through django-allauth's OpenID Connect provider, added as a social
 * application in Django Admin. allauth calls back to /accounts/oidc/<Provider ID>/login/callback/,
 * so the Provider ID is part of the redirect URI.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, settings, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/monitoring/glitchtip/',
    vendor: 'https://glitchtip.com/documentation/install/#django-admin',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'GlitchTip URL',
      help: help.url,
      example: 'https://glitchtip.company',
      preview: 'GlitchTip: {url}',
      pages: [
        'accounts',
        '_allauth',
        'admin',
        'api',
        'auth',
        'login',
        'register',
        'profile',
        'organizations',
        'accept',
        'reset-password',
        'system-info',
      ],
    },
    pid: {
      type: 'slug',
      label: 'Provider ID',
      default: 'authentik',
      help: help.pid,
      example: 'authentik',
      preview: 'Callback: …/accounts/oidc/{pid}/login/callback/',
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/accounts/oidc/{pid}/login/callback/'], signingKey: 'any' },
  screen: [
    {
      title: 'Add social application',
      location: 'Django Admin ({url}/admin/socialaccount/socialapp/) › Add social application',
      fields: [
        { label: 'Provider', value: 'OpenID Connect', choice: true },
        { label: 'Provider ID', value: '{pid}' },
        { label: 'Name', value: 'authentik', help: help.name },
        { label: 'Client id', value: '{client_id}' },
        { label: 'Secret key', value: '{client_secret}', secret: true },
        { label: 'Settings', value: settings, help: help.settings },
      ],
      notes: [notes.superuser, notes.link],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is allauth’s callback for this Provider ID', why: why.redirect },
    'email-claim': { source: 'userinfo', why: 'allauth creates the GlitchTip user with the email address from authentik.' },
  },
  manualTest,
  /**
   * GlitchTip: values copied from https://integrations.goauthentik.io/monitoring/glitchtip/ (sections
   * "Create an application and provider in authentik" and "GlitchTip configuration") and GlitchTip's
   * https://glitchtip.com/documentation/install/#django-admin with its source (glitchtip/urls.py:
   * `path("accounts/", include("allauth.urls"))`) and django-allauth (openid_connect provider: callback
   * `oidc/<provider_id>/login/callback/`, settings.server_url, default scope openid profile email;
   * SocialApp field labels "provider", "provider ID", "name", "client id", "secret key", "settings"),
   * for the example inputs below.
   * Where they disagree: the guide calls two Django Admin fields "Provider Name" and "Client ID"; Django
   * Admin shows allauth's labels "Name" and "Client id". The vendor's labels are followed.
   */
  expected: {
    sources: {
      followed: 'The vendor’s (django-allauth’s) field labels “Name” and “Client id”, where the guide writes “Provider Name” and “Client ID”.',
    },
    inputs: { url: 'https://glitchtip.company', pid: 'authentik' },
    launchUrl: 'https://glitchtip.company',
    oidc: {
      redirectUris: ['https://glitchtip.company/accounts/oidc/authentik/login/callback/'],
      scopes: ['openid', 'profile', 'email'],
      signing: 'any',
      claims: ['email'],
    },
    appSide: {
      Provider: 'OpenID Connect',
      'Provider ID': 'authentik',
      Name: 'authentik',
      Settings: '{"server_url": "https://authentik.company/application/o/glitchtip/"}',
    },
  },
});
