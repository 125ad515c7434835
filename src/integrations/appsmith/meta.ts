/** Appsmith in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Appsmith',
  protocol: 'oidc',
  category: 'platforms',
  summary: 'Sign in to a self-hosted Appsmith (Enterprise) with authentik through OIDC in Admin Settings › Authentication.',
  aliases: ['low-code', 'internal tools', 'app builder'],
  popularity: 160,
  inputs: ['url'],
});
