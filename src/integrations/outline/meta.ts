/** Outline in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Outline',
  protocol: 'oidc',
  category: 'documentation',
  summary: 'Sign in to Outline with authentik through its OIDC plugin, with verified email addresses.',
  aliases: ['wiki', 'knowledge base'],
  popularity: 150,
  inputs: ['url'],
});
