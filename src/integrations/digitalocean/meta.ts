/** DigitalOcean in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'DigitalOcean',
  protocol: 'oidc',
  category: 'cloud-providers',
  summary: 'Sign in to a DigitalOcean team with authentik through its single sign-on (OIDC), with team roles from application entitlements.',
  aliases: ['cloud', 'droplets', 'DO', 'team SSO'],
  popularity: 160,
  inputs: [],
});
