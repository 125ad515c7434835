/** Gitea in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Gitea',
  protocol: 'oidc',
  category: 'development',
  summary: 'Sign in to Gitea with authentik through an OpenID Connect authentication source.',
  aliases: ['git'],
  popularity: 190,
  inputs: ['url', 'name'],
});
