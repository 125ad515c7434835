/** phpIPAM in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'phpIPAM',
  protocol: 'saml',
  category: 'infrastructure',
  summary: 'Sign in to phpIPAM with authentik through its SAML2 authentication method, with users created on first login.',
  aliases: ['IPAM', 'IP address management', 'subnets', 'VLAN'],
  popularity: 140,
  inputs: ['url'],
});
