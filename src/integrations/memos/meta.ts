/** Memos in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Memos',
  protocol: 'oidc',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to the Memos note-taking app with authentik as a custom OAuth2 SSO provider.',
  aliases: ['notes', 'note taking', 'usememos', 'journal'],
  popularity: 150,
  inputs: ['url'],
});
