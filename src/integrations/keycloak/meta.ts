/** Keycloak (brokering to authentik) in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Keycloak',
  protocol: 'oidc',
  category: 'infrastructure',
  summary: 'Let a Keycloak realm broker its logins to authentik through an OpenID Connect identity provider.',
  aliases: ['identity brokering', 'red hat sso', 'rh-sso', 'iam', 'federation'],
  popularity: 180,
  inputs: ['url', 'realm', 'alias'],
});
