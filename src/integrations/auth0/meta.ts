/** Auth0 in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Auth0',
  protocol: 'oidc',
  category: 'platforms',
  summary: 'Let an Auth0 tenant sign users in with authentik through an OpenID Connect enterprise connection.',
  aliases: ['okta customer identity', 'ciam', 'identity platform', 'enterprise connection'],
  popularity: 140,
  inputs: ['domain'],
});
