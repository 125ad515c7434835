/** Tailscale in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Tailscale',
  protocol: 'oidc',
  category: 'networking',
  summary: 'Sign up and sign in to a Tailscale tailnet with authentik as a custom OIDC provider, found through WebFinger on your domain.',
  aliases: ['vpn', 'wireguard'],
  popularity: 100,
  inputs: ['email'],
});
