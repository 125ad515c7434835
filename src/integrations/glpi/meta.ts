/** GLPI in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'GLPI',
  protocol: 'saml',
  category: 'documentation',
  summary: 'Sign in to GLPI 11 with authentik over SAML through the samlSSO plugin, with just-in-time user creation.',
  aliases: ['ITSM', 'service desk', 'helpdesk', 'asset management', 'CMDB'],
  popularity: 210,
  inputs: ['url'],
});
