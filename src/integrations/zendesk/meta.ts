/** Zendesk in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Zendesk',
  protocol: 'oidc',
  category: 'chat-communication-collaboration',
  summary: 'Sign team members (and end users) in to Zendesk with authentik through an OpenID Connect SSO configuration.',
  aliases: ['helpdesk', 'ticketing', 'support', 'customer service'],
  popularity: 190,
  inputs: ['sub'],
});
