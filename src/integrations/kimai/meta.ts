/** Kimai in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Kimai',
  protocol: 'saml',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to the Kimai time tracker with authentik through SAML, with Kimai roles from authentik groups.',
  aliases: ['time tracking', 'timesheet', 'timetracker'],
  popularity: 130,
  inputs: ['url'],
});
