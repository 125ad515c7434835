/** Radarr in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Radarr',
  protocol: 'proxy',
  category: 'media',
  summary: 'Put an authentik login in front of Radarr through the outpost, keeping its API open for Prowlarr and the other apps.',
  aliases: ['arr', 'servarr', 'movies', 'pvr'],
  popularity: 115,
  inputs: ['url', 'internal'],
});
