/**
 * Paperless-ngx signs users in through django-allauth's OpenID Connect provider, configured by
 * environment variables. allauth calls back to /accounts/oidc/<provider_id>/login/callback/, so
 * the provider_id in the JSON is part of the redirect URI.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, providers, why } from './content';
import { forwardAuthTest, outpostSection, reverseProxySections } from '../shared/forward-auth';

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
  provider: { protocol: 'oidc', redirectUris: ['{url}/accounts/oidc/{pid}/login/callback/'], signingKey: 'any' },
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
      followed:
        'The vendor: the guide’s PAPERLESS_ENABLE_ALLAUTH / PAPERLESS_AUTO_LOGIN / PAPERLESS_AUTO_CREATE are not Paperless settings, and its Standalone tab uses the slug “paperless” instead of the application’s.',
    },
    inputs: { url: 'https://paperless.company', pid: 'authentik' },
    launchUrl: 'https://paperless.company',
    oidc: {
      redirectUris: ['https://paperless.company/accounts/oidc/authentik/login/callback/'],
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
  variants: {
    /**
     * Paperless-ngx behind forward auth: the outpost checks each request (single application) and
     * Paperless signs in the user named in the X-authentik-username header (Django's remote user,
     * read from request.META as HTTP_X_AUTHENTIK_USERNAME). Nothing is left open: with the remote
     * user on, a path the outpost skips would let anyone send that header themselves.
     */
    proxy: {
      docs: {
        authentik: 'https://docs.goauthentik.io/add-secure-apps/providers/proxy/',
        vendor: 'https://docs.paperless-ngx.com/configuration/#PAPERLESS_ENABLE_HTTP_REMOTE_USER',
      },
      inputs: {
        url: {
          type: 'url',
          label: 'Paperless-ngx URL',
          help: 'The https address you open Paperless-ngx at.',
          example: 'https://paperless.company',
          pages: ['**'],
        },
      },
      provider: { protocol: 'proxy', mode: 'forward_single', externalHost: '{url}', headers: ['X-authentik-username'] },
      screen: [
        {
          title: 'Environment',
          location: 'docker-compose.env, .env or paperless.conf',
          format: 'env',
          fields: [
            { label: 'PAPERLESS_ENABLE_HTTP_REMOTE_USER', value: 'true' },
            {
              label: 'PAPERLESS_HTTP_REMOTE_USER_HEADER_NAME',
              value: 'HTTP_X_AUTHENTIK_USERNAME',
              help: 'Django’s name for the X-authentik-username header the outpost sets.',
            },
            { label: 'PAPERLESS_LOGOUT_REDIRECT_URL', value: '{external_host}/outpost.goauthentik.io/sign_out' },
          ],
          notes: [
            {
              tone: 'warning',
              text: 'Paperless-ngx now believes the header: let only the reverse proxy reach it, never the internet or other containers’ users.',
            },
            { tone: 'info', text: 'A user is created in Paperless-ngx with the authentik username the first time they open it.' },
          ],
        },
        outpostSection,
        ...reverseProxySections,
      ],
      checks: {},
      manualTest: forwardAuthTest,
      /**
       * Paperless-ngx (forward auth): values copied from
       * https://docs.paperless-ngx.com/configuration/#PAPERLESS_ENABLE_HTTP_REMOTE_USER
       * (PAPERLESS_ENABLE_HTTP_REMOTE_USER=true; PAPERLESS_HTTP_REMOTE_USER_HEADER_NAME in Django's
       * request.META spelling, HTTP_ + the header upper-cased with _ for -; PAPERLESS_LOGOUT_REDIRECT_URL)
       * and https://docs.goauthentik.io/add-secure-apps/providers/proxy/ (forward auth single
       * application; the outpost sets X-authentik-username; sign out at /outpost.goauthentik.io/sign_out).
       * authentik's Paperless-ngx guide covers OpenID Connect only.
       */
      expected: {
        inputs: { url: 'https://paperless.company' },
        launchUrl: 'https://paperless.company',
        proxy: { mode: 'forward_single', externalHost: 'https://paperless.company', openPaths: [] },
        appSide: {
          PAPERLESS_ENABLE_HTTP_REMOTE_USER: 'true',
          PAPERLESS_HTTP_REMOTE_USER_HEADER_NAME: 'HTTP_X_AUTHENTIK_USERNAME',
          PAPERLESS_LOGOUT_REDIRECT_URL: 'https://paperless.company/outpost.goauthentik.io/sign_out',
        },
      },
    },
  },
});
