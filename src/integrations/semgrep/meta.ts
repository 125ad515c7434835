/** Semgrep in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Semgrep',
  protocol: 'saml',
  category: 'security',
  summary: 'Sign in to Semgrep AppSec Platform with authentik through Custom SAML for your email domain.',
  aliases: ['sast', 'code scanning', 'appsec', 'static analysis'],
  popularity: 185,
  inputs: ['domain'],
});
