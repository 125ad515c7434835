/** Bitwarden in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Bitwarden',
  protocol: 'oidc',
  category: 'security',
  summary: 'Log in to a Bitwarden organisation (Cloud or self-hosted, Enterprise) with authentik single sign-on over OpenID Connect.',
  aliases: ['password manager', 'passwords', 'vault'],
  popularity: 250,
  inputs: ['sso'],
});
