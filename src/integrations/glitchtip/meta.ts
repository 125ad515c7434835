/** GlitchTip in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'GlitchTip',
  protocol: 'oidc',
  category: 'monitoring',
  summary: 'Sign in to GlitchTip error tracking with authentik through django-allauth’s OpenID Connect provider.',
  aliases: ['error tracking', 'sentry alternative', 'exception monitoring', 'uptime'],
  popularity: 120,
  inputs: ['url', 'pid'],
});
