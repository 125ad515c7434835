/** Arcane in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Arcane',
  protocol: 'oidc',
  category: 'hypervisors-orchestrators',
  summary: 'Sign in to the Arcane Docker manager with authentik over OpenID Connect, from its settings or environment variables.',
  aliases: ['docker', 'docker management', 'containers', 'compose', 'portainer alternative'],
  popularity: 140,
  inputs: ['url'],
});
