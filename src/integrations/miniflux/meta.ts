/** Miniflux in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Miniflux',
  protocol: 'oidc',
  category: 'media',
  summary: 'Sign in to the Miniflux feed reader with authentik over OpenID Connect, configured by environment variables.',
  aliases: ['rss', 'feed reader', 'news reader', 'rss reader'],
  popularity: 160,
  inputs: ['url'],
});
