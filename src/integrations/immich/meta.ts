/** Immich in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Immich',
  protocol: 'oidc',
  category: 'media',
  summary: 'Sign in to Immich on the web and in its mobile apps with authentik over OpenID Connect.',
  aliases: ['photos'],
  popularity: 270,
  inputs: ['url'],
});
