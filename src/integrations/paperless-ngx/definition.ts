/**
 * Paperless-ngx signs users in through django-allauth's OpenID Connect provider, configured by
 * environment variables. allauth calls back to /accounts/oidc/<provider_id>/login/callback/, so
 * the provider_id in the JSON is part of the redirect URI.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, providers, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/documentation/paperless-ngx/',
    vendor: 'https://docs.paperless-ngx.com/advanced_usage/#openid-connect-and-social-authentication',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Paperless-ngx URL',
      help: help.url,
      example: 'https://paperless.company',
      preview: 'Paperless-ngx: {url}',
      httpReason: 'Use the https:// address of Paperless-ngx: allauth builds the callback with https by default.',
      pages: ['accounts', 'dashboard', 'documents', 'view', 'tags', 'correspondents', 'settings', 'admin', 'api', 'mail', 'tasks', 'saved-views'],
    },
    pid: { type: 'slug', label: 'Provider ID', default: 'authentik', help: help.pid, example: 'authentik', preview: 'Callback: …/accounts/oidc/{pid}/login/callback/' },
  },
  launchUrl: '{url}',
  provider: { protocol: 'oidc', redirectUris: [{ url: '{url}/accounts/oidc/{pid}/login/callback/' }], signingKey: 'any' },
  screen: [
    {
      title: 'Environment',
      location: 'docker-compose.env, .env or paperless.conf',
      format: 'env',
      fields: [
        { label: 'PAPERLESS_APPS', value: 'allauth.socialaccount.providers.openid_connect' },
        { label: 'PAPERLESS_SOCIALACCOUNT_PROVIDERS', value: providers, secret: true, help: help.json },
        { label: 'PAPERLESS_LOGOUT_REDIRECT_URL', value: '{end_session_url}' },
        { label: 'PAPERLESS_SOCIAL_AUTO_SIGNUP', value: 'true', help: help.signup },
      ],
      notes: [notes.recreate, notes.link, notes.regular],
    },
  ],
  checks: {
    'provider-assigned': { why: 'Without the link authentik serves no discovery document for the server_url.' },
    'redirect-uri': { title: 'The redirect URI is allauth’s callback for this provider_id', why: why.redirect },
    'grant-types': { why: 'allauth signs users in with the authorization code flow and PKCE.' },
    'signing-key': { why: why.signing },
    'encryption-key': { why: 'allauth cannot read an encrypted ID token.' },
    'email-claim': { source: 'userinfo', why: 'With fetch_userinfo allauth takes the email address from the userinfo endpoint for the new account.' },
    discovery: { why: 'allauth reads every endpoint from the server_url discovery document.' },
    'redirect-errors': { why: 'When a login hits “Redirect URI Error”, authentik records the callback Paperless really sent.' },
  },
  manualTest,
});
