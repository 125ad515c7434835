/** MinIO in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'MinIO',
  protocol: 'oidc',
  category: 'infrastructure',
  summary: 'Sign in to the MinIO Console with authentik over OpenID Connect, with MinIO policies from a policy claim.',
  aliases: ['object storage', 's3', 'aistor', 'storage'],
  popularity: 250,
  inputs: ['url'],
});
