/** Grafana in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Grafana',
  protocol: 'oidc',
  category: 'monitoring',
  summary: 'Sign in to Grafana with authentik through Generic OAuth, with roles from authentik groups.',
  aliases: ['dashboards'],
  popularity: 260,
  inputs: ['url'],
});
