/** Vaultwarden in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Vaultwarden',
  protocol: 'oidc',
  category: 'security',
  summary: 'Sign in to the Vaultwarden web vault with authentik through its SSO (OpenID Connect) support.',
  aliases: ['bitwarden', 'passwords'],
  popularity: 160,
  inputs: ['url'],
});
