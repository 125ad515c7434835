/** Wazuh in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Wazuh',
  protocol: 'saml',
  category: 'monitoring',
  summary: 'Sign in to the Wazuh dashboard with authentik over SAML, with admin rights from an authentik group.',
  aliases: ['siem', 'xdr', 'security monitoring', 'opensearch', 'intrusion detection'],
  popularity: 190,
  inputs: ['url'],
});
