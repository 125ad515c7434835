/** wg-easy in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'wg-easy',
  protocol: 'oidc',
  category: 'networking',
  summary: 'Sign in to the wg-easy WireGuard web UI with authentik over OpenID Connect, configured by environment variables.',
  aliases: ['wireguard', 'vpn', 'wg'],
  popularity: 200,
  inputs: ['url'],
});
