/** Budibase in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Budibase',
  protocol: 'oidc',
  category: 'platforms',
  summary: 'Sign in to Budibase with authentik through OpenID Connect under Settings › Auth.',
  aliases: ['low-code', 'internal tools', 'app builder', 'workflow'],
  popularity: 165,
  inputs: ['url'],
});
