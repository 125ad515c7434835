/** Node-RED in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Node-RED',
  protocol: 'oidc',
  category: 'development',
  summary: 'Protect the Node-RED editor with authentik through a passport-openidconnect strategy in settings.js.',
  aliases: ['nodered', 'low-code', 'flow editor', 'iot', 'automation'],
  popularity: 230,
  inputs: ['url'],
});
