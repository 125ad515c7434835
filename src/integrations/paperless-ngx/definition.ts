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
    pid: {
      type: 'slug',
      label: 'Provider ID',
      default: 'authentik',
      help: help.pid,
      example: 'authentik',
      preview: 'Callback: …/accounts/oidc/{pid}/login/callback/',
    },
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
  /**
   * Paperless-ngx: values copied from https://integrations.goauthentik.io/documentation/paperless-ngx/
   * (sections "Create an application and provider in authentik" and "Paperless-ngx Configuration",
   * Docker tab) and https://docs.paperless-ngx.com/advanced_usage/#openid-connect-and-social-authentication
   * (section "OpenID Connect and social authentication": PAPERLESS_APPS and the openid_connect
   * provider JSON), with django-allauth's openid_connect provider source
   * (allauth/socialaccount/providers/openid_connect: callback `oidc/<provider_id>/login/callback/`
   * under Paperless's `accounts/`, default scope `openid profile email`, profile read from the
   * userinfo endpoint), for the example inputs below.
   * Where they disagree: the guide's Docker tab also sets PAPERLESS_ENABLE_ALLAUTH,
   * PAPERLESS_AUTO_LOGIN and PAPERLESS_AUTO_CREATE, which Paperless-ngx's settings do not read, and
   * its Standalone tab hard-codes the slug `paperless` in server_url; neither is copied here.
   */
  expected: {
    sources: {
      authentik: 'https://integrations.goauthentik.io/documentation/paperless-ngx/',
      vendor: 'https://docs.paperless-ngx.com/advanced_usage/#openid-connect-and-social-authentication',
      followed:
        'The vendor: the guide’s PAPERLESS_ENABLE_ALLAUTH / PAPERLESS_AUTO_LOGIN / PAPERLESS_AUTO_CREATE are not Paperless settings, and its Standalone tab uses the slug “paperless” instead of the application’s.',
    },
    inputs: { url: 'https://paperless.company', pid: 'authentik' },
    launchUrl: 'https://paperless.company',
    oidc: {
      redirectUris: [{ url: 'https://paperless.company/accounts/oidc/authentik/login/callback/' }],
      scopes: ['openid', 'profile', 'email'],
      // allauth's web login reads the userinfo endpoint; it does not verify the ID token there.
      signing: 'any',
      claims: ['email', 'preferred_username'],
    },
    appSide: {
      PAPERLESS_APPS: 'allauth.socialaccount.providers.openid_connect',
      PAPERLESS_LOGOUT_REDIRECT_URL: 'https://authentik.company/application/o/paperless-ngx/end-session/',
    },
  },
});
