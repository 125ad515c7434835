/** Planka in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Planka',
  protocol: 'oidc',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to Planka with authentik over OpenID Connect, with administrators from an authentik group.',
  aliases: ['kanban', 'trello alternative', 'project management', 'boards'],
  popularity: 150,
  inputs: ['url'],
});
