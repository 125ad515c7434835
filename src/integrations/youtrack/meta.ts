/** YouTrack in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'YouTrack',
  protocol: 'saml',
  category: 'development',
  summary: 'Sign in to YouTrack (Server or Cloud) with authentik through a SAML 2.0 auth module.',
  aliases: ['jetbrains', 'issue tracker'],
  popularity: 290,
  inputs: ['url'],
});
