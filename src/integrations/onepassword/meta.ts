/** 1Password in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: '1Password',
  protocol: 'oidc',
  category: 'security',
  summary: 'Unlock 1Password with authentik single sign-on through a public OpenID Connect client.',
  aliases: ['password manager', 'passwords', 'unlock with sso', 'onepassword'],
  popularity: 230,
  inputs: ['account'],
});
