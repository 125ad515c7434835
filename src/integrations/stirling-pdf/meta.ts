/** Stirling PDF in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Stirling PDF',
  protocol: 'oidc',
  category: 'documentation',
  summary: 'Sign in to a self-hosted Stirling PDF (Server or Enterprise licence) with authentik through OpenID Connect.',
  aliases: ['pdf', 'pdf editor', 'stirling', 's-pdf', 'document tools'],
  popularity: 210,
  inputs: ['url'],
});
