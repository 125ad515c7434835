/** Another app (SAML) in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Another app (SAML)',
  protocol: 'saml',
  category: 'generic',
  summary: 'Any app with SAML 2.0 login: give its ACS URL and entity ID, get the IdP metadata, certificate and URLs.',
  aliases: ['saml'],
  popularity: 10,
  inputs: ['name', 'acs', 'entity'],
});
