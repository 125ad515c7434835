/** Linkwarden in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Linkwarden',
  protocol: 'oidc',
  category: 'dashboards',
  summary: 'Sign in to the Linkwarden bookmark manager with authentik through its built-in authentik provider (.env).',
  aliases: ['bookmarks', 'bookmark manager', 'read later', 'archive'],
  popularity: 140,
  inputs: ['url'],
});
