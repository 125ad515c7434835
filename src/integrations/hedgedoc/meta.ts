/** HedgeDoc in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'HedgeDoc',
  protocol: 'oidc',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to HedgeDoc with authentik through its generic OAuth2 login, configured by CMD_OAUTH2_* variables.',
  aliases: ['codimd', 'hackmd', 'markdown', 'collaborative notes', 'pad'],
  popularity: 170,
  inputs: ['url'],
});
