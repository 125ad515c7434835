/** Actual Budget in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Actual Budget',
  short: 'Actual',
  protocol: 'oidc',
  category: 'miscellaneous',
  summary: 'Sign in to an Actual Budget server with authentik over OpenID Connect, configured by environment variables.',
  aliases: ['budget', 'finance', 'personal finance', 'envelope budgeting', 'ynab alternative'],
  popularity: 180,
  inputs: ['url'],
});
