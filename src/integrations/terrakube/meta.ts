/** Terrakube in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Terrakube',
  protocol: 'oidc',
  category: 'infrastructure',
  summary: 'Sign in to Terrakube with authentik through an OpenID Connect connector of its Dex.',
  aliases: ['terraform', 'IaC', 'terraform enterprise alternative', 'dex'],
  popularity: 120,
  inputs: ['dex'],
});
