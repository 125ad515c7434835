/** Zammad in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Zammad',
  protocol: 'saml',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to the Zammad helpdesk with authentik through SAML, matched by email address.',
  aliases: ['helpdesk', 'ticketing', 'support', 'customer support'],
  popularity: 180,
  inputs: ['url'],
});
