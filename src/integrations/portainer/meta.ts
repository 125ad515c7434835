/** Portainer in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Portainer',
  protocol: 'oidc',
  category: 'hypervisors-orchestrators',
  summary: 'Sign in to Portainer with authentik through its Custom OAuth provider, with automatic user provisioning.',
  aliases: ['docker'],
  popularity: 210,
  inputs: ['url'],
});
