/** WordPress in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'WordPress',
  protocol: 'oidc',
  category: 'platforms',
  summary: 'Sign in to WordPress with authentik through the OpenID Connect Generic Client plugin.',
  aliases: ['wp', 'blog', 'cms', 'website', 'openid connect generic'],
  popularity: 70,
  inputs: ['url'],
});
