/** Matrix Synapse in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Matrix Synapse',
  short: 'Synapse',
  protocol: 'oidc',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to a Matrix Synapse homeserver with authentik over OpenID Connect, for Element and every Matrix client.',
  aliases: ['matrix', 'element', 'chat', 'homeserver', 'messaging'],
  popularity: 230,
  inputs: ['url'],
});
