/** Proxmox VE in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Proxmox VE',
  protocol: 'oidc',
  category: 'hypervisors-orchestrators',
  summary: 'Sign in to the Proxmox VE web UI with authentik through an OpenID Connect realm.',
  aliases: ['pve', 'virtualization'],
  popularity: 230,
  inputs: ['url', 'realm'],
});
