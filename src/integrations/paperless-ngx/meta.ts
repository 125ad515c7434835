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
  variants: {
    proxy: {
      name: 'Paperless-ngx (forward auth)',
      short: 'Paperless-ngx',
      protocol: 'proxy',
      category: 'documentation',
      summary: 'Put an authentik login in front of Paperless-ngx with forward auth; Paperless-ngx signs in the user named in the remote-user header.',
      aliases: ['documents', 'dms', 'remote user', 'header'],
      popularity: 150,
      inputs: ['url'],
    },
  },
});
