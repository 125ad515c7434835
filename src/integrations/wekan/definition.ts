/**
 * WeKan signs users in through Meteor's OIDC login service, configured by OAUTH2_* variables. Meteor
 * calls back to ROOT_URL/_oauth/oidc; WeKan reads the user from authentik's userinfo endpoint and does
 * not verify an ID token.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/wekan/',
    vendor: 'https://github.com/wekan/wekan/blob/main/docs/Login/OAuth2.md',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'WeKan URL',
      help: help.url,
      example: 'https://wekan.company',
      pages: [
        'b',
        'sign-in',
        'sign-up',
        'forgot-password',
        'admin-panel',
        'setting',
        'people',
        'information',
        'my-cards',
        'due-cards',
        'global-search',
        'templates',
        'import',
        '_oauth',
        'api',
        'cdn',
      ],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/_oauth/oidc'], signingKey: 'any', signingKeyOptional: true },
  screen: [
    {
      title: 'Environment',
      location: 'WeKan’s environment (compose file or .env), then restart',
      format: 'env',
      fields: [
        { label: 'ROOT_URL', value: '{url}', help: help.root },
        { label: 'OAUTH2_ENABLED', value: 'true' },
        { label: 'OAUTH2_LOGIN_STYLE', value: 'redirect' },
        { label: 'OAUTH2_CLIENT_ID', value: '{client_id}' },
        { label: 'OAUTH2_SERVER_URL', value: '{ak}', help: help.server },
        { label: 'OAUTH2_AUTH_ENDPOINT', value: '/application/o/authorize/' },
        { label: 'OAUTH2_USERINFO_ENDPOINT', value: '/application/o/userinfo/' },
        { label: 'OAUTH2_TOKEN_ENDPOINT', value: '/application/o/token/' },
        { label: 'OAUTH2_SECRET', value: '{client_secret}', secret: true },
        { label: 'OAUTH2_REQUEST_PERMISSIONS', value: 'openid profile email' },
        { label: 'OAUTH2_ID_MAP', value: 'sub' },
        { label: 'OAUTH2_USERNAME_MAP', value: 'email', help: help.username },
        { label: 'OAUTH2_FULLNAME_MAP', value: 'given_name', help: help.fullname },
        { label: 'OAUTH2_EMAIL_MAP', value: 'email' },
      ],
      notes: [notes.quotes, notes.snap],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is WeKan’s /_oauth/oidc', why: why.redirect },
    'email-claim': { source: 'userinfo', why: why.email },
    discovery: { why: 'OAUTH2_SERVER_URL and the three endpoint paths must add up to the endpoints authentik announces.' },
  },
  manualTest,
  /**
   * WeKan: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/wekan/
   * ("Create an application and provider in authentik": Strict redirect URI https://wekan.company/_oauth/oidc;
   * "Wekan configuration", Docker tab: OAUTH2_ENABLED, OAUTH2_LOGIN_STYLE=redirect, OAUTH2_SERVER_URL
   * https://authentik.company, endpoint paths /application/o/authorize/, /application/o/userinfo/,
   * /application/o/token/, OAUTH2_ID_MAP=sub, OAUTH2_USERNAME_MAP=email, OAUTH2_FULLNAME_MAP=given_name,
   * OAUTH2_EMAIL_MAP=email) and the vendor's https://github.com/wekan/wekan/blob/main/docs/Login/OAuth2.md
   * (redirect URL https://wekan.example.com/_oauth/oidc, oauth2-request-permissions 'openid profile email';
   * Meteor's OAuth guide: the callback is $ROOT_URL/_oauth/<service>, not configurable), for the example
   * inputs below.
   * Where they disagree: the guide does not set OAUTH2_REQUEST_PERMISSIONS or ROOT_URL; WeKan's wiki sets
   * the former to "openid profile email" and Meteor builds the callback from the latter, so the vendor is
   * followed for both (same scopes as the guide's provider).
   */
  expected: {
    sources: { followed: 'vendor for ROOT_URL and OAUTH2_REQUEST_PERMISSIONS, which the guide leaves out; the guide for every other variable' },
    inputs: { url: 'https://wekan.company' },
    launchUrl: 'https://wekan.company',
    oidc: {
      redirectUris: ['https://wekan.company/_oauth/oidc'],
      scopes: ['openid', 'profile', 'email'],
      signing: 'any',
      claims: ['sub', 'email', 'given_name'],
    },
    appSide: {
      ROOT_URL: 'https://wekan.company',
      OAUTH2_ENABLED: 'true',
      OAUTH2_LOGIN_STYLE: 'redirect',
      OAUTH2_SERVER_URL: 'https://authentik.company',
      OAUTH2_AUTH_ENDPOINT: '/application/o/authorize/',
      OAUTH2_USERINFO_ENDPOINT: '/application/o/userinfo/',
      OAUTH2_TOKEN_ENDPOINT: '/application/o/token/',
      OAUTH2_REQUEST_PERMISSIONS: 'openid profile email',
      OAUTH2_ID_MAP: 'sub',
      OAUTH2_USERNAME_MAP: 'email',
      OAUTH2_FULLNAME_MAP: 'given_name',
      OAUTH2_EMAIL_MAP: 'email',
    },
  },
});
