/** FortiGate Admin Login in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'FortiGate Admin Login',
  short: 'FortiGate',
  protocol: 'saml',
  category: 'networking',
  summary: 'Sign administrators in to the FortiGate web interface with authentik through SAML single sign-on.',
  aliases: ['fortinet', 'fortios', 'firewall', 'ngfw', 'fortigate'],
  popularity: 80,
  inputs: ['host'],
});
