/** Seafile in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Seafile',
  protocol: 'oidc',
  category: 'media',
  summary: 'Sign in to Seafile with authentik through its OAuth client, configured in seahub_settings.py.',
  aliases: ['file sync', 'file sharing', 'seahub', 'cloud storage', 'dropbox alternative'],
  popularity: 160,
  inputs: ['url'],
});
