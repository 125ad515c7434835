/** WeKan in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'WeKan',
  protocol: 'oidc',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to the WeKan kanban board with authentik through its OAuth2/OIDC login, configured by OAUTH2_* variables.',
  aliases: ['kanban', 'boards', 'trello alternative', 'wekan'],
  popularity: 120,
  inputs: ['url'],
});
