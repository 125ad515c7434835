/** Push Security in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Push Security',
  short: 'Push',
  protocol: 'saml',
  category: 'security',
  summary: 'Sign in to the Push Security admin console with authentik through Custom SAML, with given name and surname attributes.',
  aliases: ['push', 'itdr', 'identity security', 'browser security'],
  popularity: 190,
  inputs: [],
});
