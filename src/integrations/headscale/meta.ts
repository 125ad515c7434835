/** Headscale in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Headscale',
  protocol: 'oidc',
  category: 'networking',
  summary: 'Let users register Tailscale clients on a self-hosted Headscale control server by signing in with authentik.',
  aliases: ['tailscale', 'vpn', 'wireguard', 'mesh vpn', 'tailnet'],
  popularity: 230,
  inputs: ['url'],
});
