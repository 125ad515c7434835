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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/rabbitmq/',
    vendor: 'https://www.rabbitmq.com/docs/oauth2',
    followed: 'vendor for the grant: the management UI login uses the authorization code flow only; the guide’s extra client credentials grant serves AMQP clients and is left to the admin',
  },
  inputs: { url: 'https://rabbitmq.company:15672' },
  launchUrl: 'https://rabbitmq.company:15672',
  oidc: {
    redirectUris: [{ url: 'https://rabbitmq.company:15672/js/oidc-oauth/login-callback.html' }],
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
});
