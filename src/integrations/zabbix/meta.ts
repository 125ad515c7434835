/** Zabbix in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Zabbix',
  protocol: 'saml',
  category: 'monitoring',
  summary: 'Sign in to the Zabbix frontend with authentik over SAML, matched by username, with optional JIT provisioning.',
  aliases: ['monitoring', 'network monitoring', 'observability', 'nms'],
  popularity: 200,
  inputs: ['url'],
});
