/** Rancher in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Rancher',
  protocol: 'oidc',
  category: 'hypervisors-orchestrators',
  summary: 'Sign in to Rancher with authentik through its Generic OIDC auth provider, with authentik groups.',
  aliases: ['kubernetes', 'k8s', 'suse rancher', 'rke'],
  popularity: 220,
  inputs: ['url'],
});
