/** Firezone in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Firezone',
  protocol: 'oidc',
  category: 'networking',
  summary: 'Sign in to Firezone (zero-trust access on WireGuard) with authentik as a universal OIDC provider.',
  aliases: ['vpn', 'wireguard', 'zero trust', 'ztna', 'remote access'],
  popularity: 130,
  inputs: ['account'],
});
