/** GitHub Enterprise Server in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'GitHub Enterprise Server',
  short: 'GitHub Enterprise Server',
  protocol: 'saml',
  category: 'development',
  summary: 'Sign in to a self-hosted GitHub Enterprise Server instance with authentik through SAML.',
  aliases: ['github', 'ghes', 'github enterprise', 'git', 'source control'],
  popularity: 170,
  inputs: ['url'],
});
