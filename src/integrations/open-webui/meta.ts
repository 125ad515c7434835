/** Open WebUI in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Open WebUI',
  protocol: 'oidc',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to Open WebUI with authentik over OpenID Connect, configured by environment variables.',
  aliases: ['llm', 'ollama'],
  popularity: 220,
  inputs: ['url'],
});
