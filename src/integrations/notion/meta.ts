/** Notion in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Notion',
  protocol: 'saml',
  category: 'documentation',
  summary: 'Sign in to a Notion workspace (Business or Enterprise) with authentik through SAML SSO.',
  aliases: ['wiki', 'notes', 'docs', 'knowledge base'],
  popularity: 250,
  inputs: [],
});
