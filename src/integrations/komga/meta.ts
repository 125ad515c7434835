/** Komga in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Komga',
  protocol: 'oidc',
  category: 'media',
  summary: 'Sign in to the Komga comics and manga server with authentik through Spring Security OAuth2 login in application.yml.',
  aliases: ['comics', 'manga', 'ebooks', 'reader'],
  popularity: 160,
  inputs: ['url'],
});
