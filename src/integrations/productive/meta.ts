/** Productive in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Productive',
  protocol: 'saml',
  category: 'platforms',
  summary: 'Sign in to Productive (productive.io) with authentik through SAML SSO, with the first and last name Productive reads.',
  aliases: ['productive.io', 'psa', 'agency management', 'time tracking', 'project management'],
  popularity: 110,
  inputs: ['acs', 'entity'],
});
