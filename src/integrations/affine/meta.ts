/** AFFiNE in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'AFFiNE',
  protocol: 'oidc',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to a self-hosted AFFiNE workspace with authentik through its OIDC OAuth provider.',
  aliases: ['notes', 'whiteboard', 'knowledge base', 'Notion alternative'],
  popularity: 200,
  inputs: ['url'],
});
