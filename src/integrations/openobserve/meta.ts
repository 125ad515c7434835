/** OpenObserve in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'OpenObserve',
  protocol: 'oidc',
  category: 'monitoring',
  summary: 'Sign in to OpenObserve Enterprise with authentik through Dex, with authentik groups passed on as roles.',
  aliases: ['observability', 'logs', 'log management', 'tracing', 'dex'],
  popularity: 110,
  inputs: ['url', 'dex'],
});
