/** AWX / Ansible Tower in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'AWX / Ansible Tower',
  short: 'AWX',
  protocol: 'saml',
  category: 'infrastructure',
  summary: 'Sign in to AWX or automation controller (Ansible Tower, AAP 2.4 and earlier) with authentik through SAML.',
  aliases: ['ansible', 'ansible tower', 'automation controller', 'red hat ansible automation platform', 'aap'],
  popularity: 200,
  inputs: ['url'],
});
