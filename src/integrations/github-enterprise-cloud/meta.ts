/** GitHub Enterprise Cloud in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'GitHub Enterprise Cloud (SAML)',
  short: 'GitHub',
  protocol: 'saml',
  category: 'development',
  summary: 'Require authentik sign-in for a GitHub Enterprise Cloud organization through SAML single sign-on.',
  aliases: ['github', 'ghec', 'github.com', 'git', 'source control'],
  popularity: 190,
  inputs: ['org'],
});
