/** n8n in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'n8n',
  protocol: 'oidc',
  category: 'development',
  summary: 'Sign in to n8n (Enterprise) with authentik through its OIDC single sign-on.',
  aliases: ['workflow automation', 'automation', 'low-code'],
  popularity: 240,
  inputs: ['url'],
});
