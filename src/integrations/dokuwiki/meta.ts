/** DokuWiki in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'DokuWiki',
  protocol: 'oidc',
  category: 'documentation',
  summary: 'Sign in to DokuWiki with authentik through the OAuth and OAuth Generic plugins.',
  aliases: ['wiki', 'documentation'],
  popularity: 170,
  inputs: ['url'],
});
