/** PostHog in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'PostHog',
  protocol: 'saml',
  category: 'monitoring',
  summary: 'Sign in to PostHog (self-hosted or Cloud) with authentik through SAML for a verified authentication domain.',
  aliases: ['product analytics', 'analytics', 'session replay', 'feature flags'],
  popularity: 150,
  inputs: ['url'],
});
