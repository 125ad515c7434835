/** Vikunja in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Vikunja',
  protocol: 'oidc',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to Vikunja with authentik through an OpenID Connect provider in config.yml.',
  aliases: ['to-do', 'todo', 'tasks', 'project management', 'kanban'],
  popularity: 160,
  inputs: ['url', 'provider'],
});
