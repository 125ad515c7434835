/** Prowlarr in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Prowlarr',
  protocol: 'proxy',
  category: 'media',
  summary: 'Put an authentik login in front of Prowlarr through the outpost, keeping its API and indexer feeds open for Sonarr and Radarr.',
  aliases: ['arr', 'servarr', 'indexers', 'torznab', 'newznab'],
  popularity: 105,
  inputs: ['url', 'internal'],
});
