/** Beszel in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Beszel',
  protocol: 'oidc',
  category: 'monitoring',
  summary: 'Sign in to the Beszel server monitor with authentik through PocketBase’s OpenID Connect provider, with verified email addresses.',
  aliases: ['server monitoring', 'docker stats', 'pocketbase', 'metrics'],
  popularity: 190,
  inputs: ['url'],
});
