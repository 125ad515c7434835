/** GitLab in the catalog, through OpenID Connect and (variant `saml`) SAML: what the catalog page shows and searches; the definition loads only when opened. */
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
  variants: {
    saml: {
      name: 'GitLab (SAML)',
      short: 'GitLab',
      protocol: 'saml',
      category: 'development',
      summary: 'Sign in to self-managed GitLab with authentik through the OmniAuth SAML provider in gitlab.rb, trusted by certificate fingerprint.',
      aliases: ['git', 'omniauth'],
      popularity: 80,
      inputs: ['url'],
    },
  },
});
