/** Zulip in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Zulip',
  protocol: 'saml',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to a self-hosted Zulip server with authentik through SAML, with the email and full_name attributes Zulip reads.',
  aliases: ['chat', 'team chat', 'messaging', 'streams'],
  popularity: 160,
  inputs: ['url'],
});
