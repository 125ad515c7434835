/** Kavita in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Kavita',
  protocol: 'oidc',
  category: 'media',
  summary: 'Sign in to the Kavita reading server with authentik over OpenID Connect, with accounts provisioned on first login.',
  aliases: ['ebooks', 'manga', 'comics', 'reader', 'library'],
  popularity: 150,
  inputs: ['url'],
});
