/** Home Assistant in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Home Assistant',
  protocol: 'oidc',
  category: 'home',
  summary: 'Sign in to Home Assistant with authentik through the hass-oidc-auth integration from HACS.',
  aliases: ['hass', 'home automation'],
  popularity: 250,
  inputs: ['url'],
});
