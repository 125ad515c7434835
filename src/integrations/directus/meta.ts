/** Directus in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Directus',
  protocol: 'oidc',
  category: 'platforms',
  summary: 'Sign in to Directus with authentik through its openid auth driver, registering users with a default role.',
  aliases: ['headless cms', 'cms', 'data platform', 'backend'],
  popularity: 140,
  inputs: ['url', 'role'],
});
