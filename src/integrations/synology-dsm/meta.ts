/** Synology DSM in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Synology DSM',
  protocol: 'oidc',
  category: 'files-storage',
  summary: 'Sign in to Synology DSM with authentik through its SSO Client (OpenID Connect, RS256).',
  aliases: ['nas', 'synology'],
  popularity: 110,
  inputs: ['url'],
});
