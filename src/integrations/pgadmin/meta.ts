/** pgAdmin in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'pgAdmin',
  protocol: 'oidc',
  category: 'infrastructure',
  summary: 'Sign in to pgAdmin (server mode) with authentik through its OAuth2 authentication source.',
  aliases: ['postgresql', 'postgres', 'database admin', 'pgadmin4'],
  popularity: 230,
  inputs: ['url'],
});
