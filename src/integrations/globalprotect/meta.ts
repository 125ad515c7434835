/** Palo Alto GlobalProtect in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Palo Alto GlobalProtect',
  short: 'GlobalProtect',
  protocol: 'saml',
  category: 'networking',
  summary: 'Sign VPN users in to a GlobalProtect portal or gateway with authentik through a SAML authentication profile.',
  aliases: ['vpn', 'palo alto networks', 'pan-os', 'panorama', 'remote access', 'firewall'],
  popularity: 75,
  inputs: ['host', 'port'],
});
