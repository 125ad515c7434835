/** Drupal in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Drupal',
  protocol: 'oidc',
  category: 'platforms',
  summary: 'Sign in to Drupal with authentik through the OpenID Connect / OAuth client module.',
  aliases: ['cms', 'website', 'openid_connect'],
  popularity: 130,
  inputs: ['url'],
});
