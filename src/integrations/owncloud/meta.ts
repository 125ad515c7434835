/** ownCloud in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'ownCloud',
  protocol: 'oidc',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to ownCloud Server with authentik through the OpenID Connect app, configured in oidc.config.php.',
  aliases: ['file sharing', 'file sync', 'cloud storage', 'ownCloud Server'],
  popularity: 190,
  inputs: ['url'],
});
