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
      preview: 'Redirect URI: {url}/auth/oidc/callback',
      pages: ['t', 'c', 'u', 'g', 'tag', 'tags', 'latest', 'new', 'unread', 'top', 'categories', 'admin', 'auth', 'session', 'login', 'signup', 'search', 'review', 'about', 'badges', 'my', 'chat', 'pub', 'faq', 'guidelines', 'privacy', 'tos'],
    },
  },
  launchUrl: '{url}',
  provider: {
    protocol: 'oidc',
    redirectUris: [{ url: '{url}/auth/oidc/callback' }],
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
        { label: 'openid connect enabled', value: 'enabled', help: help.enabled },
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
});
