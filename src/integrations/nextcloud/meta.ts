/** Nextcloud in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Nextcloud',
  protocol: 'oidc',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to Nextcloud with authentik through the OpenID Connect user backend app (user_oidc).',
  aliases: ['user_oidc', 'files'],
  popularity: 280,
  inputs: ['url'],
});
