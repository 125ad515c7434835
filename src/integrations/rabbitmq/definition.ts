/**
 * RabbitMQ signs users in to its management UI through the rabbitmq_auth_backend_oauth2 plugin,
 * configured in rabbitmq.conf. The UI is a public client (authorization code with PKCE) that calls
 * back to <UI address>/js/oidc-oauth/login-callback.html; RabbitMQ then checks that the access token's
 * audience names its resource server id and maps authentik groups to tags and permissions.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { AUDIENCE, help, manualTest, notes, snippet, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/infrastructure/rabbitmq/', vendor: 'https://www.rabbitmq.com/docs/oauth2' },
  inputs: {
    url: {
      type: 'url',
      label: 'RabbitMQ management URL',
      help: help.url,
      example: 'https://rabbitmq.company:15672',
      // The UI's scripts (with the callback), the HTTP API and the CLI download page.
      pages: ['js', 'api', 'cli', '*.html'],
    },
  },
  provider: {
    protocol: 'oidc',
    clientType: 'public',
    redirectUris: ['{url}/js/oidc-oauth/login-callback.html'],
    signingKey: 'any',
    customScopes: [AUDIENCE],
  },
  screen: [
    {
      title: 'rabbitmq.conf',
      location: '/etc/rabbitmq/rabbitmq.conf (then restart RabbitMQ)',
      format: 'file',
      snippet,
      fields: [
        { label: 'auth_backends.1', value: 'rabbit_auth_backend_oauth2', help: help.backends },
        { label: 'auth_backends.2', value: 'rabbit_auth_backend_internal' },
        { label: 'auth_oauth2.resource_server_id', value: 'rabbitmq', help: help.resource },
        { label: 'auth_oauth2.issuer', value: '{issuer}', help: help.issuer },
        { label: 'auth_oauth2.additional_scopes_key', value: 'groups', help: help.aliases },
        { label: 'management.oauth_enabled', value: 'true' },
        { label: 'management.oauth_client_id', value: '{client_id}' },
        { label: 'management.oauth_scopes', value: 'openid profile email rabbitmq', help: help.scopes },
      ],
      notes: [notes.plugin, notes.groups, notes.clients],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is the management UI’s login callback', why: why.redirect },
    'signing-key': { why: 'RabbitMQ verifies every access token with the keys authentik publishes at the issuer.' },
    'custom-mappings': { title: 'The rabbitmq scope puts RabbitMQ into the token audience', why: why.scope },
    discovery: { why: 'RabbitMQ finds the endpoints and keys through auth_oauth2.issuer, which must be this provider’s issuer.' },
  },
  manualTest,
  /**
   * RabbitMQ: values copied from https://integrations.goauthentik.io/infrastructure/rabbitmq/ (sections
   * "Create a property mapping", "Create an application and provider in authentik" and "RabbitMQ
   * configuration") and from the vendor: https://www.rabbitmq.com/docs/oauth2 ("How to configure it":
   * management.oauth_enabled, management.oauth_client_id, auth_oauth2.resource_server_id,
   * auth_oauth2.issuer; the audience must contain the resource server id) with the management plugin's
   * source (github.com/rabbitmq/rabbitmq-server, deps/rabbitmq_management/priv/www/js/oidc-oauth/
   * login-callback.html, the page the UI names as its redirect URI), for the example inputs below.
   * Where they disagree: the guide also turns on the client credentials grant (for AMQP clients that
   * fetch tokens); the management UI login needs only the authorization code, which is what is expected
   * here.
   */
  expected: {
    sources: {
      followed:
        'vendor for the grant: the management UI login uses the authorization code flow only; the guide’s extra client credentials grant serves AMQP clients and is left to the admin',
    },
    inputs: { url: 'https://rabbitmq.company:15672' },
    launchUrl: 'https://rabbitmq.company:15672',
    oidc: {
      redirectUris: ['https://rabbitmq.company:15672/js/oidc-oauth/login-callback.html'],
      scopes: ['openid', 'profile', 'email', 'rabbitmq'],
      clientType: 'public',
      signing: 'any',
      claims: ['aud', 'preferred_username', 'email', 'groups'],
    },
    appSide: {
      'auth_backends.1': 'rabbit_auth_backend_oauth2',
      'auth_backends.2': 'rabbit_auth_backend_internal',
      'auth_oauth2.resource_server_id': 'rabbitmq',
      'auth_oauth2.issuer': 'https://authentik.company/application/o/rabbitmq/',
      'auth_oauth2.additional_scopes_key': 'groups',
      'management.oauth_enabled': 'true',
      'management.oauth_scopes': 'openid profile email rabbitmq',
    },
  },
});
