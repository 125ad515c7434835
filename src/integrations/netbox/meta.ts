/** NetBox in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'NetBox',
  protocol: 'oidc',
  category: 'documentation',
  summary: 'Sign in to NetBox with authentik through python-social-auth’s OpenID Connect backend.',
  aliases: ['ipam', 'dcim', 'network documentation', 'source of truth'],
  popularity: 210,
  inputs: ['url'],
});
