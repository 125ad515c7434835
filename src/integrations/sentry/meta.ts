/** Sentry in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Sentry',
  protocol: 'saml',
  category: 'monitoring',
  summary: 'Sign in to a Sentry organization (SaaS or self-hosted) with authentik through Sentry’s custom SAML2 provider.',
  aliases: ['error tracking', 'apm', 'application monitoring', 'crash reporting'],
  popularity: 170,
  inputs: ['url', 'org'],
});
