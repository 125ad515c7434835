/** Maintainerr in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Maintainerr',
  protocol: 'proxy',
  category: 'media',
  summary: 'Put an authentik login in front of Maintainerr, which has no login of its own, with the outpost as its reverse proxy.',
  aliases: ['plex cleanup', 'jellyfin cleanup', 'media rules'],
  popularity: 50,
  inputs: ['url', 'internal'],
});
