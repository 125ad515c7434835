/** GitLab (SAML) in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'GitLab (SAML)',
  short: 'GitLab',
  protocol: 'saml',
  category: 'development',
  summary: 'Sign in to self-managed GitLab with authentik through the OmniAuth SAML provider in gitlab.rb, trusted by certificate fingerprint.',
  aliases: ['git', 'omniauth'],
  popularity: 80,
  inputs: ['url'],
});
