/** PowerDNS-Admin in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'PowerDNS-Admin',
  protocol: 'saml',
  category: 'infrastructure',
  summary: 'Sign in to PowerDNS-Admin with authentik through SAML, with users and admin rights from authentik.',
  aliases: ['DNS', 'PowerDNS', 'pdns', 'pda'],
  popularity: 130,
  inputs: ['url'],
});
