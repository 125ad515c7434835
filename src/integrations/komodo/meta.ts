/** Komodo in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Komodo',
  protocol: 'oidc',
  category: 'infrastructure',
  summary: 'Sign in to Komodo (servers, stacks, builds and deployments) with authentik through OpenID Connect.',
  aliases: ['docker management', 'deployment', 'container management', 'komo.do'],
  popularity: 210,
  inputs: ['url'],
});
