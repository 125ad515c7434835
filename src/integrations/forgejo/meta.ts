/** Forgejo in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Forgejo',
  protocol: 'oidc',
  category: 'development',
  summary: 'Let Forgejo users sign in with authentik via an OAuth2 authentication source (OpenID Connect).',
  aliases: ['git', 'codeberg'],
  popularity: 180,
  inputs: ['url', 'name'],
});
