/** Dozzle in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Dozzle',
  protocol: 'proxy',
  category: 'monitoring',
  summary: 'Put an authentik login in front of the Dozzle container log viewer with forward auth; Dozzle reads the user from the headers.',
  aliases: ['docker logs', 'log viewer', 'container logs'],
  popularity: 60,
  inputs: ['url'],
});
