/** RabbitMQ's prose: help texts, notes, reasons and the manual test. */
import type { CustomScopeSpec, ManualTest, NoteSpec } from '../../features/wizard/definition/format';

const CALLBACK = '/js/oidc-oauth/login-callback.html';

/** RabbitMQ accepts only tokens whose audience names its resource server id. */
export const AUDIENCE: CustomScopeSpec = {
  name: 'RabbitMQ: rabbitmq (aud)',
  scope: 'rabbitmq',
  expression: 'return {"aud": ["rabbitmq"]}',
  description: 'Puts RabbitMQ’s resource server id, rabbitmq, into the token audience.',
};

export const ALIASES = 'rabbitmq.tag:administrator rabbitmq.read:*/* rabbitmq.write:*/* rabbitmq.configure:*/*';

export const snippet = `auth_backends.1 = rabbit_auth_backend_oauth2
auth_backends.2 = rabbit_auth_backend_internal

auth_oauth2.resource_server_id          = rabbitmq
auth_oauth2.issuer                      = {issuer}
auth_oauth2.preferred_username_claims.1 = preferred_username
auth_oauth2.preferred_username_claims.2 = email

auth_oauth2.additional_scopes_key = groups
auth_oauth2.scope_aliases.1.alias = rabbitmq-administrator
auth_oauth2.scope_aliases.1.scope = ${ALIASES}
auth_oauth2.scope_aliases.2.alias = rabbitmq-monitoring
auth_oauth2.scope_aliases.2.scope = rabbitmq.tag:monitoring rabbitmq.read:*/*

management.oauth_enabled   = true
management.oauth_client_id = {client_id}
management.oauth_scopes    = openid profile email rabbitmq`;

export const help = {
  url: 'The address of the management UI as users open it, with its port (15672 by default) when it is not behind a reverse proxy on 443. You can paste any management page; the wizard keeps only the base address.',
  resource: 'RabbitMQ only accepts tokens whose audience contains this id; the provider’s rabbitmq scope puts it there.',
  issuer: 'RabbitMQ finds authentik’s endpoints and keys through this issuer.',
  backends: 'OAuth 2.0 first, then RabbitMQ’s own users, so local accounts keep working.',
  aliases:
    'Members of the authentik group rabbitmq-administrator become administrators; rabbitmq-monitoring gets read-only monitoring. RabbitMQ reads the group names from the groups claim.',
  scopes: 'Separated by spaces. rabbitmq is the scope that adds the audience.',
};

export const notes = {
  plugin: {
    tone: 'info',
    text: 'Enable the plugin first: rabbitmq-plugins enable rabbitmq_auth_backend_oauth2. Restart RabbitMQ after editing rabbitmq.conf.',
  },
  groups: {
    tone: 'warning',
    text: 'Create the authentik groups rabbitmq-administrator and rabbitmq-monitoring and add users to them: a user in neither group signs in to authentik but gets no permission in RabbitMQ.',
  },
  clients: {
    tone: 'info',
    text: 'AMQP and HTTP API clients can use an authentik access token as their password. That needs the client credentials grant on this provider, which the wizard does not turn on: add it in authentik if you need it.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: `The management UI sends its own address followed by ${CALLBACK}; authentik refuses any other string with “Redirect URI Error”.`,
  client: 'The management UI signs in from the browser with PKCE and holds no client secret.',
  scope: 'RabbitMQ rejects a token whose audience does not contain its resource server id, rabbitmq.',
};

export const manualTest: ManualTest = {
  steps: [
    'Open the RabbitMQ management UI and sign out if you are signed in.',
    'Click “Click here to log in”.',
    'Sign in at authentik with a user in rabbitmq-administrator or rabbitmq-monitoring.',
    'If it fails, come back here and click Check again: a refused redirect URI is recorded by authentik.',
  ],
  success: 'The management UI opens with the tabs that match the user’s group (all tabs for administrators).',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: `The management UI was opened at another address (host, port or http) than the provider lists; its callback is that address followed by ${CALLBACK}.`,
      checkId: 'redirect-errors',
    },
    {
      message: 'Not authorized (back on the management login page)',
      meaning:
        'RabbitMQ refused the token: the user is in neither RabbitMQ group, or the token lacks the rabbitmq audience because the rabbitmq scope is missing from the provider or from management.oauth_scopes.',
      checkId: 'custom-mappings',
    },
    {
      message: 'The login page shows only a username and password form',
      meaning: 'management.oauth_enabled is not true, the plugin is not enabled, or RabbitMQ was not restarted.',
    },
    {
      message: 'Client authentication failed (on an authentik page)',
      meaning: 'The provider is confidential; the management UI sends no secret. Set the client type to Public.',
    },
  ],
};
