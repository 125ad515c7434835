/** Rocket.Chat in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Rocket.Chat',
  protocol: 'oidc',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to Rocket.Chat with authentik through a Custom OAuth service.',
  aliases: ['rocketchat', 'chat', 'team chat', 'messaging', 'custom oauth'],
  popularity: 220,
  inputs: ['url', 'name'],
});
