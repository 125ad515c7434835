/** Xen Orchestra in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Xen Orchestra',
  protocol: 'oidc',
  category: 'hypervisors-orchestrators',
  summary: 'Sign in to Xen Orchestra (XOA) with authentik through the auth-oidc plugin.',
  aliases: ['xoa', 'xcp-ng', 'xenserver', 'virtualization', 'hypervisor'],
  popularity: 200,
  inputs: ['url'],
});
