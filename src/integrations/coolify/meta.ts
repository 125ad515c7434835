/** Coolify in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Coolify',
  protocol: 'oidc',
  category: 'infrastructure',
  summary: 'Sign in to the Coolify dashboard with authentik through its built-in authentik OAuth provider.',
  aliases: ['paas', 'self-hosted heroku', 'deployment', 'docker'],
  popularity: 220,
  inputs: ['url'],
});
