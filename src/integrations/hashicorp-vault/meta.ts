/** HashiCorp Vault in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'HashiCorp Vault',
  protocol: 'oidc',
  category: 'security',
  summary: 'Sign in to the Vault UI and the vault CLI with authentik through the OIDC auth method, with a role that grants a policy.',
  aliases: ['vault', 'secrets'],
  popularity: 120,
  inputs: ['url', 'mount', 'policy'],
});
