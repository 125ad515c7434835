/** Wallos in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Wallos',
  protocol: 'oidc',
  category: 'miscellaneous',
  summary: 'Sign in to the Wallos subscription tracker with authentik through its OIDC settings in the Admin Panel.',
  aliases: ['subscriptions', 'budget', 'subscription tracker', 'finance'],
  popularity: 120,
  inputs: ['url'],
});
