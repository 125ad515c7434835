/** Papra in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Papra',
  protocol: 'oidc',
  category: 'documentation',
  summary: 'Sign in to Papra with authentik through a custom OIDC provider in AUTH_PROVIDERS_CUSTOMS.',
  aliases: ['document management', 'DMS', 'archive', 'paperless'],
  popularity: 110,
  inputs: ['url'],
});
