/** Nutanix Prism Central in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Nutanix Prism Central',
  short: 'Prism Central',
  protocol: 'saml',
  category: 'hypervisors-orchestrators',
  summary: 'Sign in to Nutanix Prism Central with authentik as a SAML identity provider, with roles from authorization policies.',
  aliases: ['Nutanix', 'Prism', 'AHV', 'HCI', 'hypervisor'],
  popularity: 170,
  inputs: ['url'],
});
