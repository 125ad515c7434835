/** zot in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'zot',
  protocol: 'oidc',
  category: 'infrastructure',
  summary: 'Sign in to the zot registry web interface with authentik through its OpenID Connect social login.',
  aliases: ['container registry', 'OCI registry', 'docker registry', 'zot registry'],
  popularity: 150,
  inputs: ['url'],
});
