/** FortiManager in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'FortiManager',
  protocol: 'saml',
  category: 'networking',
  summary: 'Sign administrators in to FortiManager with authentik through SAML admin authentication.',
  aliases: ['fortinet', 'firewall management', 'fortigate management'],
  popularity: 140,
  inputs: ['host'],
});
