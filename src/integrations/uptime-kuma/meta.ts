/** Uptime Kuma in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Uptime Kuma',
  protocol: 'proxy',
  category: 'monitoring',
  summary: 'Protect the Uptime Kuma dashboard with an authentik login through the outpost, keeping status pages and push URLs open.',
  aliases: ['uptime', 'status page', 'monitoring', 'kuma'],
  popularity: 140,
  inputs: ['url', 'internal'],
});
