/**
 * Discourse signs users in through its bundled OpenID Connect plugin (discourse-openid-connect). It reads
 * authentik's discovery document, calls back to <site>/auth/oidc/callback, checks the ID token's issuer,
 * audience and nonce without verifying its signature, and takes email, name and email_verified from
 * userinfo.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/discourse/',
    vendor: 'https://meta.discourse.org/t/discourse-openid-connect-oidc/103632',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Discourse URL',
      help: help.url,
      example: 'https://discourse.company',
      pages: [
        't',
        'c',
        'u',
        'g',
        'tag',
        'tags',
        'latest',
        'new',
        'unread',
        'top',
        'categories',
        'admin',
        'auth',
        'session',
        'login',
        'signup',
        'search',
        'review',
        'about',
        'badges',
        'my',
        'chat',
        'pub',
        'faq',
        'guidelines',
        'privacy',
        'tos',
      ],
    },
  },
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/auth/oidc/callback'],
    scopes: ['openid', 'profile'],
    customScopes: ['email-verified'],
    // The plugin decodes the ID token without verifying its signature (server-to-server token exchange).
    signingKey: 'any',
    signingKeyOptional: true,
  },
  screen: [
    {
      title: 'OpenID Connect plugin settings',
      location: 'Admin › All site settings (search for openid_connect)',
      fields: [
        { label: 'openid connect enabled', value: 'enabled', choice: true, help: help.enabled },
        { label: 'openid connect discovery document', value: '{discovery_url}', help: help.discovery },
        { label: 'openid connect client id', value: '{client_id}' },
        { label: 'openid connect client secret', value: '{client_secret}', secret: true },
        { label: 'openid connect authorize scope', value: 'openid email profile', help: help.scope },
      ],
      notes: [notes.plugin, notes.confirm, notes.logout],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Discourse’s /auth/oidc/callback', why: why.redirect },
    'email-claim': { source: 'userinfo', why: why.email },
    'custom-mappings': { why: why.verified },
    discovery: { why: 'The plugin reads the authorize, token and userinfo endpoints from the discovery document.' },
  },
  manualTest,
  /**
   * Discourse: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/discourse/
   * ("Create an application and provider": Strict redirect URI https://discourse.company/auth/oidc/callback;
   * "Configure OpenID Connect": openid connect discovery document
   * …/application/o/<application_slug>/.well-known/openid-configuration, openid connect authorize scope
   * `openid email profile`) and the vendor: https://meta.discourse.org/t/discourse-openid-connect-oidc/103632
   * with the plugin's source (github.com/discourse/discourse-openid-connect: authenticator name "oidc", so
   * omniauth's callback /auth/oidc/callback; config/settings.yml default openid_connect_authorize_scope
   * "openid"; lib/omniauth_open_id_connect.rb decodes the id_token with verification off and reads
   * name/email from userinfo; lib/openid_connect_authenticator.rb trusts the email only if email_verified
   * is true or absent), for the example inputs below.
   * Where they disagree: nothing on the values. The guide keeps authentik's default email mapping, which
   * (since 2025.10) sends email_verified false, and the plugin then treats the address as unverified; the
   * vendor's rule is followed with a verified-email scope mapping, which does not change the scopes asked.
   */
  expected: {
    sources: { followed: 'vendor source for email_verified (the plugin distrusts an unverified address); otherwise both agree' },
    inputs: { url: 'https://discourse.company' },
    launchUrl: 'https://discourse.company',
    oidc: {
      redirectUris: ['https://discourse.company/auth/oidc/callback'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['email', 'email_verified', 'name', 'preferred_username'],
    },
    appSide: {
      'openid connect discovery document': 'https://authentik.company/application/o/discourse/.well-known/openid-configuration',
      'openid connect authorize scope': 'openid email profile',
    },
  },
});
