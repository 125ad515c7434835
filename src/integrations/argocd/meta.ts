/** Argo CD in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Argo CD',
  protocol: 'oidc',
  category: 'infrastructure',
  summary: 'Sign in to Argo CD and its CLI with authentik through the direct OpenID Connect client, with an authentik group as admins.',
  aliases: ['gitops', 'kubernetes'],
  popularity: 130,
  inputs: ['url'],
  variants: {
    dex: {
      name: 'Argo CD (through Dex)',
      short: 'Argo CD',
      protocol: 'oidc',
      category: 'infrastructure',
      summary: 'Sign in to Argo CD and its CLI with authentik through Argo CD’s bundled Dex, as authentik’s guide sets it up.',
      aliases: ['gitops', 'kubernetes', 'dex'],
      popularity: 125,
      inputs: ['url'],
    },
  },
});
