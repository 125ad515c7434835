/** Infisical in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Infisical',
  protocol: 'oidc',
  category: 'security',
  summary: 'Sign in to Infisical (Cloud or self-hosted) with authentik through its general OIDC SSO.',
  aliases: ['secrets manager', 'secrets', 'vault', 'env'],
  popularity: 170,
  inputs: ['url'],
});
