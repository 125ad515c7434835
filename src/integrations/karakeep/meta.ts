/** Karakeep in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Karakeep',
  protocol: 'oidc',
  category: 'documentation',
  summary: 'Sign in to Karakeep with authentik over OpenID Connect, configured by environment variables.',
  aliases: ['hoarder', 'bookmarks', 'bookmark manager', 'read later'],
  popularity: 170,
  inputs: ['url'],
});
