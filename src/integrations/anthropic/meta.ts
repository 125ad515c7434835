/** Anthropic in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Anthropic',
  protocol: 'saml',
  category: 'platforms',
  summary: 'Sign in to Claude and Claude Console with authentik through SAML SSO, with role mappings from application entitlements.',
  aliases: ['claude', 'claude console', 'claude code', 'ai', 'llm', 'workos'],
  popularity: 155,
  inputs: ['acs', 'entity'],
});
