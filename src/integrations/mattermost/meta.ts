/** Mattermost in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Mattermost',
  protocol: 'oidc',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to Mattermost Team Edition with authentik through its GitLab OAuth settings and a read_user scope mapping.',
  aliases: ['chat', 'team chat', 'messaging', 'slack alternative', 'gitlab sso'],
  popularity: 250,
  inputs: ['url'],
});
