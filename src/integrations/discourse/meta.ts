/** Discourse in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Discourse',
  protocol: 'oidc',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to a Discourse forum with authentik through the OpenID Connect plugin.',
  aliases: ['forum', 'community', 'discussion board', 'message board'],
  popularity: 200,
  inputs: ['url'],
});
