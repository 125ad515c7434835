/** Sonarr in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Sonarr',
  protocol: 'proxy',
  category: 'media',
  summary: 'Put an authentik login in front of Sonarr through the outpost, keeping its API open for Prowlarr and the other apps.',
  aliases: ['arr', 'servarr', 'tv shows', 'pvr'],
  popularity: 120,
  inputs: ['url', 'internal'],
});
