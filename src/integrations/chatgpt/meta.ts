/** ChatGPT in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'ChatGPT',
  protocol: 'oidc',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to ChatGPT Business or Enterprise with authentik through Custom OIDC single sign-on.',
  aliases: ['openai', 'chatgpt enterprise', 'chatgpt business', 'ai', 'llm'],
  popularity: 185,
  inputs: ['redirect'],
});
