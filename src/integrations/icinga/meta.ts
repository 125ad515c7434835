/** Icinga Web 2 in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Icinga Web 2',
  short: 'Icinga Web 2',
  protocol: 'oidc',
  category: 'monitoring',
  summary: 'Sign in to Icinga Web 2 with authentik through the RISE-GmbH OIDC module, with authentik groups synced for roles.',
  aliases: ['icinga', 'icingaweb2', 'monitoring', 'nagios'],
  popularity: 130,
  inputs: ['url', 'name'],
});
