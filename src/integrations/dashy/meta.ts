/** Dashy in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Dashy',
  protocol: 'oidc',
  category: 'dashboards',
  summary: 'Sign in to the Dashy dashboard with authentik through a public OIDC client, with an admin group from authentik.',
  aliases: ['dashboard', 'homepage', 'start page', 'homelab'],
  popularity: 180,
  inputs: ['url'],
});
