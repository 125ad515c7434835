/** Mastodon in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Mastodon',
  protocol: 'oidc',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to a Mastodon server with authentik over OpenID Connect, configured in .env.production.',
  aliases: ['fediverse', 'activitypub', 'social network', 'microblogging'],
  popularity: 200,
  inputs: ['url'],
});
