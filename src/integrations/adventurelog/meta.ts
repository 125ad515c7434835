/** AdventureLog in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'AdventureLog',
  protocol: 'oidc',
  category: 'miscellaneous',
  summary: 'Sign in to the AdventureLog travel tracker with authentik through a django-allauth OpenID Connect social application.',
  aliases: ['travel', 'trip planner', 'travel tracker'],
  popularity: 110,
  inputs: ['url'],
});
