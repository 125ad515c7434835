/** Cisco Secure FMC in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Cisco Secure Firewall Management Center',
  short: 'Cisco FMC',
  protocol: 'saml',
  category: 'networking',
  summary: 'Sign in to Cisco Secure Firewall Management Center (FMC) with authentik through SAML, with roles from entitlements.',
  aliases: ['cisco fmc', 'fmc', 'firepower', 'firewall', 'cisco secure firewall'],
  popularity: 95,
  inputs: ['url'],
});
