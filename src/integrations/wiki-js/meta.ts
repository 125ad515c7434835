/** Wiki.js in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Wiki.js',
  protocol: 'oidc',
  category: 'documentation',
  summary: 'Sign in to Wiki.js with authentik through a Generic OpenID Connect / OAuth2 authentication strategy.',
  aliases: ['wiki', 'wikijs', 'knowledge base', 'documentation'],
  popularity: 210,
  inputs: ['url', 'strategy'],
});
