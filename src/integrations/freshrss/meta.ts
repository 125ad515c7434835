/** FreshRSS in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'FreshRSS',
  protocol: 'oidc',
  category: 'media',
  summary: 'Sign in to FreshRSS with authentik through mod_auth_openidc, with the authentik username as the FreshRSS user.',
  aliases: ['rss', 'feed reader', 'news reader', 'rss reader'],
  popularity: 170,
  inputs: ['url'],
});
