/** Tandoor in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Tandoor Recipes',
  short: 'Tandoor',
  protocol: 'oidc',
  category: 'documentation',
  summary: 'Sign in to Tandoor Recipes with authentik through django-allauth’s OpenID Connect provider.',
  aliases: ['recipes', 'meal planning', 'cookbook', 'Tandoor'],
  popularity: 140,
  inputs: ['url'],
});
