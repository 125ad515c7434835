/** Homarr in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Homarr',
  protocol: 'oidc',
  category: 'dashboards',
  summary: 'Sign in to the Homarr dashboard with authentik over OpenID Connect, with groups synced from authentik.',
  aliases: ['dashboard', 'homepage', 'start page', 'homelab dashboard'],
  popularity: 210,
  inputs: ['url'],
});
