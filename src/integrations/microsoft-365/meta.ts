/** Microsoft 365 in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Microsoft 365',
  protocol: 'saml',
  category: 'platforms',
  summary: 'Federate a custom Entra ID domain with authentik over SAML so Microsoft 365 users of that domain sign in through authentik.',
  aliases: ['office 365', 'entra id', 'azure ad'],
  popularity: 30,
  inputs: ['domain'],
});
