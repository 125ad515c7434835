/** BookStack in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'BookStack',
  protocol: 'oidc',
  category: 'documentation',
  summary: 'Sign in to BookStack with authentik over OpenID Connect, configured in its .env file.',
  aliases: ['wiki', 'knowledge base', 'documentation'],
  popularity: 240,
  inputs: ['url'],
});
