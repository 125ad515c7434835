/** Harbor in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Harbor',
  protocol: 'oidc',
  category: 'infrastructure',
  summary: 'Sign in to the Harbor container registry with authentik as its OIDC auth mode, with groups and admin group.',
  aliases: ['container registry', 'docker registry', 'registry', 'oci'],
  popularity: 200,
  inputs: ['url'],
});
