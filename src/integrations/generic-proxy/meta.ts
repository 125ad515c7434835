/** Another app (forward auth) in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Another app (forward auth)',
  protocol: 'proxy',
  category: 'generic',
  summary: 'Any app without a login of its own: authentik’s outpost checks every request in front of it (nginx, Traefik, Caddy).',
  aliases: ['proxy provider', 'forward auth', 'outpost', 'reverse proxy'],
  popularity: 19,
  inputs: ['name', 'url', 'mode', 'internal', 'domain'],
});
