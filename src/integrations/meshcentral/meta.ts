/** MeshCentral in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'MeshCentral',
  protocol: 'oidc',
  category: 'device-management',
  summary: 'Sign in to MeshCentral with authentik through its OpenID Connect auth strategy in config.json.',
  aliases: ['remote desktop', 'remote management', 'rmm', 'meshcmd'],
  popularity: 110,
  inputs: ['url'],
});
