/** Jenkins in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Jenkins',
  protocol: 'oidc',
  category: 'development',
  summary: 'Sign in to Jenkins with authentik through the OpenID Connect Authentication plugin, with groups and logout.',
  aliases: ['ci', 'ci/cd', 'build server', 'oic-auth'],
  popularity: 270,
  inputs: ['url'],
});
