/** Jellyfin in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Jellyfin',
  protocol: 'oidc',
  category: 'media',
  summary: 'Sign in to the Jellyfin web client with authentik through the SSO Authentication plugin.',
  aliases: ['media server'],
  popularity: 240,
  inputs: ['url', 'name'],
});
