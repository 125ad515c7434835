/** Gatus in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Gatus',
  protocol: 'oidc',
  category: 'monitoring',
  summary: 'Protect the Gatus status page and health dashboard with an authentik login over OpenID Connect.',
  aliases: ['status page', 'uptime', 'health checks', 'uptime monitoring'],
  popularity: 150,
  inputs: ['url'],
});
