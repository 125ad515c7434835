/** Cursor in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Cursor',
  protocol: 'saml',
  category: 'development',
  summary: 'Sign in to Cursor (Team or Enterprise) with authentik through SAML SSO, with the id, email and name attributes Cursor reads.',
  aliases: ['ai code editor', 'ide', 'coding agent', 'workos'],
  popularity: 145,
  inputs: ['acs', 'entity'],
});
