/** Personio in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Personio',
  protocol: 'oidc',
  category: 'platforms',
  summary: 'Sign in to Personio with authentik through OpenID Connect, matched by the employee’s email address.',
  aliases: ['hr', 'hris', 'human resources', 'payroll'],
  popularity: 120,
  inputs: ['callback'],
});
