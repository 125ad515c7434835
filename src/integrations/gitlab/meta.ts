/** GitLab (OpenID Connect) in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'GitLab (OpenID Connect)',
  short: 'GitLab',
  protocol: 'oidc',
  category: 'development',
  summary: 'Sign in to self-managed GitLab with authentik through the OmniAuth OpenID Connect provider in gitlab.rb.',
  aliases: ['git', 'omniauth'],
  popularity: 90,
  inputs: ['url'],
});
