/** Zipline in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Zipline',
  protocol: 'oidc',
  category: 'miscellaneous',
  summary: 'Sign in to the Zipline file upload server with authentik through its OpenID Connect OAuth settings.',
  aliases: ['file sharing', 'sharex', 'screenshots', 'uploads'],
  popularity: 120,
  inputs: ['url'],
});
