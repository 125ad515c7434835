/** Kanboard in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Kanboard',
  protocol: 'oidc',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to Kanboard with authentik through the OAuth2 plugin.',
  aliases: ['kanban', 'project management', 'task board'],
  popularity: 150,
  inputs: ['url'],
});
