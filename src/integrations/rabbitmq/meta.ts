/** RabbitMQ in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'RabbitMQ',
  protocol: 'oidc',
  category: 'infrastructure',
  summary:
    'Sign in to the RabbitMQ management UI with authentik through the OAuth 2.0 backend plugin, with tags and permissions from authentik groups.',
  aliases: ['message broker', 'AMQP', 'queue', 'management UI', 'rabbitmq_auth_backend_oauth2'],
  popularity: 190,
  inputs: ['url'],
});
