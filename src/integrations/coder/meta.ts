/** Coder in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Coder',
  protocol: 'oidc',
  category: 'development',
  summary: 'Sign in to Coder with authentik over OpenID Connect, with verified email addresses and refresh tokens.',
  aliases: ['cloud development environment', 'cde', 'remote development', 'workspaces'],
  popularity: 150,
  inputs: ['url'],
});
