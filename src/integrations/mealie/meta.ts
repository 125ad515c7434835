/** Mealie in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Mealie',
  protocol: 'oidc',
  category: 'home',
  summary: 'Sign in to Mealie with authentik over OpenID Connect, with user and admin rights from entitlements.',
  aliases: ['recipes'],
  popularity: 170,
  inputs: ['url'],
});
