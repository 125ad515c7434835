/** OpenProject in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'OpenProject',
  protocol: 'oidc',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to OpenProject with authentik as a custom OpenID provider, with first and last names from a scope mapping.',
  aliases: ['project management', 'work packages', 'gantt', 'issue tracker'],
  popularity: 180,
  inputs: ['url'],
});
