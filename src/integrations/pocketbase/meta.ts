/** PocketBase in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'PocketBase',
  protocol: 'oidc',
  category: 'platforms',
  summary: 'Let users of a PocketBase auth collection sign in with authentik through its OIDC OAuth2 provider.',
  aliases: ['backend', 'baas', 'sqlite', 'auth collection'],
  popularity: 175,
  inputs: ['url'],
});
