/** Slack in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Slack',
  protocol: 'saml',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to a Slack workspace with authentik through custom SAML single sign-on, with the User.Email attribute Slack reads.',
  aliases: ['chat'],
  popularity: 40,
  inputs: ['ws'],
});
