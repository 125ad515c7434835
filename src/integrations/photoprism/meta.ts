/** PhotoPrism in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'PhotoPrism',
  protocol: 'oidc',
  category: 'media',
  summary: 'Sign in to the PhotoPrism photo library with authentik over OpenID Connect, configured by environment variables.',
  aliases: ['photos', 'photo library', 'gallery', 'google photos alternative'],
  popularity: 200,
  inputs: ['url'],
});
