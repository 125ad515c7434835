/** Termix in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Termix',
  protocol: 'oidc',
  category: 'infrastructure',
  summary: 'Sign in to Termix, the web-based SSH and server management platform, with authentik over OpenID Connect.',
  aliases: ['ssh', 'web ssh', 'terminal', 'server management', 'tunneling'],
  popularity: 130,
  inputs: ['url'],
});
