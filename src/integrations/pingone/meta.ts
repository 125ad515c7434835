/** PingOne in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'PingOne',
  protocol: 'saml',
  category: 'platforms',
  summary: 'Let a PingOne environment sign users in with authentik as an external SAML identity provider.',
  aliases: ['ping identity', 'pingidentity', 'external idp', 'identity platform'],
  popularity: 130,
  inputs: ['region', 'env'],
});
