/** Datadog in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Datadog',
  protocol: 'saml',
  category: 'monitoring',
  summary: 'Sign in to Datadog (any Datadog site) with authentik through SAML single sign-on from authentik’s metadata.',
  aliases: ['apm', 'observability', 'logs', 'metrics', 'monitoring'],
  popularity: 165,
  inputs: ['site'],
});
