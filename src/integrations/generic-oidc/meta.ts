/** Another app (OpenID Connect) in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Another app (OpenID Connect)',
  protocol: 'oidc',
  category: 'generic',
  summary: 'Any app with OpenID Connect or OAuth2 login: give its redirect URI, get the standard settings.',
  aliases: ['oauth2', 'oidc'],
  popularity: 20,
  inputs: ['name', 'redirect'],
});
