/** Technitium DNS in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Technitium DNS',
  short: 'Technitium',
  protocol: 'oidc',
  category: 'networking',
  summary: 'Sign in to the Technitium DNS Server web console with authentik SSO, with groups mapped from application entitlements.',
  aliases: ['dns', 'dns server', 'technitium', 'ad blocker'],
  popularity: 150,
  inputs: ['url'],
});
