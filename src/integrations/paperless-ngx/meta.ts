/** Paperless-ngx in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Paperless-ngx',
  protocol: 'oidc',
  category: 'documentation',
  summary: 'Sign in to Paperless-ngx with authentik through django-allauth’s OpenID Connect provider.',
  aliases: ['documents', 'dms'],
  popularity: 200,
  inputs: ['url', 'pid'],
});
