/** Docker in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Docker',
  protocol: 'saml',
  category: 'platforms',
  summary: 'Sign in to Docker Hub and Docker Desktop (Docker Business) with authentik through a SAML SSO connection.',
  aliases: ['docker hub', 'docker desktop', 'containers', 'registry'],
  popularity: 170,
  inputs: ['acs', 'entity'],
});
