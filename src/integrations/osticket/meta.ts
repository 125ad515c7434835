/** osTicket in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'osTicket',
  protocol: 'oidc',
  category: 'chat-communication-collaboration',
  summary: 'Let osTicket agents and end users sign in with authentik through the osTicket OAuth2 plugin.',
  aliases: ['helpdesk', 'ticketing'],
  popularity: 300,
  inputs: ['url'],
});
