/** Audiobookshelf in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Audiobookshelf',
  protocol: 'oidc',
  category: 'media',
  summary: 'Let Audiobookshelf users sign in with authentik through its built-in OpenID Connect login, on the web and in the mobile apps.',
  aliases: ['audiobooks', 'podcasts'],
  popularity: 140,
  inputs: ['url'],
});
