/** Semaphore UI in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Semaphore UI',
  short: 'Semaphore',
  protocol: 'oidc',
  category: 'infrastructure',
  summary: 'Sign in to Semaphore UI (formerly Ansible Semaphore) with authentik through an oidc_providers entry in config.json.',
  aliases: ['ansible semaphore', 'ansible', 'terraform', 'automation'],
  popularity: 160,
  inputs: ['url', 'name'],
});
