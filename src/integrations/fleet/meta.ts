/** Fleet in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Fleet',
  protocol: 'saml',
  category: 'device-management',
  summary: 'Sign in to the Fleet device management console with authentik through SAML single sign-on.',
  aliases: ['fleetdm', 'osquery', 'mdm', 'device management'],
  popularity: 120,
  inputs: ['url'],
});
