/** Cloudflare Access in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Cloudflare Access',
  protocol: 'oidc',
  category: 'security',
  summary: 'Sign in to Cloudflare Zero Trust applications with authentik as an OpenID Connect identity provider.',
  aliases: ['zero trust', 'cloudflare'],
  popularity: 310,
  inputs: ['team'],
});
