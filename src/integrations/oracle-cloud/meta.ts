/** Oracle Cloud in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Oracle Cloud',
  protocol: 'oidc',
  category: 'cloud-providers',
  summary: 'Sign in to Oracle Cloud (OCI) with authentik as an OpenID Connect social identity provider of an identity domain.',
  aliases: ['OCI', 'Oracle Cloud Infrastructure', 'identity domain', 'IDCS', 'cloud'],
  popularity: 150,
  inputs: ['domain', 'tenant'],
});
