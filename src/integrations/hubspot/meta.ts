/** HubSpot in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'HubSpot',
  protocol: 'saml',
  category: 'platforms',
  summary: 'Sign in to HubSpot (Professional or Enterprise) with authentik through SAML single sign-on, matched by email address.',
  aliases: ['crm', 'marketing', 'sales'],
  popularity: 175,
  inputs: [],
});
