/** Atlassian Cloud in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Atlassian Cloud',
  protocol: 'saml',
  category: 'platforms',
  summary: 'Sign in to Jira, Confluence and the other Atlassian Cloud products with authentik as a SAML identity provider (Atlassian Guard).',
  aliases: ['jira', 'confluence'],
  popularity: 60,
  inputs: ['domain'],
});
