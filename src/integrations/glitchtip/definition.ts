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
      pages: ['accounts', '_allauth', 'admin', 'api', 'auth', 'login', 'register', 'profile', 'organizations', 'accept', 'reset-password', 'system-info'],
    },
    pid: { type: 'slug', label: 'Provider ID', default: 'authentik', help: help.pid, example: 'authentik', preview: 'Callback: …/accounts/oidc/{pid}/login/callback/' },
  },
  launchUrl: '{url}',
  provider: { protocol: 'oidc', redirectUris: [{ url: '{url}/accounts/oidc/{pid}/login/callback/' }], signingKey: 'any' },
  screen: [
    {
      title: 'Add social application',
      location: 'Django Admin ({url}/admin/socialaccount/socialapp/) › Add social application',
      fields: [
        { label: 'Provider', value: 'OpenID Connect' },
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
});
